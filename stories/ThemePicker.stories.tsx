import { ThemePicker } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { API_BASE, SANDBOX_IDS, SANDBOX_TOKENS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/ThemePicker",
  component: ThemePicker,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof ThemePicker>;
export default meta;
type Story = StoryObj<typeof meta>;

const group = (canvas: ReturnType<typeof within>) =>
  // Room for a cold start (the first story of a run loads modules and MSW's worker).
  canvas.findByRole("group", { name: "Available themes" }, { timeout: 10_000 });
const active = (canvas: ReturnType<typeof within>) =>
  canvas.getByText("Active theme").nextElementSibling as HTMLElement;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await group(canvas);
    await expect(active(canvas)).toHaveTextContent("Chosen for this customer");
    // CSP: the previews carry their colours as SVG attributes, never as styles.
    await expect(canvasElement.querySelectorAll("[style]")).toHaveLength(0);
  },
};

/** Seed flow "Change the branding used by the customer": pick a theme, save. */
export const ChangeTheTheme: Story = {
  name: "Flow: change the theme",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const options = await group(canvas);
    await expect(active(canvas)).toHaveTextContent("Ocean");
    await userEvent.click(within(options).getByRole("radio", { name: "Alpine" }));
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByRole("status")).toHaveTextContent("Saved");
    await waitFor(() => expect(active(canvas)).toHaveTextContent("Alpine"));
  },
};

/** A customer with no theme of its own: it shows the billing entity's, inherited. */
export const Inherited: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        const record = s.store.get("customers", NORTHWIND);
        if (record) s.store.put("customers", { ...record, themeId: null });
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await group(canvas);
    await expect(active(canvas)).toHaveTextContent("Inherited from the billing entity");
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listCustomerThemes"] } } };

export const Empty: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        for (const theme of s.store.list("themes")) s.store.remove("themes", theme.id);
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("No themes to choose from")).toBeVisible();
  },
};

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listCustomerThemes: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // TanStack Query retries a failed list (three times, with back-off) before it shows an error.
    const alert = await canvas.findByRole("alert", {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent("Something went wrong");
  },
};

/** Someone else changes the customer's theme meanwhile: the save says so, the choice stays. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const options = await group(canvas);
    const alpine = within(options).getByRole("radio", { name: "Alpine" });
    await userEvent.click(alpine);
    await fetch(`${API_BASE}/customers/${NORTHWIND}`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}`,
        "content-type": "application/json",
        "if-match": "*",
      },
      body: JSON.stringify({ themeId: null }),
    });
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Someone else changed this")).toBeVisible();
    await expect(alpine).toBeChecked();
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
