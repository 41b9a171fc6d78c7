import { dailyUsage } from "@customer-kit/sandbox";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { presetRange, UsageReport, validateRange } from "./UsageReport";

vi.setConfig({ testTimeout: 20_000 });

// Northwind was created on 10 January 2026: it has usage on every day since.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const TODAY = "2026-11-28";
const USAGE = `/customers/${NORTHWIND}/usage`;

const usageRequests = (kit: TestKit) => kit.requests.filter((r) => r.includes(USAGE));
const lastRequest = (kit: TestKit) => usageRequests(kit).at(-1);
const table = () => screen.getByRole("table", { name: "Usage by day" });

async function open(kit: TestKit, props: Partial<Parameters<typeof UsageReport>[0]> = {}) {
  const view = render(<UsageReport customerId={NORTHWIND} today={TODAY} {...props} />, {
    wrapper: kit.wrapper,
  });
  await screen.findByRole("table", { name: "Usage by day" });
  return view;
}

describe("presetRange and validateRange", () => {
  it("count back from today, inclusive", () => {
    expect(presetRange("last7", TODAY)).toEqual({ from: "2026-11-22", to: TODAY });
    expect(presetRange("last30", TODAY)).toEqual({ from: "2026-10-30", to: TODAY });
    expect(presetRange("thisMonth", TODAY)).toEqual({ from: "2026-11-01", to: TODAY });
    expect(presetRange("lastMonth", "2026-03-05")).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
    });
  });

  it("accept what the contract does: from not after to, at most 366 days", () => {
    expect(validateRange({ from: "2026-01-01", to: "2026-01-01" })).toEqual({});
    expect(validateRange({ from: "2025-01-01", to: "2026-01-01" })).toEqual({});
    expect(validateRange({ from: "2026-01-02", to: "2026-01-01" }).from?.code).toBe("usage.order");
    expect(validateRange({ from: "2024-12-31", to: "2026-01-01" }).to?.code).toBe("usage.span");
    expect(validateRange({ from: "", to: "2026-01-01" }).from?.code).toBe("required");
  });
});

describe("UsageReport", () => {
  it("shows a skeleton the chart's size while the report loads", () => {
    const kit = createTestKit();
    render(<UsageReport customerId={NORTHWIND} today={TODAY} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(screen.getByRole("button", { name: "Show as table" })).toBeDisabled();
    expect(document.querySelector('[data-part="usage-skeleton"]')).not.toBeNull();
  });

  it("asks for the last 30 days and lists every day's figures per resource type, with totals", async () => {
    const kit = createTestKit();
    await open(kit);
    expect(lastRequest(kit)).toBe(`GET ${USAGE}?from=2026-10-30&to=2026-11-28`);
    const rows = within(table()).getAllByRole("row");
    expect(rows).toHaveLength(1 + 30 + 1);
    const day = within(table()).getByRole("rowheader", { name: "Nov 2, 2026" })
      .parentElement as HTMLElement;
    const cells = within(day).getAllByRole("cell");
    const server = dailyUsage(NORTHWIND, "2026-11-02", "SERVER");
    expect(cells[0]).toHaveTextContent(Number(server).toFixed(2));
    const dayTotal = (["SERVER", "DISK", "NETWORK", "IMAGE", "SNAPSHOT", "BLOB"] as const).reduce(
      (sum, type) => sum + Math.round(Number(dailyUsage(NORTHWIND, "2026-11-02", type)) * 100),
      0,
    );
    expect(cells[6]).toHaveTextContent((dayTotal / 100).toFixed(2));
    expect(within(rows.at(-1) as HTMLElement).getByRole("rowheader")).toHaveTextContent("Total");
    // The chart is labelled with a summary; the table is there for screen readers, shown on demand.
    expect(screen.getByRole("slider", { name: /units over 30 days$/ })).toBeInTheDocument();
  });

  it("changes the request's period with each preset", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const onPeriodChange = vi.fn();
    await open(kit, { onPeriodChange });
    await user.selectOptions(screen.getByLabelText("Period"), "Last 7 days");
    await waitFor(() =>
      expect(lastRequest(kit)).toBe(`GET ${USAGE}?from=2026-11-22&to=2026-11-28`),
    );
    await waitFor(() => expect(within(table()).getAllByRole("row")).toHaveLength(1 + 7 + 1));
    await user.selectOptions(screen.getByLabelText("Period"), "Last month");
    await waitFor(() =>
      expect(lastRequest(kit)).toBe(`GET ${USAGE}?from=2026-10-01&to=2026-10-31`),
    );
    await user.selectOptions(screen.getByLabelText("Period"), "This month");
    await waitFor(() =>
      expect(lastRequest(kit)).toBe(`GET ${USAGE}?from=2026-11-01&to=2026-11-28`),
    );
    expect(onPeriodChange).toHaveBeenLastCalledWith({ from: "2026-11-01", to: "2026-11-28" });
  });

  it("validates a custom range next to its fields, and loads it once valid", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.selectOptions(screen.getByLabelText("Period"), "Custom range");
    const from = screen.getByLabelText("Start date");
    const to = screen.getByLabelText("End date");
    expect(from).toHaveValue("2026-10-30");
    const before = usageRequests(kit).length;

    await user.clear(from);
    await user.type(from, "2026-12-15");
    expect(from).toHaveAccessibleDescription("The start date must be on or before the end date.");
    expect(from).toBeInvalid();

    await user.clear(from);
    await user.type(from, "2025-01-01");
    expect(from).not.toHaveAccessibleDescription();
    expect(to).toHaveAccessibleDescription("The period may span at most 366 days.");
    expect(usageRequests(kit)).toHaveLength(before);

    await user.clear(to);
    await user.type(to, "2025-01-10");
    await waitFor(() =>
      expect(lastRequest(kit)).toBe(`GET ${USAGE}?from=2025-01-01&to=2025-01-10`),
    );
    expect(to).not.toHaveAccessibleDescription();
  });

  it("shows the period's totals in the legend, and a day's with the arrow keys", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit, { defaultPreset: "last7" });
    const legend = document.querySelector('[data-part="usage-legend-head"]') as HTMLElement;
    expect(legend).toHaveTextContent("Nov 22, 2026 – Nov 28, 2026");
    // "Show as table", the period, then the chart: one tab stop.
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText("Period")).toHaveFocus();
    await user.tab();
    const chart = screen.getByRole("slider", { name: /units over 7 days$/ });
    expect(chart).toHaveFocus();
    expect(legend).toHaveTextContent("Nov 28, 2026");
    await user.keyboard("{ArrowLeft}");
    expect(legend).toHaveTextContent("Nov 27, 2026");
    expect(chart).toHaveAttribute(
      "aria-valuetext",
      expect.stringMatching(/^Nov 27, 2026: [\d.,]+ units$/),
    );
    await user.keyboard("{Home}");
    expect(legend).toHaveTextContent("Nov 22, 2026");
    expect(legend).not.toHaveTextContent("–");
  });

  it("shows the table on demand", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const toggle = screen.getByRole("button", { name: "Show as table" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(table().closest('[data-part="visually-hidden"]')).not.toBeNull();
    await user.click(toggle);
    expect(screen.getByRole("button", { name: "Hide table" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(table().closest('[data-part="table-scroll"]')).not.toBeNull();
  });

  it("says so when the period has no usage", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    // Before Northwind existed.
    render(<UsageReport customerId={NORTHWIND} today="2025-06-30" />, { wrapper: kit.wrapper });
    expect(await screen.findByText("No usage in this period")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show the last 90 days" }));
    await waitFor(() =>
      expect(lastRequest(kit)).toBe(`GET ${USAGE}?from=2025-04-02&to=2025-06-30`),
    );
    expect(screen.getByLabelText("Period")).toHaveValue("last90");
  });

  it("shows an error with a retry", async () => {
    const kit = createTestKit({ faults: { status: { getUsageReport: 500 } } });
    const user = userEvent.setup();
    render(<UsageReport customerId={NORTHWIND} today={TODAY} />, { wrapper: kit.wrapper });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Usage by day" })).toBeInTheDocument();
  });

  it("hides the period picker when asked", async () => {
    const kit = createTestKit();
    await open(kit, { hidden: ["period"] });
    expect(screen.queryByLabelText("Period")).toBeNull();
  });
});
