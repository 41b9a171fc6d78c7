import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import de from "../locales/de";
import { CustomerKitProvider } from "../provider/CustomerKitProvider";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { CustomerDialog, type CustomerDialogProps, TAB_IDS, type TabId } from ".";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const MISSING = "00000000-0000-4000-8000-000000000000";

// The first open loads the panels' code; on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

function open(kit: TestKit, props: Partial<CustomerDialogProps> = {}) {
  const user = userEvent.setup();
  const view = render(<CustomerDialog customerId={NORTHWIND} defaultOpen {...props} />, {
    wrapper: kit.wrapper,
  });
  return { user, ...view };
}

const heading = () => screen.findByRole("heading", { level: 2, name: "Northwind Traders" });

function TabHost() {
  const [tab, setTab] = useState<TabId>("units");
  return (
    <>
      <p>host: {tab}</p>
      <CustomerDialog customerId={NORTHWIND} defaultOpen tab={tab} onTabChange={setTab} />
    </>
  );
}

/** A host that opens the dialog with its own button and `open`. */
function OpenHost() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Manage Northwind
      </button>
      <CustomerDialog customerId={NORTHWIND} open={open} onOpenChange={setOpen} />
    </>
  );
}

async function chooseAction(user: ReturnType<typeof userEvent.setup>, name: string) {
  await heading();
  await user.click(screen.getByRole("button", { name: "More actions" }));
  await user.click(await screen.findByRole("menuitem", { name }));
}

// The dialog loads its panels on demand; on a busy machine a first render takes seconds.
describe("CustomerDialog", { timeout: 20_000 }, () => {
  it("opens with the customer's name and status, a skeleton first", async () => {
    const kit = createTestKit();
    open(kit);
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByRole("status")).toHaveTextContent("Loading…");
    expect(await heading()).toBeInTheDocument();
    expect(dialog).toHaveAccessibleName("Northwind Traders");
    expect(within(dialog).getByText("Active")).toBeInTheDocument();
    expect(within(dialog).getAllByRole("tab")).toHaveLength(TAB_IDS.length);
  });

  it("shows an error state in the dialog for a customer that does not exist", async () => {
    const kit = createTestKit();
    open(kit, { customerId: MISSING });
    const dialog = screen.getByRole("dialog");
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Customer not found");
    expect(within(dialog).queryByRole("tablist")).toBeNull();
    expect(screen.getByRole("button", { name: "More actions" })).toBeDisabled();
  });

  it("renames inline: Enter saves, and focus goes back to Edit", async () => {
    const kit = createTestKit();
    const { user } = open(kit);
    await heading();
    await user.click(screen.getByRole("button", { name: "Edit name" }));
    const input = screen.getByRole("textbox", { name: "Customer name" });
    expect(input).toHaveFocus();
    expect(input).toHaveValue("Northwind Traders");
    await user.type(input, " Ltd{Enter}");

    expect(
      await screen.findByRole("heading", { level: 2, name: "Northwind Traders Ltd" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Edit name" })).toHaveFocus();
    expect(kit.count("PATCH", `/customers/${NORTHWIND}`)).toBe(1);
  });

  it("cancels the rename with Escape, and the dialog stays open", async () => {
    const kit = createTestKit();
    const onOpenChange = vi.fn();
    const { user } = open(kit, { onOpenChange });
    await heading();
    await user.click(screen.getByRole("button", { name: "Edit name" }));
    await user.type(screen.getByRole("textbox", { name: "Customer name" }), " nope");
    await user.keyboard("{Escape}");

    expect(screen.queryByRole("textbox", { name: "Customer name" })).toBeNull();
    expect(await heading()).toBeInTheDocument();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Edit name" })).toHaveFocus();
    expect(kit.count("PATCH", `/customers/${NORTHWIND}`)).toBe(0);
  });

  it("shows the contract's error next to the name, and sends nothing", async () => {
    const kit = createTestKit();
    const { user } = open(kit);
    await heading();
    await user.click(screen.getByRole("button", { name: "Edit name" }));
    const input = screen.getByRole("textbox", { name: "Customer name" });
    await user.clear(input);
    await user.keyboard("{Enter}");
    expect(input).toHaveAccessibleDescription("Required.");
    expect(input).toBeInvalid();
    expect(kit.count("PATCH", `/customers/${NORTHWIND}`)).toBe(0);
  });

  it("keeps a half-typed name through closing and opening the dialog", async () => {
    const kit = createTestKit();
    const { user, rerender } = open(kit);
    await heading();
    await user.click(screen.getByRole("button", { name: "Edit name" }));
    await user.type(screen.getByRole("textbox", { name: "Customer name" }), " (draft)");

    rerender(<CustomerDialog customerId={NORTHWIND} open={false} />);
    expect(screen.queryByRole("dialog")).toBeNull();
    rerender(<CustomerDialog customerId={NORTHWIND} open />);
    expect(await screen.findByRole("textbox", { name: "Customer name" })).toHaveValue(
      "Northwind Traders (draft)",
    );
  });

  it("switches tabs by click and by arrow keys", async () => {
    const kit = createTestKit();
    const onTabChange = vi.fn();
    const { user } = open(kit, { onTabChange });
    await heading();
    const tab = (name: string) => screen.getByRole("tab", { name });
    expect(tab("Configuration")).toHaveAttribute("aria-selected", "true");

    await user.click(tab("Units"));
    expect(tab("Units")).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Units");
    expect(onTabChange).toHaveBeenLastCalledWith("units");

    // The list is vertical on a wide screen: down and up move, Home and End go to the ends.
    await user.keyboard("{ArrowDown}");
    expect(tab("Validate customer")).toHaveFocus();
    expect(tab("Validate customer")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{End}");
    expect(screen.getAllByRole("tab").at(-1)).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Home}");
    expect(tab("Configuration")).toHaveAttribute("aria-selected", "true");
  });

  it("follows a controlled tab", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<TabHost />, { wrapper: kit.wrapper });
    await heading();
    expect(screen.getByRole("tab", { name: "Units" })).toHaveAttribute("aria-selected", "true");
    await user.click(screen.getByRole("tab", { name: "Keys" }));
    expect(screen.getByRole("tab", { name: "Keys" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("host: keys", { exact: false })).toBeInTheDocument();

    // A host that does not take the change keeps its tab.
    const fixed = render(
      <CustomerDialog customerId={NORTHWIND} defaultOpen tab="language" onTabChange={() => {}} />,
      { wrapper: kit.wrapper },
    );
    const second = within(fixed.baseElement).getAllByRole("dialog").at(-1) as HTMLElement;
    await user.click(within(second).getByRole("tab", { name: "Themes" }));
    expect(within(second).getByRole("tab", { name: "Language" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  });

  it("shows the tabs `tabs` chooses, in its order", async () => {
    const kit = createTestKit();
    open(kit, { tabs: ["keys", "units", "language"] });
    await heading();
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual([
      "Keys",
      "Units",
      "Language",
    ]);
    expect(screen.getByRole("tab", { name: "Keys" })).toHaveAttribute("aria-selected", "true");
    // Focus starts on the open tab, so the arrow keys move through the settings at once.
    expect(screen.getByRole("tab", { name: "Keys" })).toHaveFocus();
  });

  it("offers only the title-bar actions `actions` allows", async () => {
    const kit = createTestKit();
    const { user, unmount } = open(kit, { actions: ["delete"] });
    await heading();
    expect(screen.queryByRole("button", { name: "Edit name" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "More actions" }));
    const items = await screen.findAllByRole("menuitem");
    expect(items.map((item) => item.textContent)).toEqual(["Delete"]);
    unmount();

    open(createTestKit(), { actions: [] });
    await heading();
    expect(screen.queryByRole("button", { name: "More actions" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Edit name" })).toBeNull();
  });

  it("creates a similar customer and opens it", async () => {
    const kit = createTestKit();
    const onOpenCustomer = vi.fn();
    const { user } = open(kit, { onOpenCustomer });
    await chooseAction(user, "Create similar");
    const form = await screen.findByRole("dialog", { name: "Create a similar customer" });
    expect(form).toHaveAccessibleDescription(/Northwind Traders/);
    const name = within(form).getByRole("textbox", { name: "Name of the new customer" });
    expect(name).toHaveFocus();

    await user.click(within(form).getByRole("button", { name: "Create customer" }));
    expect(name).toHaveAccessibleDescription("Required.");
    expect(kit.count("POST", `/customers/${NORTHWIND}/similar`)).toBe(0);

    await user.type(name, "Northwind Traders East");
    await user.click(within(form).getByRole("button", { name: "Create customer" }));

    await waitFor(() => expect(onOpenCustomer).toHaveBeenCalledTimes(1));
    const newId = onOpenCustomer.mock.calls[0]?.[0] as string;
    expect(newId).toMatch(/^[0-9a-f-]{36}$/);
    expect(newId).not.toBe(NORTHWIND);
    // The dialog now shows the new customer.
    expect(
      await screen.findByRole("heading", { level: 2, name: "Northwind Traders East" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("dialog", { name: "Create a similar customer" })).toBeNull();
    await waitFor(() => expect(screen.getByRole("button", { name: "More actions" })).toHaveFocus());
    expect(kit.count("POST", `/customers/${NORTHWIND}/similar`)).toBe(1);
  });

  it("stays on the customer when the host prevents opening the new one", async () => {
    const kit = createTestKit();
    const onOpenCustomer = vi.fn((_id: string, event: { preventDefault(): void }) =>
      event.preventDefault(),
    );
    const { user } = open(kit, { onOpenCustomer });
    await chooseAction(user, "Create similar");
    const form = await screen.findByRole("dialog", { name: "Create a similar customer" });
    await user.type(within(form).getByRole("textbox"), "Elsewhere Ltd{Enter}");
    await waitFor(() => expect(onOpenCustomer).toHaveBeenCalled());
    expect(await heading()).toBeInTheDocument();
  });

  it("logs in as the customer: a reason is required, then onImpersonate gets the token and URL", async () => {
    const kit = createTestKit();
    const onImpersonate = vi.fn();
    const { user } = open(kit, { onImpersonate });
    await chooseAction(user, "Login to CP");
    const form = await screen.findByRole("dialog", { name: "Log in as Northwind Traders" });
    const reason = within(form).getByRole("textbox", { name: "Reason" });

    await user.click(within(form).getByRole("button", { name: "Log in" }));
    expect(reason).toHaveAccessibleDescription(/Required\./);
    expect(onImpersonate).not.toHaveBeenCalled();
    expect(kit.count("POST", `/customers/${NORTHWIND}/impersonations`)).toBe(0);

    await user.type(reason, "Customer asked for help (ticket 4711)");
    await user.click(within(form).getByRole("button", { name: "Log in" }));
    await waitFor(() => expect(onImpersonate).toHaveBeenCalledTimes(1));
    const [impersonation] = onImpersonate.mock.calls[0] ?? [];
    expect(impersonation).toMatchObject({
      token: expect.stringMatching(/^imp_/),
      controlPanelUrl: expect.stringContaining("token=imp_"),
      branding: expect.objectContaining({ source: "CUSTOMER" }),
    });
    expect(screen.queryByRole("dialog", { name: "Log in as Northwind Traders" })).toBeNull();
  });

  it("by default opens the control panel in a tab opened at the click", async () => {
    const kit = createTestKit();
    const tab = { opener: {} as unknown, location: { href: "" }, close: vi.fn() };
    const windowOpen = vi.spyOn(window, "open").mockReturnValue(tab as unknown as Window);
    const { user } = open(kit);
    await chooseAction(user, "Login to CP");
    const form = await screen.findByRole("dialog", { name: "Log in as Northwind Traders" });
    await user.type(within(form).getByRole("textbox", { name: "Reason" }), "Support call{Enter}");

    expect(windowOpen).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(tab.location.href).toContain("token=imp_"));
    expect(tab.opener).toBeNull();
    expect(tab.close).not.toHaveBeenCalled();
  });

  it("hands onImpersonate the reason and the tab opened at the click, which goes where the host says", async () => {
    const kit = createTestKit();
    const tab = { opener: {} as unknown, location: { href: "" }, close: vi.fn() };
    const windowOpen = vi.spyOn(window, "open").mockReturnValue(tab as unknown as Window);
    const onImpersonate = vi.fn(
      async (_: unknown, context: { reason: string; tab: { open(url: string): void } | null }) => {
        // A host that first fetches what its page shows: the tab waits for the promise.
        await new Promise((resolve) => setTimeout(resolve, 10));
        context.tab?.open("/impersonation#started");
      },
    );
    const { user } = open(kit, { onImpersonate });
    await chooseAction(user, "Login to CP");
    const form = await screen.findByRole("dialog", { name: "Log in as Northwind Traders" });
    await user.type(within(form).getByRole("textbox", { name: "Reason" }), "Ticket 4711{Enter}");

    expect(windowOpen).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(tab.location.href).toBe("/impersonation#started"));
    expect(onImpersonate.mock.calls[0]?.[1]).toMatchObject({ reason: "Ticket 4711" });
    expect(tab.close).not.toHaveBeenCalled();
  });

  it("closes the tab opened at the click when onImpersonate leaves it unused", async () => {
    const kit = createTestKit();
    const tab = { opener: {} as unknown, location: { href: "" }, close: vi.fn() };
    vi.spyOn(window, "open").mockReturnValue(tab as unknown as Window);
    const onImpersonate = vi.fn();
    const { user } = open(kit, { onImpersonate });
    await chooseAction(user, "Login to CP");
    const form = await screen.findByRole("dialog", { name: "Log in as Northwind Traders" });
    await user.type(within(form).getByRole("textbox", { name: "Reason" }), "Ticket 4712{Enter}");
    await waitFor(() => expect(onImpersonate).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(tab.close).toHaveBeenCalled());
    expect(tab.location.href).toBe("");
  });

  it("opens More actions from the keyboard before and after its code has loaded", async () => {
    const kit = createTestKit();
    const { user } = open(kit);
    expect(await heading()).toBeInTheDocument();
    const more = screen.getByRole("button", { name: "More actions" });
    expect(more).toHaveAttribute("aria-haspopup", "menu");
    more.focus();
    await user.keyboard("{ArrowDown}");
    expect(await screen.findByRole("menuitem", { name: "Delete" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
    // The real trigger took the look-alike's place and has focus back.
    expect(screen.getByRole("button", { name: "More actions" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("menuitem", { name: "Login to CP" })).toBeInTheDocument();
  });

  it("offers Login to CP on the Resources tab, and gives focus back to that button", async () => {
    const kit = createTestKit();
    const { user } = open(kit, { defaultTab: "resources" });
    const login = await screen.findByRole("button", { name: "Log in as customer" });
    await user.click(login);
    const form = await screen.findByRole("dialog", { name: "Log in as Northwind Traders" });
    expect(within(form).getByRole("textbox", { name: "Reason" })).toHaveFocus();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog", { name: /Log in as/ })).toBeNull());
    expect(screen.getByRole("button", { name: "Log in as customer" })).toHaveFocus();
  });

  it("has no Login to CP on the Resources tab when the host leaves that action out", async () => {
    const kit = createTestKit();
    open(kit, { defaultTab: "resources", actions: ["rename"] });
    expect(await screen.findByText(/read-only here/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Log in as customer" })).toBeNull();
  });

  it("opens a user linked on the Information tab in the Users tab", async () => {
    const kit = createTestKit();
    const { user } = open(kit, { defaultTab: "information" });
    await screen.findByRole("table", { name: "Related resources" });
    await user.click(await screen.findByRole("button", { name: "Jane Doe" }));
    expect(await screen.findByRole("tab", { name: "Users", selected: true })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Jane Doe" })).toBeInTheDocument();
  });

  it("deletes after the name is typed, names the customer, then onDeleted and closes", async () => {
    const kit = createTestKit();
    const onDeleted = vi.fn();
    const onOpenChange = vi.fn();
    const { user } = open(kit, { onDeleted, onOpenChange });
    await chooseAction(user, "Delete");
    const alert = await screen.findByRole("alertdialog", { name: "Delete Northwind Traders?" });
    expect(alert).toHaveAccessibleDescription(
      /Northwind Traders leaves every customer list and can no longer be opened/,
    );
    const confirm = within(alert).getByRole("textbox", {
      name: "Type Northwind Traders to confirm",
    });
    expect(confirm).toHaveFocus();

    await user.click(within(alert).getByRole("button", { name: "Delete customer" }));
    expect(confirm).toHaveAccessibleDescription("The name does not match.");
    expect(kit.count("DELETE", `/customers/${NORTHWIND}`)).toBe(0);

    await user.type(confirm, "Northwind Traders");
    await user.click(within(alert).getByRole("button", { name: "Delete customer" }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(NORTHWIND));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const after = await kit.client
      .GET("/customers/{customerId}", { params: { path: { customerId: NORTHWIND } } })
      .catch((error: { status: number }) => error);
    expect(after).toMatchObject({ status: 404 });
  });

  it("gives focus back to the host's own button on close (controlled open)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<OpenHost />, { wrapper: kit.wrapper });
    const opener = screen.getByRole("button", { name: "Manage Northwind" });
    await user.click(opener);
    await heading();
    expect(screen.getByRole("dialog")).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());

    // And through the close button, with the keyboard.
    await user.keyboard("{Enter}");
    await heading();
    await user.click(screen.getByRole("button", { name: "Close" }));
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it("gives focus back to its trigger", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(
      <CustomerDialog customerId={NORTHWIND} trigger={<button type="button">Open</button>} />,
      { wrapper: kit.wrapper },
    );
    await user.click(screen.getByRole("button", { name: "Open" }));
    await heading();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.getByRole("button", { name: "Open" })).toHaveFocus());
  });

  it("speaks the provider's locale", async () => {
    const kit = createTestKit({ locale: "de", messages: de });
    open(kit);
    await heading();
    expect(screen.getByRole("tab", { name: "Ressourcenlimits" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Weitere Aktionen" })).toBeInTheDocument();
    expect(screen.getByText("Aktiv")).toBeInTheDocument();
  });

  it("passes the nonce to the style Radix's scroll lock injects, and sets no style attributes of its own", async () => {
    const kit = createTestKit();
    render(
      <CustomerKitProvider client={kit.client} queryClient={kit.queryClient} nonce="n0nce">
        <CustomerDialog customerId={NORTHWIND} defaultOpen tabs={["language"]} />
      </CustomerKitProvider>,
    );
    await heading();
    const styles = [...document.head.querySelectorAll("style")];
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.map((s) => s.getAttribute("nonce"))).toEqual(styles.map(() => "n0nce"));

    // Radix sets `style` (through the CSSOM, which a CSP allows) on its own parts only: the
    // overlay and the content (`pointer-events`, for the modal's outside-click blocking), the
    // focus guards (invisible), the tab list (RovingFocusGroup: `outline: none`) and the tab
    // panel (`animation-duration: 0s` on first mount); and `pointer-events: none` on <body>.
    // Nothing of ours has one.
    const styled = [...document.body.querySelectorAll("[style]")].map(
      (el) =>
        el.getAttribute("data-part") ??
        (el.hasAttribute("data-radix-focus-guard") ? "focus-guard" : el.tagName.toLowerCase()),
    );
    expect(new Set(styled)).toEqual(
      new Set([
        "dialog-overlay",
        "dialog-content",
        "focus-guard",
        "dialog-tablist",
        "dialog-panel",
      ]),
    );
    expect(document.body.getAttribute("style")).toBe("pointer-events: none;");
    await act(async () => {});
  });
});
