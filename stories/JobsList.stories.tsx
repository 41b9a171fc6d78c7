import { JobsList } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, within } from "storybook/test";
import { SANDBOX_IDS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/JobsList",
  component: JobsList,
  args: { customerId: NORTHWIND, onNavigate: fn() },
} satisfies Meta<typeof JobsList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole("table", { name: "Jobs" });
    await expect(within(table).getAllByRole("row").length).toBeGreaterThan(1);
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listJobs"] } } };

export const Empty: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        for (const j of s.store.list("jobs", NORTHWIND)) s.store.remove("jobs", j.id);
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("No jobs yet")).toBeVisible();
  },
};

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listJobs: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert", {}, { timeout: 15_000 })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };

export const Narrow: Story = { parameters: { kit: { narrow: true } } };
