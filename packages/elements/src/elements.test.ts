import { BASE_URL, createTestKit, SANDBOX_IDS, type TestKit } from "@customer-kit/hooks/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CustomerKit } from "./index";
import { subscriberCount } from "./store";

// Northwind: 543.72 units; Contoso: an invoice customer.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;
const TOTAL = '[data-part="units-balance-amount"]';

// Every listener added and not removed, by target: what an element leaves behind.
const live = new Map<EventTarget, number>();
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (...args: Parameters<typeof add>) {
  live.set(this, (live.get(this) ?? 0) + 1);
  return add.apply(this, args);
};
EventTarget.prototype.removeEventListener = function (...args: Parameters<typeof remove>) {
  live.set(this, (live.get(this) ?? 0) - 1);
  return remove.apply(this, args);
};
const listenersOn = (...targets: EventTarget[]) =>
  targets.reduce((sum, target) => sum + (live.get(target) ?? 0), 0);

function setUp(): TestKit {
  const kit = createTestKit();
  CustomerKit.configure({
    baseUrl: BASE_URL,
    getToken: () => "demo-reseller-a-admin",
  });
  return kit;
}

const placed: HTMLElement[] = [];
function place<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: string,
): HTMLElementTagNameMap[K] {
  const html = `<${tag} ${attributes}></${tag}>`;
  const host = document.createElement("div");
  placed.push(host);
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElementTagNameMap[K];
}

const waitFor = <T>(check: () => T) => vi.waitFor(check, { timeout: 8000, interval: 20 });
const balanceIn = (root: ParentNode) => root.querySelector(TOTAL)?.textContent;

/** Types into a React-controlled field as a user would (the native setter, then `input`). */
function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(field);
  Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(field, value);
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }),
  );
}
const labelled = <T extends HTMLElement>(root: ParentNode, text: string) => {
  const label = [...root.querySelectorAll("label")].find((l) => l.textContent?.trim() === text);
  const id = label?.htmlFor;
  return (id ? document.getElementById(id) : label?.querySelector("input,select,textarea")) as T;
};
const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll("button")].find(
    (b) => (b.getAttribute("aria-label") ?? b.textContent?.trim()) === name,
  ) as HTMLButtonElement;

afterEach(async () => {
  // The elements first (their roots unmount, dialogs' portals with them), then whatever is left.
  for (const host of placed.splice(0)) host.remove();
  await new Promise((r) => setTimeout(r, 0));
  document.body.replaceChildren();
  CustomerKit.reset();
});

describe("custom elements", () => {
  it("render their component from the attributes once the page is configured", async () => {
    const panel = place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    await new Promise((r) => setTimeout(r, 20));
    // Before configure(): the element waits, renders nothing, requests nothing.
    expect(panel.textContent).toBe("");
    const kit = setUp();
    await waitFor(() => expect(balanceIn(panel)).toBe("543.72"));
    expect(kit.count("GET", `/customers/${NORTHWIND}/units`)).toBe(1);
  });

  it("re-render when an attribute changes", async () => {
    setUp();
    const panel = place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    await waitFor(() => expect(balanceIn(panel)).toBe("543.72"));
    panel.setAttribute("customer-id", CONTOSO);
    await waitFor(() => expect(balanceIn(panel)).not.toBe("543.72"));
    expect(panel.customerId).toBe(CONTOSO);
    // Properties reflect to their attributes.
    panel.customerId = NORTHWIND;
    expect(panel.getAttribute("customer-id")).toBe(NORTHWIND);
    await waitFor(() => expect(balanceIn(panel)).toBe("543.72"));
  });

  it("share one cache: two elements for the same customer make one request of each kind", async () => {
    const kit = setUp();
    const one = place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    const two = place("ck-units-panel", `customer-id="${NORTHWIND}" shadow`);
    await waitFor(() => expect(balanceIn(one)).toBe("543.72"));
    await waitFor(() => expect(balanceIn(two.shadowRoot as ShadowRoot)).toBe("543.72"));
    const gets = kit.requests.filter((r) => r.startsWith("GET "));
    expect(gets.length).toBeGreaterThan(0);
    expect(gets, gets.join("\n")).toEqual([...new Set(gets)]);
  });

  it("unmount when removed (no React tree, no listeners left) and render again when put back", async () => {
    setUp();
    // A first element, so that what React sets up once per document is in the baseline.
    const first = place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    await waitFor(() => expect(balanceIn(first)).toBe("543.72"));
    first.remove();
    await Promise.resolve();
    const baseline = { listeners: listenersOn(document, window), subscribers: subscriberCount() };

    const panel = place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    const parent = panel.parentElement as HTMLElement;
    await waitFor(() => expect(balanceIn(panel)).toBe("543.72"));
    expect(subscriberCount()).toBe(baseline.subscribers + 1);
    expect(listenersOn(panel)).toBe(0);

    const mount = panel.firstElementChild as HTMLElement;
    expect(mount.hasAttribute("data-ck-mount")).toBe(true);
    panel.remove();
    await Promise.resolve();
    expect(panel.childNodes).toHaveLength(0);
    // React's own unmount emptied the wrapper (a root left alive would still render into it).
    expect(mount.childNodes).toHaveLength(0);
    expect(
      Object.keys(mount).filter((k) => k.startsWith("__react") && (mount as never)[k]),
    ).toEqual([]);
    expect(listenersOn(panel)).toBe(0);
    expect(listenersOn(document, window)).toBe(baseline.listeners);
    expect(subscriberCount()).toBe(baseline.subscribers);

    parent.append(panel);
    await waitFor(() => expect(balanceIn(panel)).toBe("543.72"));
  });

  it("keep their React root when moved within the page in one task", async () => {
    setUp();
    const panel = place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    await waitFor(() => expect(balanceIn(panel)).toBe("543.72"));
    const rendered = panel.querySelector(TOTAL);
    const elsewhere = document.createElement("section");
    document.body.append(elsewhere);
    elsewhere.append(panel);
    await new Promise((r) => setTimeout(r, 20));
    expect(panel.querySelector(TOTAL)).toBe(rendered);
  });

  it("dispatch ck-saved from the element the user booked a credit in, to a listener on document", async () => {
    const kit = setUp();
    const saved = vi.fn();
    document.addEventListener("ck-saved", (e) => saved(e.detail, e.target, e.bubbles, e.composed));
    const panel = place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    await waitFor(() => expect(balanceIn(panel)).toBe("543.72"));
    type(labelled<HTMLInputElement>(panel, "Amount"), "250");
    type(labelled<HTMLInputElement>(panel, "Description"), "Goodwill credit");
    button(panel, "Credit units").click();
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(saved).toHaveBeenCalledWith(
      {
        panel: "units",
        operation: "POST /customers/{customerId}/unit-transactions",
        customerId: NORTHWIND,
      },
      panel,
      true,
      true,
    );
    expect(kit.count("POST", `/customers/${NORTHWIND}/unit-transactions`)).toBe(1);
    // The other element shows the new balance from the same cache.
    await waitFor(() =>
      expect([...document.querySelectorAll(TOTAL)].map((t) => t.textContent)).toEqual([
        "793.72",
        "793.72",
      ]),
    );
  });

  it("dispatch ck-error with the client's error when a request fails", async () => {
    setUp();
    const errors = vi.fn();
    document.addEventListener("ck-error", (e) => errors(e.detail));
    place("ck-units-panel", `customer-id="00000000-0000-4000-8000-000000000000"`);
    await waitFor(() => expect(errors).toHaveBeenCalled());
    expect(errors.mock.calls[0]?.[0]).toMatchObject({
      panel: "units",
      customerId: "00000000-0000-4000-8000-000000000000",
      error: expect.objectContaining({ status: 404 }),
    });
  });

  it("the dialog opens from its open attribute; closing it dispatches ck-open-change and removes the attribute", async () => {
    setUp();
    const changes = vi.fn();
    document.addEventListener("ck-open-change", (e) => changes(e.detail));
    const dialog = place("ck-customer-dialog", `customer-id="${NORTHWIND}"`);
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    dialog.open = true;
    expect(dialog.hasAttribute("open")).toBe(true);
    await waitFor(() =>
      expect(document.querySelector('[role="dialog"] h2')?.textContent).toContain(
        "Northwind Traders",
      ),
    );
    button(document, "Close").click();
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    expect(changes).toHaveBeenCalledWith({ open: false });
    expect(dialog.hasAttribute("open")).toBe(false);
  });

  it("a prevented ck-open-change keeps the dialog open", async () => {
    setUp();
    document.addEventListener("ck-open-change", (e) => e.preventDefault());
    place("ck-customer-dialog", `customer-id="${NORTHWIND}" open`);
    await waitFor(() => expect(button(document, "Close")).toBeDefined());
    button(document, "Close").click();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
  });

  it("ck-tab-change follows the user's tab and reflects it to the tab attribute", async () => {
    setUp();
    const tabs = vi.fn();
    document.addEventListener("ck-tab-change", (e) => tabs(e.detail));
    const dialog = place("ck-customer-dialog", `customer-id="${NORTHWIND}" open tab="units"`);
    await waitFor(() => expect(balanceIn(document)).toBe("543.72"));
    const users = [...document.querySelectorAll<HTMLElement>('[data-part="dialog-tab"]')].find(
      (t) => t.textContent === "Users",
    ) as HTMLElement;
    // Radix tabs activate on mousedown (and on focus with the keyboard).
    users.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, button: 0 }));
    await waitFor(() => expect(tabs).toHaveBeenCalledWith({ tab: "users" }));
    expect(dialog.getAttribute("tab")).toBe("users");
  });

  it("in shadow mode render into an open shadow root and name each data-part as a part", async () => {
    setUp();
    const panel = place("ck-units-panel", `customer-id="${NORTHWIND}" shadow`);
    const shadow = panel.shadowRoot as ShadowRoot;
    expect(shadow).not.toBeNull();
    await waitFor(() => expect(balanceIn(shadow)).toBe("543.72"));
    expect(shadow.querySelector(TOTAL)?.getAttribute("part")).toBe("units-balance-amount");
    expect(panel.childNodes).toHaveLength(0);
    expect(panel.getAttribute("data-ck-scheme")).toBe("light");
  });
});

describe("<ck-provider> and the other elements", () => {
  it("<ck-provider> configures the page from its attributes and its getToken property", async () => {
    createTestKit();
    const panel = place("ck-units-panel", `customer-id="${NORTHWIND}"`);
    const provider = document.createElement("ck-provider");
    provider.setAttribute("base-url", BASE_URL);
    provider.setAttribute("color-scheme", "dark");
    document.body.append(provider);
    expect(CustomerKit.isConfigured).toBe(false);
    provider.getToken = () => "demo-reseller-a-admin";
    expect(CustomerKit.isConfigured).toBe(true);
    await waitFor(() => expect(balanceIn(panel)).toBe("543.72"));
    expect(panel.querySelector("[data-ck-root]")?.getAttribute("data-ck-scheme")).toBe("dark");
  });

  it("<ck-customers-table> lists the admin's customers; a prevented ck-open-customer opens no dialog", async () => {
    setUp();
    const opened = vi.fn();
    document.addEventListener("ck-open-customer", (e) => {
      e.preventDefault();
      opened(e.detail);
    });
    const table = place("ck-customers-table", `page-size="5" no-create`);
    expect(table.canCreate).toBe(false);
    const link = await waitFor(() => {
      const name = [...table.querySelectorAll("button, a")].find(
        (b) => b.textContent === "Northwind Traders",
      ) as HTMLElement | undefined;
      expect(name).toBeDefined();
      return name as HTMLElement;
    });
    expect(button(table, "New customer")).toBeUndefined();
    link.click();
    await waitFor(() => expect(opened).toHaveBeenCalledWith({ customerId: NORTHWIND }));
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });
});
