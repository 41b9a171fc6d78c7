import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { SendEmailForm } from "./SendEmailForm";

// Typing through user-event against the sandbox is slow on a busy CI machine: more than 5 s.
vi.setConfig({ testTimeout: 20_000 });

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const EMAILS = `/customers/${NORTHWIND}/emails`;

async function open(kit: TestKit, props: Partial<Parameters<typeof SendEmailForm>[0]> = {}) {
  const view = render(<SendEmailForm customerId={NORTHWIND} {...props} />, {
    wrapper: kit.wrapper,
  });
  // The recipients are listed once the users have loaded.
  await screen.findByRole("checkbox", { name: /Jane Doe/ });
  return {
    ...view,
    subject: screen.getByRole("textbox", { name: "Subject" }),
    message: screen.getByRole("textbox", { name: "Message" }),
  };
}

describe("SendEmailForm", () => {
  it("sends to the admin users when none is chosen, and says to how many", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const onSent = vi.fn();
    const { subject, message } = await open(kit, { onSent });
    await user.type(subject, "Maintenance");
    await user.type(message, "On 3 Dec.");
    await user.click(screen.getByRole("button", { name: "Send" }));

    const outcome = await screen.findByRole("status");
    expect(outcome).toHaveTextContent("Sent to 1 user");
    expect(within(outcome).getByText(/Jane Doe/)).toBeInTheDocument();
    expect(outcome).toHaveTextContent("jane@northwind.example");
    expect(kit.count("POST", EMAILS)).toBe(1);
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ subject: "Maintenance" }));
    // Sent: the form is empty for the next one.
    expect(subject).toHaveValue("");
    expect(message).toHaveValue("");
  });

  it("sends to the users chosen, by keyboard", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { subject, message } = await open(kit);
    await user.type(subject, "Only you");
    await user.type(message, "Hi");
    // Tab from the message into the recipients, tick with the space bar.
    await user.tab();
    const first = screen.getAllByRole("checkbox")[0] as HTMLInputElement;
    expect(first).toHaveFocus();
    await user.keyboard(" ");
    expect(first).toBeChecked();
    expect(screen.getByText("Only the 1 chosen user gets it.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Sent to 1 user");
    const sent = kit.sandbox.store.list("emails", NORTHWIND).at(-1);
    expect(sent?.recipients).toHaveLength(1);
    expect(first.labels?.[0]).toHaveTextContent(sent?.recipients[0]?.email ?? "none");
  });

  it("shows the subject's error next to it before sending (required, one line)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { subject } = await open(kit);
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(subject).toHaveAccessibleDescription("Required.");
    expect(subject).toHaveAttribute("aria-invalid", "true");
    expect(kit.count("POST", EMAILS)).toBe(0);
  });

  it("shows the server's field error next to the recipients, and keeps the input", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    // The customer's only admin is no longer an admin: the server refuses the default recipients.
    const jane = kit.sandbox.store.get("users", SANDBOX_IDS.users.northwindAdmin);
    if (!jane) throw new Error("seed without Jane Doe");
    kit.sandbox.store.put("users", { ...jane, isAdmin: false });
    const { subject, message } = await open(kit);
    await user.type(subject, "Hello");
    await user.type(message, "Anyone there?");
    await user.click(screen.getByRole("button", { name: "Send" }));

    const recipients = screen.getByRole("group", { name: /Recipients/ });
    expect(await within(recipients).findByRole("alert")).toHaveTextContent(
      "The customer has no active admin users: name the recipients.",
    );
    expect(recipients).toHaveAccessibleDescription(/name the recipients/);
    expect(subject).toHaveValue("Hello");
    expect(message).toHaveValue("Anyone there?");
  });

  it("keeps the input through a failed send and through closing (a draft)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { subject, message, rerender } = await open(kit);
    kit.sandbox.setFaults({ status: { sendCustomerEmail: 500 } });
    await user.type(subject, "Half");
    await user.type(message, "written");
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/could not complete the request/);
    expect(subject).toHaveValue("Half");

    rerender(<p>closed</p>);
    rerender(<SendEmailForm customerId={NORTHWIND} />);
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Subject" })).toHaveValue("Half"),
    );
    expect(screen.getByRole("textbox", { name: "Message" })).toHaveValue("written");
  });

  it("says when the users cannot be loaded, and still sends to the admin users", async () => {
    const kit = createTestKit({ faults: { status: { listUsers: 500 } } });
    render(<SendEmailForm customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByText("The users could not be loaded")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Send" })).toBeEnabled();
  });

  it("read-only: nothing can be typed or sent", async () => {
    const kit = createTestKit();
    const { subject, message } = await open(kit, { readOnly: true });
    expect(subject).toHaveAttribute("readonly");
    expect(message).toHaveAttribute("readonly");
    expect(screen.getByRole("checkbox", { name: /Jane Doe/ })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Send" })).toBeNull();
  });
});
