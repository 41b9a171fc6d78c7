import { AssetMaximaForm } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { API_BASE, SANDBOX_IDS, SANDBOX_TOKENS } from "./support/kit";

// Northwind: MAX_SERVERS 20 (7 used), MAX_CPUS 64 (54 used), MAX_RAM 131072, CUTOFF_BALANCE -50.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/AssetMaximaForm",
  component: AssetMaximaForm,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof AssetMaximaForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/**
 * Seed flow "set limits on the number of virtual resources": enter the values, leave "No limit"
 * where there is none, see what changes, save once.
 */
export const SetAssetMaxima: Story = {
  name: "Flow: set asset maxima",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const servers = await canvas.findByLabelText("Servers");
    await userEvent.clear(servers);
    await userEvent.type(servers, "30");
    await userEvent.click(canvas.getByRole("checkbox", { name: "No limit for Disks" }));
    const disks = canvas.getByLabelText("Disks");
    await userEvent.clear(disks);
    await userEvent.type(disks, "16");
    await userEvent.click(canvas.getByRole("checkbox", { name: "No limit for RAM (MB)" }));
    await expect(canvas.getByText("Servers: 20 → 30")).toBeVisible();
    await expect(canvas.getByText("Disks: No limit → 16")).toBeVisible();
    await expect(canvas.getByText("RAM (MB): 131,072 → No limit")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Save 3 changes" }));
    await expect(await canvas.findByText("Asset maxima saved.")).toBeVisible();
    await expect(canvas.getByText("7 of 30")).toBeVisible();
    await expect(canvas.getByText("12 of 16")).toBeVisible();
  },
};

/** Someone else sets the servers limit while it is being edited: the save says so, the input stays. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const servers = await canvas.findByLabelText("Servers");
    await userEvent.clear(servers);
    await userEvent.type(servers, "30");
    const current = await (
      await fetch(`${API_BASE}/customers/${NORTHWIND}/asset-maxima`, {
        headers: { authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}` },
      })
    ).json();
    await fetch(`${API_BASE}/customers/${NORTHWIND}/asset-maxima`, {
      method: "PUT",
      headers: {
        authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}`,
        "content-type": "application/json",
        "if-match": "*",
      },
      body: JSON.stringify({ limits: { ...current.limits, MAX_SERVERS: 15 } }),
    });
    await userEvent.click(canvas.getByRole("button", { name: "Save 1 change" }));
    await expect(await canvas.findByText("Someone else changed this")).toBeVisible();
    await expect(canvas.getByText("Servers: they set 15, you want 30.")).toBeVisible();
    await expect(servers).toHaveValue("30");
  },
};

/** An invoice customer: the money limits in the billing entity's currency, due days. */
export const InvoiceCustomer: Story = {
  args: { customerId: SANDBOX_IDS.customers.resellerAInvoice },
};

export const Loading: Story = { parameters: { kit: { pending: ["getAssetMaxima"] } } };

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { getAssetMaxima: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Something went wrong");
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
