import { SendEmailForm } from "@customer-kit/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { SANDBOX_IDS } from "./support/kit";

const meta = {
  title: "Panels/SendEmailForm",
  component: SendEmailForm,
  args: { customerId: SANDBOX_IDS.customers.resellerAPrepay },
} satisfies Meta<typeof SendEmailForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole("checkbox", { name: /Jane Doe/ }, { timeout: 10_000 });
  },
};

/** Seed flow "Send an email to the customer": subject, message, Send. */
export const SendAnEmail: Story = {
  name: "Flow: send an e-mail",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("checkbox", { name: /Jane Doe/ }, { timeout: 10_000 });
    await userEvent.type(
      canvas.getByRole("textbox", { name: "Subject" }),
      "Planned maintenance on 3 December",
    );
    await userEvent.type(
      canvas.getByRole("textbox", { name: "Message" }),
      "Hello,\n\nWe will upgrade the storage cluster on 3 December between 02:00 and 04:00 UTC.",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Send" }));
    const outcome = await canvas.findByRole("status");
    await expect(outcome).toHaveTextContent("Sent to 1 user");
    await expect(outcome).toHaveTextContent("jane@northwind.example");
  },
};

export const Loading: Story = { parameters: { kit: { pending: ["listUsers"] } } };

/** The users cannot be listed, and the send fails: both say so, and the input stays. */
export const Failed: Story = {
  name: "Error",
  parameters: { kit: { faults: { status: { listUsers: 500, sendCustomerEmail: 500 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("The users could not be loaded")).toBeVisible();
    const subject = canvas.getByRole("textbox", { name: "Subject" });
    await userEvent.type(subject, "Invoice reminder");
    await userEvent.type(canvas.getByRole("textbox", { name: "Message" }), "Please pay.");
    await userEvent.click(canvas.getByRole("button", { name: "Send" }));
    await expect(await canvas.findByText(/could not complete the request/)).toBeVisible();
    await expect(subject).toHaveValue("Invoice reminder");
  },
};

/** A customer whose users are all not admins: the server wants recipients, said on the field. */
export const ServerFieldError: Story = {
  parameters: {
    kit: {
      arrange: (s) => {
        const jane = s.store.get("users", SANDBOX_IDS.users.northwindAdmin);
        if (jane) s.store.put("users", { ...jane, isAdmin: false });
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("checkbox", { name: /Jane Doe/ }, { timeout: 10_000 });
    await userEvent.type(canvas.getByRole("textbox", { name: "Subject" }), "Hello");
    await userEvent.type(canvas.getByRole("textbox", { name: "Message" }), "Anyone there?");
    await userEvent.click(canvas.getByRole("button", { name: "Send" }));
    const recipients = canvas.getByRole("group", { name: /Recipients/ });
    await expect(await within(recipients).findByRole("alert")).toHaveTextContent(
      "name the recipients",
    );
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const Dark: Story = { parameters: { kit: { scheme: "dark" } } };
export const Narrow: Story = { parameters: { kit: { narrow: true } } };
