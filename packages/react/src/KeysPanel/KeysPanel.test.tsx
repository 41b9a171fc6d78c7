import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { KeysPanel } from "./KeysPanel";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

async function open(kit: TestKit, props: Partial<Parameters<typeof KeysPanel>[0]> = {}) {
  const view = render(<KeysPanel customerId={NORTHWIND} {...props} />, { wrapper: kit.wrapper });
  await screen.findByRole("table", { name: "Keys" });
  return view;
}

const row = (name: string) =>
  screen.getByRole("cell", { name }).closest("tr") as HTMLTableRowElement;
const stored = (kit: TestKit, name: string) =>
  kit.sandbox.store.list("keys", NORTHWIND).find((k) => k.name === name);

// Many user-event steps against the sandbox: more than the default 5 s on a busy machine.
describe("KeysPanel", { timeout: 20_000 }, () => {
  it("shows skeleton rows while the keys load", () => {
    const kit = createTestKit();
    render(<KeysPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading keys…");
  });

  it("lists the seeded keys: name, type label, value with a copy button, weight", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const cost = within(row("billing.costCentre"));
    expect(cost.getByText("User key")).toBeInTheDocument();
    expect(cost.getByText("CC-4711")).toHaveAttribute("title", "CC-4711");
    expect(cost.getAllByRole("cell")[3]).toHaveTextContent(/^Weight 0$/);
    expect(within(row("placement.zone")).getByText("Placement key")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy the value of billing.costCentre" }));
    expect(await navigator.clipboard.readText()).toBe("CC-4711");
  });

  it("shows an empty state whose action opens the add form", async () => {
    const kit = createTestKit();
    for (const k of kit.sandbox.store.list("keys", NORTHWIND))
      kit.sandbox.store.remove("keys", k.id);
    const user = userEvent.setup();
    render(<KeysPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await user.click(await screen.findByRole("button", { name: "Add the first key" }));
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
  });

  it("shows an error with a retry", async () => {
    const kit = createTestKit({ faults: { status: { listKeys: 500 } } });
    const user = userEvent.setup();
    render(<KeysPanel customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Keys" })).toBeInTheDocument();
  });

  it("adds a key by keyboard, and lists it", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Add key" }));
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
    await user.keyboard("project.code");
    await user.tab();
    await user.selectOptions(screen.getByRole("combobox", { name: "Type" }), "SYSTEM_KEY");
    await user.type(screen.getByRole("textbox", { name: "Value" }), "PRJ-042");
    const weight = screen.getByRole("textbox", { name: "Weight" });
    await user.clear(weight);
    await user.type(weight, "10{Enter}");
    expect(await screen.findByText("The key project.code was added.")).toBeInTheDocument();
    await waitFor(() => expect(within(row("project.code")).getByText("System key")).toBeVisible());
    expect(stored(kit, "project.code")).toMatchObject({
      value: "PRJ-042",
      type: "SYSTEM_KEY",
      weight: 10,
    });
  });

  it("puts the server's duplicate name error next to the name field", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Add key" }));
    await user.keyboard("billing.costCentre");
    await user.type(screen.getByRole("textbox", { name: "Value" }), "CC-1");
    await user.click(within(screen.getByRole("form")).getByRole("button", { name: "Add key" }));
    await waitFor(() =>
      // The kit's own message for the server's `unique` code, not the server's English.
      expect(screen.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(
        /^Already in use: choose another\./,
      ),
    );
    expect(screen.getByRole("textbox", { name: "Value" })).toHaveValue("CC-1");
  });

  it("edits a key; Escape closes the form and returns focus to its Edit button", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const edit = screen.getByRole("button", { name: "Edit billing.costCentre" });
    await user.click(edit);
    const form = screen.getByRole("form", { name: "Edit billing.costCentre" });
    expect(within(form).getByRole("textbox", { name: "Name" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("form")).toBeNull();
    await waitFor(() => expect(edit).toHaveFocus());
    await user.keyboard("{Enter}");
    const value = screen.getByRole("textbox", { name: "Value" });
    await user.clear(value);
    await user.type(value, "CC-9000");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("The key billing.costCentre was saved.")).toBeInTheDocument();
    await waitFor(() =>
      expect(within(row("billing.costCentre")).getByText("CC-9000")).toBeVisible(),
    );
    expect(stored(kit, "billing.costCentre")?.value).toBe("CC-9000");
  });

  it("shows a conflict when someone else changed the key, and keeps the input", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Edit billing.costCentre" }));
    const value = screen.getByRole("textbox", { name: "Value" });
    await user.clear(value);
    await user.type(value, "CC-1111");
    const key = stored(kit, "billing.costCentre");
    if (!key) throw new Error("seed");
    kit.sandbox.store.put("keys", { ...key, value: "CC-2222", version: key.version + 1 });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Someone else changed this")).toBeInTheDocument();
    expect(value).toHaveValue("CC-1111");
    await user.click(screen.getByRole("button", { name: "Reload current values" }));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Value" })).toHaveValue("CC-2222"),
    );
    expect(screen.queryByText("Someone else changed this")).toBeNull();
  });

  it("removes a key after a confirmation that names it", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Remove placement.zone" }));
    const dialog = screen.getByRole("alertdialog", { name: "Remove the key placement.zone?" });
    await user.click(within(dialog).getByRole("button", { name: "Remove key" }));
    expect(await screen.findByText("The key placement.zone was removed.")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("cell", { name: "placement.zone" })).toBeNull());
    expect(stored(kit, "placement.zone")).toBeUndefined();
  });

  it("refuses to remove a key someone changed meanwhile, and says so", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const key = stored(kit, "placement.zone");
    if (!key) throw new Error("seed");
    kit.sandbox.store.put("keys", { ...key, value: "zone-a", version: key.version + 1 });
    await user.click(screen.getByRole("button", { name: "Remove placement.zone" }));
    const dialog = screen.getByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Remove key" }));
    expect(await within(dialog).findByText(/changed this key meanwhile/)).toBeInTheDocument();
    expect(stored(kit, "placement.zone")).toBeDefined();
  });

  it("keeps the add form's draft across an unmount", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { rerender } = await open(kit);
    await user.click(screen.getByRole("button", { name: "Add key" }));
    await user.keyboard("half.typed");
    rerender(<p>another tab</p>);
    rerender(<KeysPanel customerId={NORTHWIND} defaultAddOpen />);
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("half.typed"),
    );
  });

  it("is read-only: no add, edit or remove", async () => {
    const kit = createTestKit();
    await open(kit, { readOnly: true });
    expect(screen.queryByRole("button", { name: "Add key" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Edit / })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Remove / })).toBeNull();
    expect(screen.getByText("CC-4711")).toBeInTheDocument();
  });
});
