import { KeysPanel } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { type KitParameters, SANDBOX_IDS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/KeysPanel",
  component: KeysPanel,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof KeysPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("billing.costCentre")).toBeVisible();
    await expect(canvas.getByText("CC-4711")).toBeVisible();
  },
};

/** A long value is truncated in the list; its title and the copy button have all of it. */
export const LongValue: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        const key = s.store.list("keys", NORTHWIND)[0];
        if (key)
          s.store.put("keys", { ...key, value: `ssh-ed25519 ${"A".repeat(68)} ops@northwind` });
      },
    },
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listKeys"] } } };

export const Empty: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        for (const k of s.store.list("keys", NORTHWIND)) s.store.remove("keys", k.id);
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No keys yet")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Add the first key" })).toBeVisible();
  },
};

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listKeys: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Something went wrong");
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

// The story's sandbox, kept by `arrange` so that a play step can change the data behind the form.
let sandbox: Parameters<NonNullable<KitParameters["arrange"]>>[0] | undefined;

/** Someone else changes the key's value while it is being edited: the save says so, the input stays. */
export const Conflict: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        sandbox = s;
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Edit billing.costCentre" }));
    const value = canvas.getByRole("textbox", { name: "Value" });
    await userEvent.clear(value);
    await userEvent.type(value, "CC-1111");
    const key = sandbox?.store.list("keys", NORTHWIND).find((k) => k.name === "billing.costCentre");
    if (key) sandbox?.store.put("keys", { ...key, value: "CC-2222", version: key.version + 1 });
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Someone else changed this")).toBeVisible();
    await expect(value).toHaveValue("CC-1111");
  },
};

export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("CC-4711")).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Add key" })).toBeNull();
  },
};

export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
export const AddForm: Story = { args: { defaultAddOpen: true } };

/** Seed flow "To add a key, enter the required details and click the button". */
export const AddAKey: Story = {
  name: "Flow: add a key",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Add key" }));
    await expect(canvas.getByRole("textbox", { name: "Name" })).toHaveFocus();
    await userEvent.keyboard("project.code");
    await userEvent.type(canvas.getByRole("textbox", { name: "Value" }), "PRJ-042");
    const form = canvas.getByRole("form", { name: "New key" });
    await userEvent.click(within(form).getByRole("button", { name: "Add key" }));
    await expect(await canvas.findByText("The key project.code was added.")).toBeVisible();
    await expect(await canvas.findByRole("cell", { name: "project.code" })).toBeVisible();
  },
};

/** Edit a key's value, then remove another after the confirmation. */
export const EditAndRemoveAKey: Story = {
  name: "Flow: edit and remove a key",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await canvas.findByRole("button", { name: "Edit billing.costCentre" }));
    const value = canvas.getByRole("textbox", { name: "Value" });
    await userEvent.clear(value);
    await userEvent.type(value, "CC-9000");
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("CC-9000")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Remove placement.zone" }));
    const dialog = await body.findByRole("alertdialog", { name: "Remove the key placement.zone?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Remove key" }));
    await waitFor(() => expect(canvas.queryByRole("cell", { name: "placement.zone" })).toBeNull());
  },
};
