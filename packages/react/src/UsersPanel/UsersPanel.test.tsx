import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { UsersPanel } from "./UsersPanel";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const JANE = SANDBOX_IDS.users.northwindAdmin;

async function open(kit: TestKit, props: Partial<Parameters<typeof UsersPanel>[0]> = {}) {
  const view = render(<UsersPanel customerId={NORTHWIND} {...props} />, { wrapper: kit.wrapper });
  if (props.defaultUserId) await screen.findByRole("heading", { level: 3 });
  else await screen.findByRole("table", { name: "Users" });
  return view;
}

const row = (name: string) =>
  screen.getByRole("button", { name }).closest("tr") as HTMLTableRowElement;

const harryId = (kit: TestKit) =>
  kit.sandbox.store.list("users", NORTHWIND).find((u) => u.name === "Harry Wilson")?.id as string;

// Many user-event steps against the sandbox: more than the default 5 s on a busy machine.
describe("UsersPanel", { timeout: 20_000 }, () => {
  it("shows skeleton rows while the users load", () => {
    const kit = createTestKit();
    render(<UsersPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading users…");
  });

  it("pages beyond the first 25 users with Next and Previous", async () => {
    const kit = createTestKit();
    const jane = kit.sandbox.store.get("users", JANE);
    if (!jane) throw new Error("the seed has Jane");
    for (let i = 1; i <= 30; i++)
      kit.sandbox.store.put("users", {
        ...jane,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        name: `Extra User ${String(i).padStart(2, "0")}`,
        email: `extra${i}@northwind.example`,
        isAdmin: false,
      });
    const total = kit.sandbox.store.list("users", NORTHWIND).length;
    const user = userEvent.setup();
    await open(kit);
    const pages = screen.getByRole("navigation", { name: "Pages of Users" });
    const bodyRows = () =>
      within(screen.getByRole("table", { name: "Users" })).getAllByRole("row").length - 1;
    expect(within(pages).getByRole("status")).toHaveTextContent(`1–25 of ${total}`);
    expect(bodyRows()).toBe(25);
    const first = screen
      .getAllByRole("button", { name: /Extra User|Jane|Harry/ })
      .map((b) => b.textContent);
    await user.click(within(pages).getByRole("button", { name: "Next" }));
    await waitFor(() =>
      expect(
        within(screen.getByRole("navigation", { name: "Pages of Users" })).getByRole("status"),
      ).toHaveTextContent(`26–${total} of ${total}`),
    );
    expect(bodyRows()).toBe(total - 25);
    // The second page shows users the first did not.
    const second = screen
      .getAllByRole("button", { name: /Extra User|Jane|Harry/ })
      .map((b) => b.textContent);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Previous" }));
    expect(await screen.findByText(`1–25 of ${total}`)).toBeInTheDocument();
  });

  it("lists the seeded users with e-mail, type, admin flag and status", async () => {
    const kit = createTestKit();
    await open(kit);
    const jane = within(row("Jane Doe"));
    expect(jane.getByText("jane@northwind.example")).toBeInTheDocument();
    expect(jane.getByText("Normal user")).toBeInTheDocument();
    expect(jane.getByText("Admin")).toBeInTheDocument();
    expect(jane.getByText("Active")).toBeInTheDocument();
    expect(within(row("Harry Wilson")).getByText("No")).toBeInTheDocument();
  });

  it("shows an API-key user's credential hint, never the credential", async () => {
    const kit = createTestKit();
    render(<UsersPanel customerId={SANDBOX_IDS.customers.resellerAInvoice} />, {
      wrapper: kit.wrapper,
    });
    await screen.findByRole("table", { name: "Users" });
    expect(within(row("Monitoring integration")).getByText("Key ending in 69b4")).toBeVisible();
  });

  it("shows an empty state whose action opens the add form", async () => {
    const kit = createTestKit();
    for (const u of kit.sandbox.store.list("users", NORTHWIND))
      kit.sandbox.store.remove("users", u.id);
    const user = userEvent.setup();
    render(<UsersPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await user.click(await screen.findByRole("button", { name: "Add the first user" }));
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
  });

  it("shows an error with a retry that loads the list", async () => {
    const kit = createTestKit({ faults: { status: { listUsers: 500 } } });
    const user = userEvent.setup();
    render(<UsersPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Users" })).toBeInTheDocument();
  });

  it("adds a normal user: the form opens on its first field, the user is listed", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Add user" }));
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
    // Each type is explained next to its choice.
    expect(screen.getByRole("radio", { name: "Normal user" })).toHaveAccessibleDescription(
      /e-mail address and a password/,
    );
    expect(screen.getByRole("radio", { name: "API-key user" })).toHaveAccessibleDescription(
      /secret key instead of a password/,
    );
    await user.keyboard("Olivia Brown");
    await user.tab();
    await user.keyboard("olivia@northwind.example");
    const form = screen.getByRole("form", { name: "New user" });
    await user.click(within(form).getByRole("button", { name: "Add user" }));
    expect(await screen.findByText("Olivia Brown was added.")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Olivia Brown" })).toBeInTheDocument();
    expect(within(row("Olivia Brown")).getByText("Normal user")).toBeInTheDocument();
    expect(
      kit.sandbox.store.list("users", NORTHWIND).find((u) => u.name === "Olivia Brown"),
    ).toMatchObject({ email: "olivia@northwind.example", type: "NORMAL", isAdmin: false });
  });

  it("adds an API-key user: its credential is shown once with a copy button, then only its hint", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Add user" }));
    await user.keyboard("Terraform");
    await user.type(
      screen.getByRole("textbox", { name: "E-mail address" }),
      "tf@northwind.example",
    );
    await user.click(screen.getByRole("radio", { name: "API-key user" }));
    const form = screen.getByRole("form", { name: "New user" });
    await user.click(within(form).getByRole("button", { name: "Add user" }));
    const secret = await screen.findByText(/^ck_test_/);
    const credential = secret.textContent as string;
    expect(screen.getByText(/you will not see this again/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy secret key" }));
    expect(await navigator.clipboard.readText()).toBe(credential);
    await user.click(screen.getByRole("button", { name: "I have copied it" }));
    expect(screen.queryByText(credential)).toBeNull();
    expect(screen.getByRole("button", { name: "Add user" })).toHaveFocus();
    await waitFor(() =>
      expect(
        within(row("Terraform")).getByText(`Key ending in ${credential.slice(-4)}`),
      ).toBeInTheDocument(),
    );
  });

  it("puts the server's duplicate e-mail error next to the e-mail field, keeping the input", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Add user" }));
    await user.keyboard("Jane Again");
    const email = screen.getByRole("textbox", { name: "E-mail address" });
    // Compared without regard to case, as the sandbox does.
    await user.type(email, "JANE@northwind.example");
    const form = screen.getByRole("form", { name: "New user" });
    await user.click(within(form).getByRole("button", { name: "Add user" }));
    await waitFor(() =>
      // The common message of the server's `unique` code (field.unique), in the user's language.
      expect(email).toHaveAccessibleDescription("Already in use: choose another."),
    );
    expect(email).toHaveValue("JANE@northwind.example");
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Jane Again");
  });

  it("keeps the add form's draft when it is closed with Escape, and returns focus to its button", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const add = screen.getByRole("button", { name: "Add user" });
    await user.click(add);
    await user.keyboard("Half typed");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("form", { name: "New user" })).toBeNull();
    await waitFor(() => expect(add).toHaveFocus());
    await user.keyboard("{Enter}");
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Half typed");
  });

  it("keeps the draft across an unmount (a tab switch)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    // The provider stays (as it does above a dialog whose tabs come and go); the panel goes.
    const { rerender } = await open(kit);
    await user.click(screen.getByRole("button", { name: "Add user" }));
    await user.keyboard("Kept Name");
    rerender(<p>another tab</p>);
    expect(screen.queryByRole("textbox", { name: "Name" })).toBeNull();
    rerender(<UsersPanel customerId={NORTHWIND} defaultAddOpen />);
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Kept Name"),
    );
  });

  it("disables and enables a user", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Harry Wilson" }));
    expect(await screen.findByRole("heading", { name: "Harry Wilson" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Disable" }));
    expect(await screen.findByRole("button", { name: "Enable" })).toBeInTheDocument();
    expect(kit.sandbox.store.get("users", harryId(kit))?.status).toBe("DISABLED");
    await user.click(screen.getByRole("button", { name: "← All users" }));
    await waitFor(() => expect(within(row("Harry Wilson")).getByText("Disabled")).toBeVisible());
    // Focus goes back to the name that opened the user.
    await waitFor(() => expect(screen.getByRole("button", { name: "Harry Wilson" })).toHaveFocus());
  });

  it("edits a user's name", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const id = harryId(kit);
    await user.click(screen.getByRole("button", { name: "Harry Wilson" }));
    const name = await screen.findByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Harold Wilson");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { name: "Harold Wilson" })).toBeInTheDocument();
    expect(kit.sandbox.store.get("users", id)?.name).toBe("Harold Wilson");
  });

  it("removes a user after a confirmation that names them", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const id = harryId(kit);
    await user.click(screen.getByRole("button", { name: "Harry Wilson" }));
    await user.click(await screen.findByRole("button", { name: "Remove user" }));
    const dialog = screen.getByRole("alertdialog", { name: "Remove Harry Wilson?" });
    expect(dialog).toHaveAccessibleDescription(/Harry Wilson will no longer be able to sign in/);
    // Focus starts on Cancel: a destructive action is never the default.
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Remove user" }));
    expect(await screen.findByText("Harry Wilson was removed.")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Harry Wilson" })).toBeNull());
    expect(kit.sandbox.store.get("users", id)).toBeUndefined();
  });

  it("says clearly why the last active admin cannot be disabled or removed", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit, { defaultUserId: JANE });
    await user.click(await screen.findByRole("button", { name: "Disable" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Jane Doe is the customer's last active administrator. Make another user an administrator first.",
    );
    await user.click(screen.getByRole("button", { name: "Remove user" }));
    const dialog = screen.getByRole("alertdialog", { name: "Remove Jane Doe?" });
    await user.click(within(dialog).getByRole("button", { name: "Remove user" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(screen.getByRole("alert")).toHaveTextContent("last active administrator");
    expect(kit.sandbox.store.get("users", JANE)).toMatchObject({ status: "ACTIVE" });
    // Unticking the admin flag is refused too, next to the field.
    await user.click(screen.getByRole("checkbox", { name: "Administrator" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: "Administrator" })).toHaveAccessibleDescription(
        /last active administrator/,
      ),
    );
  });

  it("shows a conflict when someone else changed the user, and keeps the input", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit, { defaultUserId: JANE });
    const name = await screen.findByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Jane Q. Doe");
    // Someone else renames her meanwhile.
    const stored = kit.sandbox.store.get("users", JANE);
    if (!stored) throw new Error("seed");
    kit.sandbox.store.put("users", { ...stored, name: "Jane Smith", version: stored.version + 1 });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Someone else changed this")).toBeInTheDocument();
    expect(name).toHaveValue("Jane Q. Doe");
    await user.click(screen.getByRole("button", { name: "Reload current values" }));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Jane Smith"),
    );
    expect(screen.queryByText("Someone else changed this")).toBeNull();
  });

  it("is read-only: no add, edit, disable or remove", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit, { readOnly: true });
    expect(screen.queryByRole("button", { name: "Add user" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Harry Wilson" }));
    expect(await screen.findByRole("textbox", { name: "Name" })).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Disable" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Remove user" })).toBeNull();
  });
});
