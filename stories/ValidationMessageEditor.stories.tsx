import { ValidationMessageEditor } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { API_BASE, SANDBOX_IDS, SANDBOX_TOKENS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/ValidationMessageEditor",
  component: ValidationMessageEditor,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof ValidationMessageEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const source = (canvas: ReturnType<typeof within>) =>
  // Room for a cold start (the first story of a run loads modules and MSW's worker).
  canvas.findByRole("textbox", { name: "HTML source" }, { timeout: 10_000 });

export const Default: Story = {};

/** Seed flow "Validate that a customer's images are created by them": enter the HTML, save. */
export const SetTheValidationTooltip: Story = {
  name: "Flow: set the validation tooltip",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await source(canvas);
    await userEvent.clear(field);
    await userEvent.type(field, "Images signed by Northwind's release team.");
    await waitFor(() =>
      expect(canvas.getByRole("tooltip")).toHaveTextContent(
        "Images signed by Northwind's release team.",
      ),
    );
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByRole("status")).toHaveTextContent("Saved");
    // Nothing left to save: Save is off, and keeps focus (aria-disabled) while it has it.
    const save = canvas.getByRole("button", { name: "Save" });
    await expect(save).toHaveFocus();
    await expect(save).toHaveAttribute("aria-disabled", "true");
  },
};

/** Contoso's seeded HTML carries an `onerror` handler and a `<script>`: neither runs. */
export const MaliciousHtml: Story = {
  args: { customerId: SANDBOX_IDS.customers.resellerAInvoice },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const flag = window as unknown as { alert: (m?: string) => void; __alerted?: string };
    const original = window.alert;
    flag.alert = (message) => {
      flag.__alerted = String(message);
    };
    try {
      await expect(((await source(canvas)) as HTMLTextAreaElement).value).toMatch(/onerror/);
      await waitFor(() =>
        expect(canvas.getByRole("tooltip")).toHaveTextContent("Images built by Contoso CI."),
      );
      await expect(canvas.getByText("Some markup was removed")).toBeVisible();
      // Give a broken image time to fire its (removed) onerror.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(canvasElement.querySelector("script, [onerror]")).toBeNull();
      await expect(flag.__alerted).toBeUndefined();
    } finally {
      flag.alert = original;
    }
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["getCustomer"] } } };

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { getCustomer: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Something went wrong");
  },
};

/** Someone else changes the HTML while it is being edited: the save says so, the input stays. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await source(canvas);
    await userEvent.type(field, " Edited here.");
    await fetch(`${API_BASE}/customers/${NORTHWIND}`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}`,
        "content-type": "application/json",
        "if-match": "*",
      },
      body: JSON.stringify({ validationHtml: "<p>Changed by someone else.</p>" }),
    });
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Someone else changed this")).toBeVisible();
    await expect((field as HTMLTextAreaElement).value).toMatch(/Edited here\.$/);
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
