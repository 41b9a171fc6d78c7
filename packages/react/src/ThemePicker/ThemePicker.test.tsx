import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { ThemePicker } from "./ThemePicker";

// Typing through user-event against the sandbox is slow on a busy CI machine: more than 5 s.
vi.setConfig({ testTimeout: 20_000 });

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const readCustomer = async (kit: TestKit) =>
  (await kit.client.GET("/customers/{customerId}", { params: { path: { customerId: NORTHWIND } } }))
    .data;

/** Alpine, one of Reseller A's themes (slate grey and glacier blue). */
const alpine = (kit: TestKit) => {
  const theme = kit.sandbox.store.list("themes").find((th) => th.name === "Alpine");
  if (!theme) throw new Error("seed without Alpine");
  return theme;
};

async function open(kit: TestKit, props: Partial<Parameters<typeof ThemePicker>[0]> = {}) {
  const view = render(<ThemePicker customerId={NORTHWIND} {...props} />, { wrapper: kit.wrapper });
  const group = await screen.findByRole("group", { name: "Available themes" });
  return { ...view, group };
}

const activeTheme = () => screen.getByText("Active theme").nextElementSibling as HTMLElement;

describe("ThemePicker", () => {
  it("shows skeleton cards while loading", () => {
    const kit = createTestKit();
    render(<ThemePicker customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
  });

  it("shows the customer's own theme as chosen, and the themes as a radio group", async () => {
    const kit = createTestKit();
    const { group } = await open(kit);
    expect(activeTheme()).toHaveTextContent("Ocean");
    expect(activeTheme()).toHaveTextContent("Chosen for this customer");
    expect(within(group).getByRole("radio", { name: "Ocean" })).toBeChecked();
    expect(within(group).getByRole("radio", { name: "Use inherited theme" })).not.toBeChecked();
    expect(within(group).getByRole("radio", { name: "Alpine" })).toHaveAccessibleDescription(
      "Slate grey and glacier blue",
    );
  });

  it("says when the theme is inherited from the billing entity", async () => {
    const kit = createTestKit();
    const record = kit.sandbox.store.get("customers", NORTHWIND);
    if (!record) throw new Error("seed without Northwind");
    kit.sandbox.store.put("customers", { ...record, themeId: null });
    const { group } = await open(kit);
    expect(activeTheme()).toHaveTextContent("Ocean");
    expect(activeTheme()).toHaveTextContent("Inherited from the billing entity");
    const inherit = within(group).getByRole("radio", { name: "Use inherited theme" });
    expect(inherit).toBeChecked();
    expect(inherit).toHaveAccessibleDescription("Follow the billing entity's default, now Ocean.");
  });

  it("draws each preview in the theme's colours as SVG attributes, with no style attribute anywhere", async () => {
    const kit = createTestKit();
    const { container, group } = await open(kit);
    const theme = alpine(kit);
    const card = within(group).getByRole("radio", { name: "Alpine" }).closest("label");
    if (!card) throw new Error("no card");
    const svg = card.querySelector("svg");
    expect(svg?.querySelector(`[fill="${theme.primaryColor}"]`)).not.toBeNull();
    expect(svg?.querySelector(`[fill="${theme.accentColor}"]`)).not.toBeNull();
    expect(svg?.querySelector(`[fill="${theme.backgroundColor}"]`)).not.toBeNull();
    expect(svg?.querySelector(`[fill="${theme.textColor}"]`)).not.toBeNull();
    const logo = card.querySelector("img");
    expect(logo).toHaveAttribute("src", `http://sandbox.test/sandbox-assets/logos/${theme.id}.svg`);
    expect(logo).toHaveAttribute("alt", "");
    expect(container.querySelectorAll("[style]")).toHaveLength(0);
  });

  it("chooses a theme and saves it with one PATCH", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { group } = await open(kit);
    const save = screen.getByRole("button", { name: "Save" });
    expect(save).toBeDisabled();
    await user.click(within(group).getByRole("radio", { name: "Alpine" }));
    await user.click(save);
    expect(await screen.findByRole("status")).toHaveTextContent("Saved");
    expect(kit.count("PATCH", `/customers/${NORTHWIND}`)).toBe(1);
    expect((await readCustomer(kit)).themeId).toBe(alpine(kit).id);
    expect(activeTheme()).toHaveTextContent("Alpine");
    expect(activeTheme()).toHaveTextContent("Chosen for this customer");
  });

  it("moves through the themes with the arrow keys, and inherits with themeId null", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { group } = await open(kit);
    // The first card is "Use inherited theme"; arrow up from the second one reaches it.
    const radios = within(group).getAllByRole("radio");
    expect(radios[0]).toHaveAccessibleName("Use inherited theme");
    radios[1]?.focus();
    await user.keyboard("{ArrowUp}");
    await waitFor(() =>
      expect(within(group).getByRole("radio", { name: "Use inherited theme" })).toBeChecked(),
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved");
    const saved = await readCustomer(kit);
    expect(saved.themeId).toBeNull();
    expect(saved.activeTheme).toMatchObject({ name: "Ocean", source: "BILLING_ENTITY" });
    expect(activeTheme()).toHaveTextContent("Inherited from the billing entity");
  });

  it("shows the server's refusal next to the themes, and keeps the choice", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { group } = await open(kit);
    // Alpine is deleted after the list was read: the server refuses it.
    kit.sandbox.store.remove("themes", alpine(kit).id);
    const radio = within(group).getByRole("radio", { name: "Alpine" });
    await user.click(radio);
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await within(group).findByRole("alert")).toHaveTextContent(
      "Must be a theme of the customer's billing entity",
    );
    expect(group).toHaveAccessibleDescription(/Must be a theme/);
    expect(radio).toBeChecked();
  });

  it("keeps the choice through closing (a draft)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { group, rerender } = await open(kit);
    await user.click(within(group).getByRole("radio", { name: "Alpine" }));
    rerender(<p>closed</p>);
    rerender(<ThemePicker customerId={NORTHWIND} />);
    const again = await screen.findByRole("group", { name: "Available themes" });
    await waitFor(() => expect(within(again).getByRole("radio", { name: "Alpine" })).toBeChecked());
  });

  it("keeps the choice through a conflict, and reloads when asked", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { group } = await open(kit);
    await user.click(within(group).getByRole("radio", { name: "Alpine" }));
    await kit.client.PATCH("/customers/{customerId}", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { themeId: null },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Someone else changed this")).toBeInTheDocument();
    expect(within(group).getByRole("radio", { name: "Alpine" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Reload current values" }));
    const again = await screen.findByRole("group", { name: "Available themes" });
    await waitFor(() =>
      expect(within(again).getByRole("radio", { name: "Use inherited theme" })).toBeChecked(),
    );
  });

  it("read-only: shows the themes, and nothing can be chosen or saved", async () => {
    const kit = createTestKit();
    const { group } = await open(kit, { readOnly: true });
    for (const radio of within(group).getAllByRole("radio")) expect(radio).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });

  it("says so when there are no themes to choose from", async () => {
    const kit = createTestKit();
    for (const theme of kit.sandbox.store.list("themes"))
      kit.sandbox.store.remove("themes", theme.id);
    render(<ThemePicker customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByText("No themes to choose from")).toBeInTheDocument();
    expect(screen.queryByRole("radio")).toBeNull();
  });

  it("shows an error with retry when the themes cannot be read", async () => {
    const kit = createTestKit({ faults: { status: { listCustomerThemes: 500 } } });
    const user = userEvent.setup();
    render(<ThemePicker customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("group", { name: "Available themes" })).toBeInTheDocument();
  });
});
