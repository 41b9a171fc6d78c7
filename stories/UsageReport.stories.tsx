import { UsageReport } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { type KitParameters, SANDBOX_IDS } from "./support/kit";

// Northwind: created 10 January 2026, usage on every day since (servers most of it).
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
// A fixed "today", so that the presets, the chart and the screenshots are the same every day.
const TODAY = "2026-11-28";

const meta = {
  title: "Panels/UsageReport",
  component: UsageReport,
  args: { customerId: NORTHWIND, today: TODAY },
} satisfies Meta<typeof UsageReport>;
export default meta;
type Story = StoryObj<typeof meta>;

const rows = (canvas: ReturnType<typeof within>) =>
  within(canvas.getByRole("table", { name: "Usage by day" })).getAllByRole("row");

/** The last 30 days: the chart, its legend with the period's totals, the table on demand. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("slider", { name: /units over 30 days$/ })).toBeVisible();
    await expect(rows(canvas)).toHaveLength(32);
  },
};

/** A custom range: two dates, and the chart and the table follow. */
export const CustomRange: Story = {
  name: "Custom range",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("slider");
    await userEvent.selectOptions(canvas.getByLabelText("Period"), "Custom range");
    const from = canvas.getByLabelText("Start date");
    const to = canvas.getByLabelText("End date");
    await userEvent.clear(from);
    await userEvent.type(from, "2026-11-20");
    await userEvent.clear(to);
    await userEvent.type(to, "2026-11-10");
    await expect(from).toHaveAccessibleDescription(
      "The start date must be on or before the end date.",
    );
    await userEvent.clear(to);
    await userEvent.type(to, "2026-11-26");
    await expect(
      await canvas.findByRole("slider", { name: /units over 7 days$/ }),
    ).toBeInTheDocument();
    await waitFor(() => expect(rows(canvas)).toHaveLength(1 + 7 + 1));
    await userEvent.click(canvas.getByRole("button", { name: "Show as table" }));
    await expect(canvas.getByRole("table", { name: "Usage by day" })).toBeVisible();
    await expect(rows(canvas)[1]).toHaveTextContent("Nov 20, 2026");
  },
};

/** A period before the customer existed: nothing used. */
export const Empty: Story = { args: { today: "2025-06-30" } };

export const Loading: Story = {
  parameters: { kit: { pending: ["getUsageReport"] } satisfies KitParameters },
};

export const ErrorState: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { getUsageReport: 500 } } } satisfies KitParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("button", { name: "Try again" })).toBeVisible();
  },
};

export const Dark: Story = { parameters: { kit: { scheme: "dark" } satisfies KitParameters } };
export const Narrow: Story = { parameters: { kit: { narrow: true } satisfies KitParameters } };
