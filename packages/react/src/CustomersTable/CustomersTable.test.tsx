import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createTestKit, SANDBOX_IDS, SANDBOX_TOKENS, type TestKit } from "../testing/kit";
import { CustomersTable } from "./CustomersTable";

vi.setConfig({ testTimeout: 20_000 });

const list = (kit: TestKit) => kit.requests.filter((r) => r.startsWith("GET /customers?"));
const table = () => screen.findByRole("table", { name: "Customers" });
const header = (name: string) => screen.getByRole("button", { name }).closest("th") as HTMLElement;

async function open(kit: TestKit, props: Parameters<typeof CustomersTable>[0] = {}) {
  const view = render(<CustomersTable {...props} />, { wrapper: kit.wrapper });
  await table();
  return view;
}

describe("CustomersTable", () => {
  it("shows skeleton rows while the first page loads", () => {
    const kit = createTestKit();
    render(<CustomersTable />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading customers…");
  });

  it("lists the reseller's customers, one page, with the total", async () => {
    const kit = createTestKit();
    await open(kit);
    const mine = kit.sandbox.store
      .list("customers")
      .filter((c) => c.billingEntityId === SANDBOX_IDS.billingEntities.resellerA);
    const listed = mine.filter((c) => c.status !== "DELETED").length;
    expect(screen.getByText(new RegExp(`of ${listed} customers`))).toBeVisible();
    const row = screen.getByRole("button", { name: "Northwind Traders" }).closest("tr");
    expect(within(row as HTMLElement).getByText("eu-west")).toBeVisible();
    // A reseller admin sees no billing entity column or filter.
    expect(screen.queryByRole("columnheader", { name: "Billing entity" })).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Billing entity" })).toBeNull();
    expect(list(kit)).toEqual(["GET /customers?limit=25"]);
  });

  it("searches once typing pauses, and the table narrows", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.type(screen.getByRole("searchbox", { name: "Search customers" }), "northw");
    await waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(2));
    expect(screen.getByRole("button", { name: "Northwind Traders" })).toBeVisible();
    expect(list(kit)).toEqual(["GET /customers?limit=25", "GET /customers?search=northw&limit=25"]);
  });

  it("sends the status and tag filters, and tells the host", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    await open(kit, { onFiltersChange });
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "DISABLED");
    await waitFor(() => expect(list(kit).at(-1)).toBe("GET /customers?status=DISABLED&limit=25"));
    const tag = screen.getByRole("combobox", { name: "Tag" });
    await waitFor(() => expect(within(tag).getByRole("option", { name: "gpu" })).toBeTruthy());
    await user.selectOptions(tag, "gpu");
    await waitFor(() =>
      expect(list(kit).at(-1)).toBe("GET /customers?status=DISABLED&tag=gpu&limit=25"),
    );
    expect(onFiltersChange).toHaveBeenLastCalledWith({ status: "DISABLED", tag: "gpu" });
  });

  it("sorts by a column header, toggling the direction, with aria-sort", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    expect(header("Created")).toHaveAttribute("aria-sort", "descending");
    await user.click(screen.getByRole("button", { name: "Name" }));
    await waitFor(() => expect(header("Name")).toHaveAttribute("aria-sort", "ascending"));
    expect(header("Created")).not.toHaveAttribute("aria-sort");
    expect(list(kit).at(-1)).toBe("GET /customers?sort=name&limit=25");
    // Keyboard: the header button is a button.
    screen.getByRole("button", { name: "Name" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(header("Name")).toHaveAttribute("aria-sort", "descending"));
    expect(list(kit).at(-1)).toBe("GET /customers?sort=-name&limit=25");
    await waitFor(() => expect(screen.getAllByRole("row").length).toBeGreaterThan(2));
  });

  it("pages with the server's cursor, fetching only the next page", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit, { pageSize: 10 });
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(screen.getByText(/^11–20 of/)).toBeVisible());
    const calls = list(kit);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatch(/^GET \/customers\?cursor=[^&]+&limit=10$/);
    await user.click(screen.getByRole("button", { name: "Previous" }));
    // The first page shows at once, from the cache (TanStack may revalidate it behind).
    expect(screen.getByText(/^1–10 of/)).toBeVisible();
    expect(list(kit).filter((r) => r.includes("cursor="))).toHaveLength(1);
  });

  it("offers the billing entity column and filter to an MBE admin only", async () => {
    const kit = createTestKit({ token: SANDBOX_TOKENS.mbeAdmin });
    const user = userEvent.setup();
    await open(kit);
    const filter = await screen.findByRole("combobox", { name: "Billing entity" });
    expect(screen.getByRole("columnheader", { name: "Billing entity" })).toBeVisible();
    await waitFor(() => expect(within(filter).getAllByRole("option").length).toBeGreaterThan(1));
    await user.selectOptions(filter, SANDBOX_IDS.billingEntities.resellerB);
    await waitFor(() =>
      expect(list(kit).at(-1)).toBe(
        `GET /customers?billingEntityId=${SANDBOX_IDS.billingEntities.resellerB}&limit=25`,
      ),
    );
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Boulangerie Dupont SARL" })).toBeVisible(),
    );
  });

  it("creates a customer (once) and opens its dialog", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const onOpenCustomer = vi.fn();
    await open(kit, { onOpenCustomer });
    await user.click(screen.getByRole("button", { name: "New customer" }));
    const dialog = await screen.findByRole("dialog", { name: "New customer" });
    await user.type(within(dialog).getByRole("textbox", { name: "Name" }), "Acme Rockets");
    await user.click(within(dialog).getByRole("button", { name: "Create customer" }));
    await waitFor(() => expect(onOpenCustomer).toHaveBeenCalledTimes(1));
    expect(kit.count("POST", "/customers")).toBe(1);
    const created = kit.sandbox.store.list("customers").find((c) => c.name === "Acme Rockets");
    expect(created?.billingEntityId).toBe(SANDBOX_IDS.billingEntities.resellerA);
    expect(onOpenCustomer.mock.calls[0]?.[0]).toBe(created?.id);
    // The Manage Customer dialog shows it.
    expect(await screen.findByRole("heading", { name: "Acme Rockets" })).toBeVisible();
  });

  it("opens CustomerDialog from a name, unless the host prevents it", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const onOpenCustomer = vi.fn((_id: string, event: { preventDefault(): void }) =>
      event.preventDefault(),
    );
    const view = await open(kit, { onOpenCustomer });
    await user.click(screen.getByRole("button", { name: "Northwind Traders" }));
    expect(onOpenCustomer.mock.calls[0]?.[0]).toBe(SANDBOX_IDS.customers.resellerAPrepay);
    expect(screen.queryByRole("dialog")).toBeNull();
    view.unmount();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Northwind Traders" }));
    expect(await screen.findByRole("dialog", { name: /Northwind Traders/ })).toBeVisible();
  });

  it("starts loading a customer when its name is pointed at or focused, before the click", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const northwind = `/customers/${SANDBOX_IDS.customers.resellerAPrepay}`;
    expect(kit.count("GET", northwind)).toBe(0);
    await user.hover(screen.getByRole("button", { name: "Northwind Traders" }));
    await waitFor(() => expect(kit.count("GET", northwind)).toBe(1));
    // Pointing at it again soon after asks nothing more.
    await user.unhover(screen.getByRole("button", { name: "Northwind Traders" }));
    await user.hover(screen.getByRole("button", { name: "Northwind Traders" }));
    expect(kit.count("GET", northwind)).toBe(1);
    await user.click(screen.getByRole("button", { name: "Northwind Traders" }));
    expect(await screen.findByRole("dialog", { name: /Northwind Traders/ })).toBeVisible();
  });

  it("says no customer matches, and clears the filters", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.type(screen.getByRole("searchbox", { name: "Search customers" }), "zzzz-nobody");
    expect(await screen.findByText("No customers match")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await table();
    expect(screen.getByRole("searchbox", { name: "Search customers" })).toHaveValue("");
    expect(list(kit).at(-1)).toBe("GET /customers?limit=25");
  });

  it("keeps filters the host controls (its URL)", async () => {
    const kit = createTestKit();
    await open(kit, { filters: { search: "contoso", sort: "name" } });
    expect(screen.getByRole("searchbox", { name: "Search customers" })).toHaveValue("contoso");
    expect(list(kit)).toEqual(["GET /customers?search=contoso&sort=name&limit=25"]);
  });

  it("shows an error with a retry that loads the list", async () => {
    const kit = createTestKit();
    kit.sandbox.setFaults({ status: { listCustomers: 500 } });
    const user = userEvent.setup();
    render(<CustomersTable />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await table()).toBeVisible();
  });

  it("stays one page on the 10,000-customer seed", { timeout: 60_000 }, async () => {
    const kit = createTestKit({ seed: "large", token: SANDBOX_TOKENS.mbeAdmin });
    render(<CustomersTable />, { wrapper: kit.wrapper });
    await screen.findByRole("table", { name: "Customers" }, { timeout: 30_000 });
    const total = screen.getByText(/^1–25 of/).textContent ?? "";
    expect(Number(total.replace(/^.* of ([\d,]+) .*$/, "$1").replace(/,/g, ""))).toBeGreaterThan(
      9_000,
    );
    expect(screen.getAllByRole("row")).toHaveLength(26);
    expect(list(kit)).toHaveLength(1);
  });
});
