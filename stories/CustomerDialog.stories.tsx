import { CustomerDialog, TAB_IDS } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SANDBOX_IDS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const MISSING = "00000000-0000-4000-8000-000000000000";

// The first story of a run waits for the panels' code and the sandbox: more than findBy's second.
const SLOW = { timeout: 10_000 };

// The dialog is portalled to <body>, outside the story's canvas.
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const dialog = async (canvasElement: HTMLElement) =>
  within(await page(canvasElement).findByRole("dialog", {}, SLOW));

const meta = {
  title: "Panels/CustomerDialog",
  component: CustomerDialog,
  args: {
    customerId: NORTHWIND,
    defaultOpen: true,
    defaultTab: "units",
    onOpenChange: fn(),
    onTabChange: fn(),
    onOpenCustomer: fn(),
    onDeleted: fn(),
  },
  parameters: {
    kit: { card: false },
    viewport: {
      options: {
        narrow: { name: "360 px", styles: { width: "360px", height: "780px" }, type: "mobile" },
      },
    },
  },
} satisfies Meta<typeof CustomerDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Northwind on its Units tab: the name and status in the title bar, the tabs on the left. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const d = await dialog(canvasElement);
    await expect(
      await d.findByRole("heading", { level: 2, name: "Northwind Traders" }, SLOW),
    ).toBeVisible();
    await expect(d.getByRole("tab", { name: "Units" })).toHaveAttribute("aria-selected", "true");
  },
};

export const Configuration: Story = { args: { defaultTab: "configuration" } };

export const English: Story = { parameters: { kit: { card: false, locale: "en" } } };
export const German: Story = {
  parameters: { kit: { card: false, locale: "de" } },
  play: async ({ canvasElement }) => {
    const d = await dialog(canvasElement);
    await expect(await d.findByRole("tab", { name: "Einheiten" })).toBeVisible();
  },
};
export const French: Story = { parameters: { kit: { card: false, locale: "fr" } } };
export const Spanish: Story = { parameters: { kit: { card: false, locale: "es" } } };
export const Russian: Story = { parameters: { kit: { card: false, locale: "ru" } } };

export const Dark: Story = { parameters: { kit: { card: false, scheme: "dark" } } };

/** 360 px: a full-screen sheet, the tabs a strip that scrolls sideways. */
export const Narrow: Story = {
  args: { defaultTab: "users" },
  parameters: { kit: { card: false, narrow: true } },
  globals: { viewport: { value: "narrow", isRotated: false } },
  play: async ({ canvasElement }) => {
    const d = await dialog(canvasElement);
    await expect(d.getByRole("tab", { name: "Users" })).toBeVisible();
  },
};

/** The customer has not arrived: a skeleton where the name goes, the panel's own skeleton. */
export const Loading: Story = {
  args: { defaultTab: "configuration" },
  parameters: { kit: { card: false, pending: ["getCustomer"] } },
  play: async ({ canvasElement }) => {
    const d = await dialog(canvasElement);
    await expect(d.getAllByRole("status")[0]).toHaveTextContent("Loading…");
  },
};

export const NotFound: Story = {
  args: { customerId: MISSING },
  play: async ({ canvasElement }) => {
    const d = await dialog(canvasElement);
    await expect(await d.findByRole("alert")).toHaveTextContent("Customer not found");
  },
};

/** Every panel read-only (`readOnly` by tab). */
/** For an admin who may only look: every panel read-only, no rename, no title-bar actions. */
export const ReadOnly: Story = {
  args: {
    defaultTab: "configuration",
    readOnly: Object.fromEntries(TAB_IDS.map((id) => [id, true])),
    actions: [],
  },
  play: async ({ canvasElement }) => {
    const d = await dialog(canvasElement);
    await d.findByRole("heading", { level: 2, name: "Northwind Traders" }, SLOW);
    await expect(d.queryByRole("button", { name: "Edit name" })).toBeNull();
    await expect(d.queryByRole("button", { name: "More actions" })).toBeNull();
  },
};

/** Opened by its trigger; closing gives focus back to it. */
export const WithTrigger: Story = {
  args: { defaultOpen: false },
  render: (args) => (
    <CustomerDialog
      {...args}
      trigger={
        <button type="button" data-part="button">
          Northwind Traders
        </button>
      }
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: "Northwind Traders" });
    await userEvent.click(trigger);
    const d = await dialog(canvasElement);
    await d.findByRole("heading", { level: 2, name: "Northwind Traders" }, SLOW);
    await userEvent.click(d.getByRole("button", { name: "Close" }));
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** Seed flow "Edit the name of the customer": Edit, type, Enter. */
export const Rename: Story = {
  play: async ({ canvasElement }) => {
    const d = await dialog(canvasElement);
    await d.findByRole("heading", { level: 2, name: "Northwind Traders" }, SLOW);
    await userEvent.click(d.getByRole("button", { name: "Edit name" }));
    const input = d.getByRole("textbox", { name: "Customer name" });
    await userEvent.clear(input);
    await userEvent.type(input, "Northwind Trading Co{Enter}");
    await expect(
      await d.findByRole("heading", { level: 2, name: "Northwind Trading Co" }, SLOW),
    ).toBeVisible();
  },
};

/** Seed flow "Create a new customer with the same initial settings": the dialog opens it. */
export const CreateSimilar: Story = {
  play: async ({ canvasElement, args }) => {
    const body = page(canvasElement);
    const d = await dialog(canvasElement);
    await d.findByRole("heading", { level: 2, name: "Northwind Traders" }, SLOW);
    await userEvent.click(d.getByRole("button", { name: "More actions" }));
    await userEvent.click(await body.findByRole("menuitem", { name: "Create similar" }));
    const form = within(await body.findByRole("dialog", { name: "Create a similar customer" }));
    await userEvent.type(form.getByRole("textbox"), "Northwind Traders East");
    await userEvent.click(form.getByRole("button", { name: "Create customer" }));
    await expect(
      await body.findByRole("heading", { level: 2, name: "Northwind Traders East" }, SLOW),
    ).toBeVisible();
    await expect(args.onOpenCustomer).toHaveBeenCalledOnce();
  },
};

/** Seed flow "Log in to the platform as the customer": a reason, then the host gets the token. */
export const LoginAsCustomer: Story = {
  args: { onImpersonate: fn() },
  play: async ({ canvasElement, args }) => {
    const body = page(canvasElement);
    const d = await dialog(canvasElement);
    await d.findByRole("heading", { level: 2, name: "Northwind Traders" }, SLOW);
    await userEvent.click(d.getByRole("button", { name: "More actions" }));
    await userEvent.click(await body.findByRole("menuitem", { name: "Login to CP" }));
    const form = within(await body.findByRole("dialog", { name: "Log in as Northwind Traders" }));
    await userEvent.click(form.getByRole("button", { name: "Log in" }));
    await expect(form.getByRole("textbox", { name: "Reason" })).toBeInvalid();
    await userEvent.type(
      form.getByRole("textbox", { name: "Reason" }),
      "Customer asked for help resizing a server (ticket 4711)",
    );
    await userEvent.click(form.getByRole("button", { name: "Log in" }));
    await waitFor(() =>
      expect(args.onImpersonate).toHaveBeenCalledWith(
        expect.objectContaining({ controlPanelUrl: expect.stringContaining("token=imp_") }),
        // The reason, and the tab opened at the click (which closes, left unused here).
        expect.objectContaining({
          reason: "Customer asked for help resizing a server (ticket 4711)",
        }),
      ),
    );
  },
};

/** Seed flow "Delete the customer": the confirmation names it; typing the name confirms. */
export const Delete: Story = {
  play: async ({ canvasElement, args }) => {
    const body = page(canvasElement);
    const d = await dialog(canvasElement);
    await d.findByRole("heading", { level: 2, name: "Northwind Traders" }, SLOW);
    await userEvent.click(d.getByRole("button", { name: "More actions" }));
    await userEvent.click(await body.findByRole("menuitem", { name: "Delete" }));
    const alert = within(
      await body.findByRole("alertdialog", { name: "Delete Northwind Traders?" }),
    );
    await userEvent.type(alert.getByRole("textbox"), "Northwind Traders");
    await userEvent.click(alert.getByRole("button", { name: "Delete customer" }));
    await waitFor(() => expect(args.onDeleted).toHaveBeenCalledWith(NORTHWIND));
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
  },
};
