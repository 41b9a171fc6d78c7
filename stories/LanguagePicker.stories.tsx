import { LanguagePicker } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { API_BASE, type KitParameters, SANDBOX_IDS, SANDBOX_TOKENS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/LanguagePicker",
  component: LanguagePicker,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof LanguagePicker>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Seed flow "Change the default language used by the customer": choose, save. */
export const ChangeDefaultLanguage: Story = {
  name: "Flow: change default language",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(/Users who set a language of their own keep it/),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole("radio", { name: /^German/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Saved")).toBeVisible();
    await expect(canvas.getByRole("radio", { name: /^German/ })).toBeChecked();
  },
};

/** A customer that follows its billing entity's language: the choice says which that is now. */
export const FollowsBillingEntity: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        const record = s.store.get("customers", NORTHWIND);
        if (record) s.store.put("customers", { ...record, defaultLanguage: null });
      },
    } satisfies KitParameters,
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listLanguages"] } } };

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listLanguages: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Something went wrong");
  },
};

/** Someone else changes the language meanwhile: the save says so, the choice stays. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("radio", { name: /^French/ }));
    await fetch(`${API_BASE}/customers/${NORTHWIND}`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}`,
        "content-type": "application/json",
        "if-match": "*",
      },
      body: JSON.stringify({ defaultLanguage: "es" }),
    });
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Someone else changed this")).toBeVisible();
    await expect(canvas.getByRole("radio", { name: /^French/ })).toBeChecked();
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
