import { TagsEditor } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { API_BASE, type KitParameters, SANDBOX_IDS, SANDBOX_TOKENS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const meta = {
  title: "Panels/TagsEditor",
  component: TagsEditor,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof TagsEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const chips = (canvas: ReturnType<typeof within>) =>
  within(canvas.getByRole("list", { name: "Tags" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

export const Default: Story = {};

/** Seed flow "Assign Tags to the customer" (Availability): type a tag, Add, repeat, Save. */
export const AddATag: Story = {
  name: "Flow: add a tag (Availability)",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole("combobox", { name: "Include" });
    await userEvent.type(input, "premium");
    await userEvent.click(canvas.getByRole("button", { name: "Add" }));
    await userEvent.type(input, "london-1{Enter}");
    await expect(chips(canvas)).toEqual(["eu-west", "gpu", "premium", "london-1"]);
    // A duplicate is refused next to the input.
    await userEvent.type(input, "gpu{Enter}");
    await expect(input).toHaveAccessibleDescription(/Already there\./);
    await userEvent.clear(input);
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Saved")).toBeVisible();
    // As stored: sorted, without duplicates.
    await waitFor(() => expect(chips(canvas)).toEqual(["eu-west", "gpu", "london-1", "premium"]));
  },
};

/** Completion from the tags in use, with the keyboard (ArrowDown, Enter). */
export const Completion: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole("combobox", { name: "Include" });
    await userEvent.type(input, "e");
    const listbox = await canvas.findByRole("listbox", { name: "Tags in use" });
    const first = within(listbox).getAllByRole("option")[0]!;
    await userEvent.keyboard("{ArrowDown}");
    await expect(input).toHaveAttribute("aria-activedescendant", first.id);
    const tag = first.textContent ?? "";
    await userEvent.keyboard("{Enter}");
    await expect(chips(canvas)).toContain(tag);
  },
};

/** The suggestions open, the first one active: how the popup looks. */
export const CompletionOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole("combobox", { name: "Include" });
    await userEvent.type(input, "e");
    await canvas.findByRole("listbox", { name: "Tags in use" });
    await userEvent.keyboard("{ArrowDown}");
    await expect(input).toHaveAttribute("aria-expanded", "true");
  },
};

export const Empty: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        const record = s.store.get("customers", NORTHWIND);
        if (record) s.store.put("customers", { ...record, tags: [] });
      },
    } satisfies KitParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No tags")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Add a tag" }));
    await expect(canvas.getByRole("combobox", { name: "Include" })).toHaveFocus();
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["getCustomerTags"] } } };

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { getCustomerTags: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Something went wrong");
  },
};

/** Someone else replaces the tags while they are being edited: the save says so, the input stays. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole("combobox", { name: "Include" });
    await userEvent.type(input, "mine{Enter}");
    await fetch(`${API_BASE}/customers/${NORTHWIND}/tags`, {
      method: "PUT",
      headers: {
        authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}`,
        "content-type": "application/json",
        "if-match": "*",
      },
      body: JSON.stringify({ tags: ["theirs"] }),
    });
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Someone else changed this")).toBeVisible();
    await expect(chips(canvas)).toEqual(["eu-west", "gpu", "mine"]);
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
