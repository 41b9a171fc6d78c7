import { StatementsTable } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { type KitParameters, SANDBOX_IDS } from "./support/kit";

// Northwind: six monthly statements, May to October 2026, newest first, three a page. September
// has a credit note and its refund besides the month's invoice and card payment.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/StatementsTable",
  component: StatementsTable,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof StatementsTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const september = within(
      await canvas.findByRole("table", { name: "Sep 1, 2026 – Sep 30, 2026" }, { timeout: 10_000 }),
    );
    const rows = september.getAllByRole("row");
    await expect(rows[2]).toHaveTextContent("Unpaid credit note");
    await expect(rows[2]).toHaveTextContent("-€39.75");
    await expect(rows[3]).toHaveTextContent("Payment made");
  },
};

/** Seed flow "statements": page to the older months and back. */
export const Paging: Story = {
  name: "Flow: older statements",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("table", { name: "Oct 1, 2026 – Oct 31, 2026" }, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole("button", { name: "Older" }));
    await expect(
      await canvas.findByRole("table", { name: "May 1, 2026 – May 31, 2026" }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Newer" }));
    await expect(
      await canvas.findByRole("table", { name: "Oct 1, 2026 – Oct 31, 2026" }),
    ).toBeVisible();
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listStatements"] } } };

export const Empty: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        for (const st of s.store.scan("statements", NORTHWIND)) s.store.remove("statements", st.id);
      },
    } satisfies KitParameters,
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText("No statements yet", {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listStatements: 500 } } } },
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
