import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { UnitsPanel } from "./UnitsPanel";

// Northwind: PREPAY, 543.72 units (all carry-over), warn level 100, cutoff balance -50, 16 entries.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;
const TOTAL = '[data-part="units-balance-amount"]';
const total = () => document.querySelector(TOTAL);
const POSTS = `/customers/${NORTHWIND}/unit-transactions`;

async function open(kit: TestKit, props: Partial<Parameters<typeof UnitsPanel>[0]> = {}) {
  const view = render(<UnitsPanel customerId={NORTHWIND} {...props} />, { wrapper: kit.wrapper });
  await screen.findByText("543.72", { selector: TOTAL });
  return view;
}

const balanceRegion = () =>
  screen.getByRole("heading", { name: "Balance" }).closest("section") as HTMLElement;
const ledgerRows = () => within(screen.getByRole("table", { name: "Ledger" })).getAllByRole("row");
const creditForm = () => screen.getByRole("form", { name: "Credit or debit" });

async function book(
  user: ReturnType<typeof userEvent.setup>,
  amount: string,
  description: string,
  direction: "Credit" | "Debit" = "Credit",
) {
  const form = within(creditForm());
  await user.selectOptions(form.getByLabelText("Transaction type"), direction);
  await user.clear(form.getByLabelText("Amount"));
  await user.type(form.getByLabelText("Amount"), amount);
  await user.clear(form.getByLabelText("Description"));
  await user.type(form.getByLabelText("Description"), description);
}

describe("UnitsPanel", { timeout: 20_000 }, () => {
  it("shows skeletons while the balance and the ledger load", () => {
    const kit = createTestKit();
    render(<UnitsPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getAllByRole("status").some((s) => s.textContent === "Loading…")).toBe(true);
  });

  it("shows the balance, its parts, the warn level, the cutoff balance and the payment type", async () => {
    const kit = createTestKit();
    await open(kit);
    const balance = within(balanceRegion());
    expect(total()).toHaveTextContent("543.72");
    expect(balance.getByText("Carry-over").nextSibling).toHaveTextContent("543.72");
    expect(balance.getByText("Non-carry-over").nextSibling).toHaveTextContent("0.00");
    expect(balance.getByText("Warn level").nextSibling).toHaveTextContent("100.00");
    expect(balance.getByText("Cutoff balance").nextSibling).toHaveTextContent("-50.00");
    expect(balance.getByText("Above warn level")).toBeInTheDocument();
    expect(balance.getByText("Prepay")).toBeInTheDocument();
    expect(balance.queryByRole("alert")).toBeNull();
  });

  it("shows an invoice customer's payment type and no warn level or cutoff", async () => {
    const kit = createTestKit();
    render(<UnitsPanel customerId={CONTOSO} />, { wrapper: kit.wrapper });
    const balance = within(
      (await screen.findByText("2,288.61", { selector: TOTAL })).closest("section") as HTMLElement,
    );
    expect(balance.getByText("Invoice")).toBeInTheDocument();
    expect(balance.getByText("Warn level").nextSibling).toHaveTextContent("Not set");
  });

  it("turns to the warn state at the warn level (with the e-mail sent) and to danger at the cutoff", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await book(user, "500", "Correction", "Debit");
    await user.click(within(creditForm()).getByRole("button", { name: "Debit units" }));
    await screen.findByText("Debited 500.00 units");
    const balance = within(balanceRegion());
    await waitFor(() => expect(total()).toHaveTextContent("43.72"));
    expect(balance.getByText("Low balance")).toBeInTheDocument();
    expect(balance.getByText("The balance is at or below the warn level")).toBeInTheDocument();
    expect(balance.getByText(/The low-balance e-mail has been sent/)).toBeInTheDocument();

    // Down to the cutoff balance exactly: allowed, and the customer is cut off.
    await book(user, "93.72", "To the cutoff", "Debit");
    await user.click(within(creditForm()).getByRole("button", { name: "Debit units" }));
    await screen.findByText("Debited 93.72 units");
    await waitFor(() => expect(total()).toHaveTextContent("-50.00"));
    expect(balance.getByText("At cutoff")).toBeInTheDocument();
    expect(balance.getByText("The customer is at the cutoff balance")).toBeInTheDocument();
  });

  it("lists the ledger with signed amounts and each entry's resulting balance, and pages on", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await screen.findByRole("table", { name: "Ledger" });
    const [head, first, second] = ledgerRows();
    expect(head).toHaveTextContent("DateDescriptionTypeUnit typeAmountBalance");
    expect(first).toHaveTextContent("Usage for October 2026");
    expect(within(first as HTMLElement).getByText("-765.63")).toBeInTheDocument();
    expect(within(first as HTMLElement).getByText("543.72")).toBeInTheDocument();
    // The entry before it closed at the opening balance of the one after.
    expect(within(second as HTMLElement).getByText("+500.00")).toBeInTheDocument();
    expect(within(second as HTMLElement).getByText("1,309.35")).toBeInTheDocument();
    expect(second).toHaveTextContent("Offer purchase · by Ada Reseller");
    expect(ledgerRows()).toHaveLength(11);
    expect(screen.getByText("10 of 16 entries")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Load more" }));
    await screen.findByText("16 of 16 entries");
    expect(ledgerRows()).toHaveLength(17);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  it("credits once on a double click: one POST, one ledger entry, a polite status, a cleared form", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await book(user, "250", "Goodwill credit");
    await user.dblClick(within(creditForm()).getByRole("button", { name: "Credit units" }));

    const status = await screen.findByText("Credited 250.00 units");
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(kit.count("POST", POSTS)).toBe(1);
    await waitFor(() => expect(total()).toHaveTextContent("793.72"));
    await waitFor(() => expect(ledgerRows()[1]).toHaveTextContent("Goodwill credit"));
    expect(within(ledgerRows()[1] as HTMLElement).getByText("+250.00")).toBeInTheDocument();
    expect(within(ledgerRows()[1] as HTMLElement).getByText("793.72")).toBeInTheDocument();
    expect(screen.getAllByText("Goodwill credit")).toHaveLength(1);
    expect(screen.getByText("10 of 17 entries")).toBeInTheDocument();
    expect(within(creditForm()).getByLabelText("Amount")).toHaveValue("");
    expect(within(creditForm()).getByLabelText("Description")).toHaveValue("");
  });

  it("credits by keyboard alone: tab through the fields and press Enter", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    within(creditForm()).getByLabelText("Transaction type").focus();
    await user.tab(); // unit type
    await user.tab(); // amount
    expect(within(creditForm()).getByLabelText("Amount")).toHaveFocus();
    await user.keyboard("12.5");
    await user.tab();
    await user.keyboard("Keyboard credit{Enter}");
    await screen.findByText("Credited 12.50 units");
    expect(kit.count("POST", POSTS)).toBe(1);
  });

  it("shows the server's refusal next to the amount, and keeps the input", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    // A valid amount by the contract; the sandbox refuses a debit below the cutoff balance.
    await book(user, "1000000", "Too much", "Debit");
    await user.click(within(creditForm()).getByRole("button", { name: "Debit units" }));
    const amount = within(creditForm()).getByLabelText("Amount");
    await waitFor(() => expect(amount).toHaveAttribute("aria-invalid", "true"));
    expect(amount).toHaveAccessibleDescription("At most 593.72 units can be debited.");
    expect(amount).toHaveValue("1000000");
    expect(within(creditForm()).getByLabelText("Description")).toHaveValue("Too much");
    // Nothing moved.
    expect(total()).toHaveTextContent("543.72");
  });

  it("keeps a half-typed credit through an unmount (a draft)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const view = await open(kit);
    await book(user, "75", "Half typed");
    // The panel goes (a dialog closed) while the provider stays, as in a host's page.
    view.rerender(<div />);
    expect(screen.queryByRole("form")).toBeNull();
    view.rerender(<UnitsPanel customerId={NORTHWIND} />);
    await waitFor(() => expect(within(creditForm()).getByLabelText("Amount")).toHaveValue("75"));
    expect(within(creditForm()).getByLabelText("Description")).toHaveValue("Half typed");
  });

  it("adds a unit offer: the balance and the ledger show it", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const form = within(screen.getByRole("form", { name: "Add a unit offer" }));
    await user.selectOptions(await form.findByLabelText("Unit offer"), "500 units – €55.00");
    await user.type(form.getByLabelText("Description"), "Bundle for December");
    await user.click(form.getByRole("button", { name: "Add offer" }));
    await screen.findByText("Added 500 units: 500.00 units credited");
    expect(kit.count("POST", `/customers/${NORTHWIND}/unit-offer-purchases`)).toBe(1);
    await waitFor(() => expect(total()).toHaveTextContent("1,043.72"));
    await waitFor(() => expect(ledgerRows()[1]).toHaveTextContent("Bundle for December"));
  });

  it("read-only: balance and ledger, no forms", async () => {
    const kit = createTestKit();
    await open(kit, { readOnly: true });
    await screen.findByRole("table", { name: "Ledger" });
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("read-only or hidden by field name: only that form goes", async () => {
    const kit = createTestKit();
    const view = await open(kit, { readOnly: ["transaction"] });
    expect(screen.queryByRole("form", { name: "Credit or debit" })).toBeNull();
    expect(screen.getByRole("form", { name: "Add a unit offer" })).toBeInTheDocument();
    view.unmount();
    await open(kit, { hidden: ["offer"] });
    expect(screen.queryByRole("form", { name: "Add a unit offer" })).toBeNull();
    expect(creditForm()).toBeInTheDocument();
  });

  it("shows an error with a retry when the balance cannot be read", async () => {
    const kit = createTestKit({ faults: { status: { getUnitBalance: 500 } } });
    const user = userEvent.setup();
    render(<UnitsPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("543.72", { selector: TOTAL })).toBeInTheDocument();
  });

  it("shows an empty ledger with the action that fills it", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    for (const entry of kit.sandbox.store.scan("unitTransactions", NORTHWIND))
      kit.sandbox.store.remove("unitTransactions", entry.id);
    await open(kit);
    const empty = await screen.findByText("No transactions yet");
    const section = empty.closest("section") as HTMLElement;
    await user.click(within(section).getByRole("button", { name: "Credit units" }));
    expect(within(creditForm()).getByLabelText("Amount")).toHaveFocus();
  });
});
