import { CreditNotesTable } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SANDBOX_IDS } from "./support/kit";

// Northwind: one applied credit note, RSA-CN-2026-0004, a quarter of its August invoice.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/CreditNotesTable",
  component: CreditNotesTable,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof CreditNotesTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Seed flow "credit notes": open one, see its reason and lines, and go back to the list. */
export const OpenCreditNote: Story = {
  name: "Flow: open a credit note",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole("button", { name: "RSA-CN-2026-0004" }, { timeout: 10_000 }),
    );
    await expect(
      canvas.getByRole("heading", { name: "Credit note RSA-CN-2026-0004" }),
    ).toHaveFocus();
    await expect(canvas.getByText(/credits invoice RSA-INV-2026-0098/)).toBeVisible();
    const lines = within(await canvas.findByRole("table", { name: "Credit note lines" }));
    await expect(lines.getByText("Credit of 25%: Business plan, August 2026")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Back to credit notes" }));
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: "RSA-CN-2026-0004" })).toHaveFocus(),
    );
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listCreditNotes"] } } };

/** Contoso has no credit notes. */
export const Empty: Story = {
  args: { customerId: SANDBOX_IDS.customers.resellerAInvoice },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText("No credit notes", {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listCreditNotes: 500 } } } },
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
