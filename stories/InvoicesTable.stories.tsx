import { InvoicesTable } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { type KitParameters, SANDBOX_IDS } from "./support/kit";

// Northwind: six paid invoices, May to October 2026; October's is a plan fee and two unit bundles.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/InvoicesTable",
  component: InvoicesTable,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof InvoicesTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Contoso, a credit customer: an issued invoice and next month's draft. */
export const CreditCustomer: Story = {
  args: { customerId: SANDBOX_IDS.customers.resellerAInvoice },
};

/** Seed flow "invoices": open one, see its lines and totals, and go back to the list. */
export const OpenInvoice: Story = {
  name: "Flow: open an invoice",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole("button", { name: "RSA-INV-2026-0166" }, { timeout: 10_000 }),
    );
    await expect(canvas.getByRole("heading", { name: "Invoice RSA-INV-2026-0166" })).toHaveFocus();
    const lines = within(await canvas.findByRole("table", { name: "Invoice lines" }));
    await expect(lines.getByText("Business plan, October 2026")).toBeVisible();
    await expect(lines.getByText("Unit bundle: 500 units")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Back to invoices" }));
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: "RSA-INV-2026-0166" })).toHaveFocus(),
    );
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listInvoices"] } } };

export const Empty: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        for (const i of s.store.scan("invoices", NORTHWIND)) s.store.remove("invoices", i.id);
      },
    } satisfies KitParameters,
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText("No invoices yet", {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listInvoices: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert", {}, { timeout: 10_000 })).toHaveTextContent(
      "Something went wrong",
    );
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
/** One invoice open, at 360 px: its lines scroll sideways inside their frame. */
export const NarrowDetail: Story = {
  name: "Narrow, invoice open",
  parameters: { kit: { narrow: true } },
  play: OpenInvoice.play,
};
