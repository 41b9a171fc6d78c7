import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { AssetMaximaForm } from "./AssetMaximaForm";

// Northwind: MAX_SERVERS 20 (7 used), MAX_CPUS 64 (54 used), MAX_RAM 131072, CUTOFF_BALANCE -50,
// the rest no limit; 12 disks, 1,250 GB of storage.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const PUT = `/customers/${NORTHWIND}/asset-maxima`;

async function open(kit: TestKit, props: Partial<Parameters<typeof AssetMaximaForm>[0]> = {}) {
  const view = render(<AssetMaximaForm customerId={NORTHWIND} {...props} />, {
    wrapper: kit.wrapper,
  });
  await screen.findByLabelText("Servers");
  return view;
}

const read = async (kit: TestKit) =>
  (
    await kit.client.GET("/customers/{customerId}/asset-maxima", {
      params: { path: { customerId: NORTHWIND } },
    })
  ).data;

const row = (label: string) =>
  screen
    .getByText(label, { selector: "label" })
    .closest('[data-part="asset-maxima-row"]') as HTMLElement;
const noLimit = (label: string) => screen.getByRole("checkbox", { name: `No limit for ${label}` });

// 23 rows in jsdom on a busy machine: more than the default 5 s for the longer flows.
describe("AssetMaximaForm", { timeout: 20_000 }, () => {
  it("shows skeleton rows while the limits load", () => {
    const kit = createTestKit();
    const { container } = render(<AssetMaximaForm customerId={NORTHWIND} />, {
      wrapper: kit.wrapper,
    });
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(container.querySelectorAll('[data-part="asset-maxima-row"]')).toHaveLength(23);
  });

  it("shows every limit with its usage as “used of limit” and a bar, grouped", async () => {
    const kit = createTestKit();
    const { container } = await open(kit);
    expect(container.querySelectorAll('[data-part="asset-maxima-row"]')).toHaveLength(23);
    for (const group of ["Compute", "Storage", "Network", "Users", "Balance"])
      expect(screen.getByRole("group", { name: group })).toBeInTheDocument();
    expect(screen.getByLabelText("Servers")).toHaveValue("20");
    expect(within(row("Servers")).getByText("7 of 20")).toBeInTheDocument();
    const meter = screen.getByRole("meter", { name: "Usage of Servers" });
    expect(meter).toHaveAttribute("aria-valuetext", "7 of 20");
    expect(within(row("CPU cores")).getByText("54 of 64")).toBeInTheDocument();
    // No limit is a state of its own: ticked, no input, "No limit" shown, usage still said.
    expect(noLimit("Storage (GB)")).toBeChecked();
    expect(within(row("Storage (GB)")).getByText("1,250 in use")).toBeInTheDocument();
    expect(within(row("Storage (GB)")).getAllByText("No limit")).toHaveLength(2);
    expect(within(row("Storage (GB)")).queryByRole("textbox")).toBeNull();
    // The cutoff balance in units; the money limits in the billing entity's currency.
    expect(screen.getByLabelText("Cutoff balance (units)")).toHaveValue("-50.00");
    expect(
      screen.getByText("Money limits are in EUR, the currency of the invoices."),
    ).toBeVisible();
  });

  it("explains the VLAN override on the network and VLAN rows", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    expect(
      within(row("Public networks")).getByText(/overrides the VLAN limit for public networks/),
    ).toBeInTheDocument();
    expect(within(row("VLANs")).getByText(/override this one/)).toBeInTheDocument();
    await user.click(noLimit("Public networks"));
    expect(screen.getByLabelText("Public networks")).toHaveAccessibleDescription(
      "Where set, overrides the VLAN limit for public networks.",
    );
  });

  it("toggles “No limit” explicitly, and gives the limit back when unticked", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(noLimit("Servers"));
    expect(within(row("Servers")).queryByRole("textbox")).toBeNull();
    expect(within(row("Servers")).getByText("7 in use")).toBeInTheDocument();
    expect(screen.getByText("Servers: 20 → No limit")).toBeInTheDocument();
    await user.click(noLimit("Servers"));
    expect(screen.getByLabelText("Servers")).toHaveValue("20");
    expect(screen.getByLabelText("Servers")).toHaveFocus();
    expect(screen.queryByText("Changes to save")).toBeNull();
    // A key with no limit starts from what is used now.
    await user.click(noLimit("Disks"));
    expect(screen.getByLabelText("Disks")).toHaveValue("12");
    expect(screen.getByLabelText("Disks")).toHaveFocus();
  });

  it("toggles by keyboard: from the input, Tab to its “No limit” and Space", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    screen.getByLabelText("Servers").focus();
    await user.tab();
    expect(noLimit("Servers")).toHaveFocus();
    await user.keyboard(" ");
    expect(noLimit("Servers")).toBeChecked();
    expect(screen.getByText("Servers: 20 → No limit")).toBeInTheDocument();
  });

  it("lists what changes before the save, then saves it all with one PUT", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();
    await user.clear(screen.getByLabelText("Servers"));
    await user.type(screen.getByLabelText("Servers"), "30");
    await user.click(noLimit("Disks"));
    await user.clear(screen.getByLabelText("Disks"));
    await user.type(screen.getByLabelText("Disks"), "5");
    await user.clear(screen.getByLabelText("Cutoff balance (units)"));
    await user.type(screen.getByLabelText("Cutoff balance (units)"), "-100");

    const diff = screen.getByText("Changes to save").parentElement as HTMLElement;
    expect(
      within(diff)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Servers: 20 → 30",
      "Disks: No limit → 5",
      "Cutoff balance (units): -50.00 units → -100.00 units",
    ]);
    expect(kit.count("PUT", PUT)).toBe(0);
    await user.click(screen.getByRole("button", { name: "Save 3 changes" }));
    expect(await screen.findByText("Asset maxima saved.")).toBeInTheDocument();
    expect(kit.count("PUT", PUT)).toBe(1);
    const saved = await read(kit);
    expect(saved.limits).toMatchObject({
      MAX_SERVERS: 30,
      MAX_DISKS: 5,
      CUTOFF_BALANCE: "-100.00",
      MAX_CPUS: 64,
      MAX_STORAGEGB: null,
    });
    expect(screen.queryByText("Changes to save")).toBeNull();
    expect(within(row("Servers")).getByText("7 of 30")).toBeInTheDocument();
  });

  it("marks a limit under the current usage as over, and allows it", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.clear(screen.getByLabelText("Servers"));
    await user.type(screen.getByLabelText("Servers"), "5");
    expect(within(row("Servers")).getByText("Over limit")).toBeInTheDocument();
    expect(screen.getByRole("meter", { name: "Usage of Servers" })).toHaveAttribute(
      "data-state",
      "over",
    );
  });

  it("shows a field's error on its row and sends nothing", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.clear(screen.getByLabelText("Servers"));
    await user.type(screen.getByLabelText("Servers"), "2.5");
    await user.click(screen.getByRole("button", { name: "Save 1 change" }));
    expect(screen.getByLabelText("Servers")).toHaveAccessibleDescription("Enter a whole number.");
    expect(within(row("Servers")).getByRole("alert")).toHaveTextContent("Enter a whole number.");
    // An emptied input is not "no limit": the toggle says that.
    await user.clear(screen.getByLabelText("Servers"));
    expect(noLimit("Servers")).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByLabelText("Servers")).toHaveAccessibleDescription(
      "Enter a limit, or choose No limit.",
    );
    expect(kit.count("PUT", PUT)).toBe(0);
  });

  it("on a conflict keeps the input, says what the other change was, and reloads on request", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.clear(screen.getByLabelText("Servers"));
    await user.type(screen.getByLabelText("Servers"), "30");
    // Someone else sets the servers limit meanwhile.
    const customer = kit.sandbox.store.get("customers", NORTHWIND);
    if (!customer) throw new Error("no Northwind");
    kit.sandbox.store.put("customers", {
      ...customer,
      assetMaxima: { ...customer.assetMaxima, MAX_SERVERS: 15 },
      assetMaximaVersion: customer.assetMaximaVersion + 1,
    });
    await user.click(screen.getByRole("button", { name: "Save 1 change" }));

    const notice = await screen.findByText("Someone else changed this");
    const alert = notice.closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText("Servers: they set 15, you want 30.")).toBeInTheDocument();
    expect(screen.getByLabelText("Servers")).toHaveValue("30");
    expect((await read(kit)).limits.MAX_SERVERS).toBe(15);

    await user.click(within(alert).getByRole("button", { name: "Reload current values" }));
    await waitFor(() => expect(screen.getByLabelText("Servers")).toHaveValue("15"));
    expect(screen.queryByText("Someone else changed this")).toBeNull();
    // A save after the reload is based on the current version.
    await user.clear(screen.getByLabelText("Servers"));
    await user.type(screen.getByLabelText("Servers"), "40");
    await user.click(screen.getByRole("button", { name: "Save 1 change" }));
    expect(await screen.findByText("Asset maxima saved.")).toBeInTheDocument();
    expect((await read(kit)).limits.MAX_SERVERS).toBe(40);
  });

  it("keeps the input through an unmount (a draft)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const view = await open(kit);
    await user.clear(screen.getByLabelText("Servers"));
    await user.type(screen.getByLabelText("Servers"), "33");
    view.rerender(<div />);
    view.rerender(<AssetMaximaForm customerId={NORTHWIND} />);
    await waitFor(() => expect(screen.getByLabelText("Servers")).toHaveValue("33"));
    expect(screen.getByText("Servers: 20 → 33")).toBeInTheDocument();
  });

  it("read-only: values and usage, nothing to change or save", async () => {
    const kit = createTestKit();
    await open(kit, { readOnly: true });
    expect(screen.getByLabelText("Servers")).toHaveAttribute("readonly");
    expect(noLimit("Disks")).toBeDisabled();
    expect(screen.queryByRole("button", { name: /Save/ })).toBeNull();
    expect(within(row("Servers")).getByText("7 of 20")).toBeInTheDocument();
  });

  it("read-only or hidden by key", async () => {
    const kit = createTestKit();
    await open(kit, { readOnly: ["MAX_SERVERS"], hidden: ["CREDIT_LIMIT"] });
    expect(screen.getByLabelText("Servers")).toHaveAttribute("readonly");
    expect(noLimit("Servers")).toBeDisabled();
    expect(screen.getByLabelText("CPU cores")).not.toHaveAttribute("readonly");
    expect(screen.queryByText("Credit limit")).toBeNull();
    expect(screen.getByText("Cutoff limit")).toBeInTheDocument();
  });

  it("shows an error with a retry when the limits cannot be read", async () => {
    const kit = createTestKit({ faults: { status: { getAssetMaxima: 500 } } });
    const user = userEvent.setup();
    render(<AssetMaximaForm customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByLabelText("Servers")).toHaveValue("20");
  });
});
