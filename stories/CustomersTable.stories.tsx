import { CustomersTable } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SANDBOX_IDS, SANDBOX_TOKENS } from "./support/kit";

// The first story of a run waits for the sandbox and the code: more than findBy's second.
const SLOW = { timeout: 10_000 };
// Dialogs are portalled to <body>, outside the story's canvas.
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

const meta = {
  title: "Panels/CustomersTable",
  component: CustomersTable,
  args: { onFiltersChange: fn() },
} satisfies Meta<typeof CustomersTable>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Reseller A's admin: its own customers, newest first. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("table", { name: "Customers" }, SLOW)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Northwind Traders" })).toBeVisible();
    await expect(canvas.queryByRole("combobox", { name: "Billing entity" })).toBeNull();
  },
};

/** The master billing entity's admin: every billing entity's customers, and a filter by them. */
export const MbeAdmin: Story = {
  parameters: { kit: { token: SANDBOX_TOKENS.mbeAdmin } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole("combobox", { name: "Billing entity" }, SLOW),
    ).toBeVisible();
    await expect(canvas.getByRole("columnheader", { name: "Billing entity" })).toBeVisible();
  },
};

export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("table", { name: "Customers" }, SLOW);
    await userEvent.type(canvas.getByRole("searchbox", { name: "Search customers" }), "northw");
    await waitFor(() => expect(canvas.getAllByRole("row")).toHaveLength(2), SLOW);
    await expect(canvas.getByRole("button", { name: "Northwind Traders" })).toBeVisible();
  },
};

export const Sorting: Story = {
  args: { defaultFilters: { sort: "name" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("table", { name: "Customers" }, SLOW);
    const th = () => canvas.getByRole("button", { name: "Unit balance" }).closest("th");
    await userEvent.click(canvas.getByRole("button", { name: "Unit balance" }));
    await waitFor(() => expect(th()).toHaveAttribute("aria-sort", "descending"), SLOW);
    await waitFor(
      () =>
        expect(canvas.getByRole("table", { name: "Customers" })).not.toHaveAttribute("aria-busy"),
      SLOW,
    );
  },
};

/** Nothing matches the search: say so, and offer to clear the filters. */
export const Empty: Story = {
  args: { defaultFilters: { search: "no such customer" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No customers match", {}, SLOW)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Clear filters" })).toBeVisible();
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listCustomers"] } } };

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listCustomers: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert", {}, SLOW)).toHaveTextContent(
      "Something went wrong",
    );
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };

export const Narrow: Story = { parameters: { kit: { narrow: true } } };

/** "New customer": name it, create it, and its Manage Customer dialog opens. */
export const NewCustomer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("table", { name: "Customers" }, SLOW);
    await userEvent.click(canvas.getByRole("button", { name: "New customer" }));
    const form = within(await page(canvasElement).findByRole("dialog", { name: "New customer" }));
    await userEvent.type(form.getByRole("textbox", { name: "Name" }), "Acme Rockets");
    await userEvent.click(form.getByRole("button", { name: "Create customer" }));
    await expect(
      await page(canvasElement).findByRole("heading", { name: "Acme Rockets" }, SLOW),
    ).toBeVisible();
  },
};

/** A name opens the customer in `CustomerDialog`. */
export const OpenCustomer: Story = {
  args: { onOpenCustomer: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Northwind Traders" }, SLOW));
    await expect(args.onOpenCustomer).toHaveBeenCalledWith(
      SANDBOX_IDS.customers.resellerAPrepay,
      expect.anything(),
    );
    await expect(
      await page(canvasElement).findByRole("dialog", { name: /Northwind Traders/ }, SLOW),
    ).toBeVisible();
  },
};
