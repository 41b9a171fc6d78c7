import { ConfigurationForm } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { API_BASE, type KitParameters, SANDBOX_IDS, SANDBOX_TOKENS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/ConfigurationForm",
  component: ConfigurationForm,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof ConfigurationForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Seed flow "Edit the configuration of the customer account": plan, credit, warn level, save. */
export const ChangeConfiguration: Story = {
  name: "Flow: change configuration",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const offer = await canvas.findByLabelText("Product offer");
    await userEvent.selectOptions(offer, canvas.getByRole("option", { name: /^Premium/ }));
    await userEvent.click(canvas.getByLabelText("Credit customer"));
    const warn = canvas.getByLabelText(/Unit warn level/);
    await userEvent.clear(warn);
    await userEvent.type(warn, "250");
    await expect(canvas.getByRole("button", { name: "Discard changes" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Saved")).toBeVisible();
    await expect(canvas.getByLabelText(/Unit warn level/)).toHaveValue("250.00");
    await expect(canvas.getByLabelText("Credit customer")).toBeChecked();
    await expect(canvas.queryByRole("button", { name: "Discard changes" })).toBeNull();
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["getCustomer"] } } };

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { getCustomer: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Something went wrong");
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** Someone else changes the VAT number while it is being edited: the save says so, the input stays. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const vat = await canvas.findByLabelText(/VAT number/);
    await userEvent.clear(vat);
    await userEvent.type(vat, "GB111111111");
    await fetch(`${API_BASE}/customers/${NORTHWIND}`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}`,
        "content-type": "application/json",
        "if-match": "*",
      },
      body: JSON.stringify({ configuration: { vatNumber: "GB222222222" } }),
    });
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Someone else changed this")).toBeVisible();
    await expect(canvas.getByText("Changed by someone else: VAT number.")).toBeVisible();
    await expect(vat).toHaveValue("GB111111111");
  },
};

// The story's sandbox, kept by `arrange` so that a play step can change the data behind the form.
let sandbox: Parameters<NonNullable<KitParameters["arrange"]>>[0] | undefined;

/** A plan withdrawn while the form is open: the server's error shows next to the field. */
export const ServerFieldError: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        sandbox = s;
      },
    } satisfies KitParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const offer = await canvas.findByLabelText("Product offer");
    const basic = canvas.getByRole("option", { name: /^Basic/ }) as HTMLOptionElement;
    await userEvent.selectOptions(offer, basic);
    sandbox?.store.remove("productOffers", basic.value);
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(
      await canvas.findByText(/customer plan of the customer's billing entity/),
    ).toBeVisible();
    await expect(offer).toHaveAttribute("aria-invalid", "true");
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const ReadOnlyFields: Story = { args: { readOnly: ["productOfferId", "paymentType"] } };
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
