import { UnitsPanel } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { type KitParameters, SANDBOX_IDS } from "./support/kit";

// Northwind: PREPAY, 543.72 units, warn level 100, cutoff balance -50, 16 ledger entries.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

type Sandbox = Parameters<NonNullable<KitParameters["arrange"]>>[0];

/**
 * Books a debit in the store as the API would (a ledger entry with opening and closing balance,
 * the balance and "warning sent" moved), so that the balance stays the sum of the ledger.
 */
function debit(s: Sandbox, cents: number, description: string) {
  const customer = s.store.get("customers", NORTHWIND);
  if (!customer) return;
  const opening = customer.balance.carryOver + customer.balance.nonCarryOver;
  const closing = opening - cents;
  s.store.put("unitTransactions", {
    id: "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
    customerId: NORTHWIND,
    createdAt: "2026-11-30T09:15:00Z",
    description,
    direction: "DEBIT",
    amount: cents,
    unitType: "CARRY_OVER",
    source: "MANUAL",
    openingBalance: opening,
    closingBalance: closing,
    resource: null,
    createdBy: "Ada Reseller",
  });
  s.store.put("customers", {
    ...customer,
    balance: { ...customer.balance, carryOver: customer.balance.carryOver - cents },
    configuration: { ...customer.configuration, warningSent: true },
  });
}

const meta = {
  title: "Panels/UnitsPanel",
  component: UnitsPanel,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof UnitsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const ledgerRow = (canvas: ReturnType<typeof within>, index: number) =>
  within(canvas.getByRole("table", { name: "Ledger" })).getAllByRole("row")[index] as HTMLElement;

export const Default: Story = {};

/**
 * Seed flow "add or remove an arbitrary number of units": a description, Credit, 250 units,
 * then the button; the balance and the ledger show the credit, with the balance after it.
 */
export const AddUnits: Story = {
  name: "Flow: add units (credit)",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = within(await canvas.findByRole("form", { name: "Credit or debit" }));
    await userEvent.type(form.getByLabelText("Description"), "Goodwill credit");
    await userEvent.selectOptions(form.getByLabelText("Transaction type"), "Credit");
    await userEvent.type(form.getByLabelText("Amount"), "250");
    // A double click books once.
    await userEvent.dblClick(form.getByRole("button", { name: "Credit units" }));
    await expect(await canvas.findByText("Credited 250.00 units")).toBeVisible();
    await expect(form.getByLabelText("Amount")).toHaveValue("");
    await waitFor(() => expect(ledgerRow(canvas, 1)).toHaveTextContent("Goodwill credit"));
    await expect(ledgerRow(canvas, 1)).toHaveTextContent("+250.00");
    await expect(ledgerRow(canvas, 1)).toHaveTextContent("793.72");
    await expect(ledgerRow(canvas, 2)).not.toHaveTextContent("Goodwill credit");
    await expect(canvas.getByText("10 of 17 entries")).toBeVisible();
  },
};

/** Seed flow "add a unit product offer": the offer, a description, the button. */
export const AddOffer: Story = {
  name: "Flow: add a unit offer",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = within(await canvas.findByRole("form", { name: "Add a unit offer" }));
    await userEvent.selectOptions(
      await form.findByLabelText("Unit offer"),
      "1,000 units – €100.00",
    );
    await userEvent.type(form.getByLabelText("Description"), "December bundle");
    await userEvent.click(form.getByRole("button", { name: "Add offer" }));
    await expect(
      await canvas.findByText("Added 1,000 units: 1,000.00 units credited"),
    ).toBeVisible();
    await waitFor(() => expect(ledgerRow(canvas, 1)).toHaveTextContent("December bundle"));
    await expect(ledgerRow(canvas, 1)).toHaveTextContent("1,543.72");
  },
};

/** A debit the server refuses (below the cutoff balance): its message next to the amount. */
export const RefusedDebit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = within(await canvas.findByRole("form", { name: "Credit or debit" }));
    await userEvent.selectOptions(form.getByLabelText("Transaction type"), "Debit");
    await userEvent.type(form.getByLabelText("Amount"), "1000");
    await userEvent.type(form.getByLabelText("Description"), "Correction");
    await userEvent.click(form.getByRole("button", { name: "Debit units" }));
    await waitFor(() =>
      expect(form.getByLabelText("Amount")).toHaveAccessibleDescription(
        "At most 593.72 units can be debited.",
      ),
    );
  },
};

/** At or under the warn level (80 of 100): a warning, and the e-mail is said to be sent. */
export const WarnLevel: Story = {
  parameters: { kit: { arrange: (s) => debit(s, 46372, "Migration fee") } satisfies KitParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Low balance")).toBeVisible();
    await expect(canvas.getByText(/The low-balance e-mail has been sent/)).toBeVisible();
  },
};

/** At the cutoff balance (-50.00): the customer can create or run no new resources. */
export const Cutoff: Story = {
  parameters: { kit: { arrange: (s) => debit(s, 59372, "Migration fee") } satisfies KitParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("At cutoff")).toBeVisible();
    await expect(canvas.getByText("The customer is at the cutoff balance")).toBeVisible();
  },
};

export const EmptyLedger: Story = {
  name: "Empty ledger",
  parameters: {
    kit: {
      arrange: (s) => {
        for (const entry of s.store.scan("unitTransactions", NORTHWIND))
          s.store.remove("unitTransactions", entry.id);
        const customer = s.store.get("customers", NORTHWIND);
        if (customer)
          s.store.put("customers", { ...customer, balance: { carryOver: 0, nonCarryOver: 0 } });
      },
    } satisfies KitParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No transactions yet")).toBeVisible();
    const empty = canvas.getByText("No transactions yet").closest("section") as HTMLElement;
    await userEvent.click(within(empty).getByRole("button", { name: "Credit units" }));
    await expect(canvas.getByLabelText("Amount")).toHaveFocus();
  },
};

/** A credit customer (invoice): no warn level, no cutoff balance. */
export const InvoiceCustomer: Story = {
  args: { customerId: SANDBOX_IDS.customers.resellerAInvoice },
};

export const Loading: Story = {
  parameters: { kit: { pending: ["getUnitBalance", "listUnitTransactions"] } },
};

export const Failed: Story = {
  name: "Error",
  parameters: {
    kit: { faults: { status: { getUnitBalance: 500, listUnitTransactions: 500 } } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole("alert")).toHaveLength(2));
    await expect(canvas.getAllByRole("button", { name: "Try again" })).toHaveLength(2);
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
