import { UsersPanel } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { API_BASE, SANDBOX_IDS, SANDBOX_TOKENS } from "./support/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const JANE = SANDBOX_IDS.users.northwindAdmin;

const meta = {
  title: "Panels/UsersPanel",
  component: UsersPanel,
  args: { customerId: NORTHWIND },
} satisfies Meta<typeof UsersPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("button", { name: "Jane Doe" })).toBeVisible();
    await expect(canvas.getByText("harry.wilson@northwind.example")).toBeVisible();
  },
};

/** Contoso has API-key users: the list shows their credential's last four characters only. */
export const WithApiKeyUsers: Story = {
  args: { customerId: SANDBOX_IDS.customers.resellerAInvoice },
};

export const Loading: Story = { parameters: { kit: { pending: ["listUsers"] } } };

export const Empty: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        for (const u of s.store.list("users", NORTHWIND)) s.store.remove("users", u.id);
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No users yet")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Add the first user" })).toBeVisible();
  },
};

export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listUsers: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Something went wrong");
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** Someone else renames Jane while she is being edited: the save says so, the input stays. */
export const Conflict: Story = {
  args: { defaultUserId: JANE },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await canvas.findByRole("textbox", { name: "Name" });
    await userEvent.clear(name);
    await userEvent.type(name, "Jane Q. Doe");
    await fetch(`${API_BASE}/customers/${NORTHWIND}/users/${JANE}`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}`,
        "content-type": "application/json",
        "if-match": "*",
      },
      body: JSON.stringify({ name: "Jane Smith" }),
    });
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Someone else changed this")).toBeVisible();
    await expect(name).toHaveValue("Jane Q. Doe");
  },
};

/** Jane is Northwind's only active admin: disabling her is refused, and the panel says why. */
export const LastActiveAdmin: Story = {
  args: { defaultUserId: JANE },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Disable" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      "Jane Doe is the customer's last active administrator.",
    );
  },
};

export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("button", { name: "Jane Doe" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Add user" })).toBeNull();
  },
};

export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };

/** The add form open, with the user types explained. */
export const AddForm: Story = { args: { defaultAddOpen: true } };

/** An API-key user is added: its secret key is shown this once, with a copy button. */
export const CredentialShownOnce: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Add user" }));
    await userEvent.keyboard("Terraform");
    await userEvent.type(
      canvas.getByRole("textbox", { name: "E-mail address" }),
      "terraform@northwind.example",
    );
    await userEvent.click(canvas.getByRole("radio", { name: "API-key user" }));
    const form = canvas.getByRole("form", { name: "New user" });
    await userEvent.click(within(form).getByRole("button", { name: "Add user" }));
    await expect(await canvas.findByText(/^ck_test_/)).toBeVisible();
    await expect(canvas.getByText(/you will not see this again/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Copy secret key" })).toBeVisible();
  },
};

/** Seed flow "To add a new user, specify the required fields and click the button". */
export const AddAUser: Story = {
  name: "Flow: add a user",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Add user" }));
    await expect(canvas.getByRole("textbox", { name: "Name" })).toHaveFocus();
    await userEvent.keyboard("Olivia Brown");
    await userEvent.type(
      canvas.getByRole("textbox", { name: "E-mail address" }),
      "olivia.brown@northwind.example",
    );
    await userEvent.click(canvas.getByRole("checkbox", { name: "Administrator" }));
    const form = canvas.getByRole("form", { name: "New user" });
    await userEvent.click(within(form).getByRole("button", { name: "Add user" }));
    await expect(await canvas.findByText("Olivia Brown was added.")).toBeVisible();
    await expect(await canvas.findByRole("button", { name: "Olivia Brown" })).toBeVisible();
  },
};

/** Seed flow "To manage a user, click on the name of the required user": rename, disable, remove. */
export const ManageAUser: Story = {
  name: "Flow: manage a user",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await canvas.findByRole("button", { name: "Harry Wilson" }));
    const name = await canvas.findByRole("textbox", { name: "Name" });
    await userEvent.clear(name);
    await userEvent.type(name, "Harold Wilson");
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByRole("heading", { name: "Harold Wilson" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Disable" }));
    await expect(await canvas.findByRole("button", { name: "Enable" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Remove user" }));
    const dialog = await body.findByRole("alertdialog", { name: "Remove Harold Wilson?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Remove user" }));
    await expect(await canvas.findByText("Harold Wilson was removed.")).toBeVisible();
    await waitFor(() => expect(canvas.queryByRole("button", { name: "Harold Wilson" })).toBeNull());
  },
};

/** The removal's confirmation, open (for designers and the a11y check). */
export const ConfirmRemove: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await canvas.findByRole("button", { name: "Harry Wilson" }));
    await userEvent.click(await canvas.findByRole("button", { name: "Remove user" }));
    await expect(await body.findByRole("alertdialog")).toBeVisible();
  },
};
