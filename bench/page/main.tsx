/**
 * The bench page: the kit as a host embeds it (its provider, the stylesheet, `CustomerDialog`,
 * `CustomersTable`), plus a baseline of one bare `fetch` and a minimal render. Built in production
 * mode by `bench/run.ts`; everything it needs comes in the query string:
 * `?api=<sandbox /api/v1 URL>&token=<bearer>&view=dialog|baseline|table[&pageSize=25]`.
 */
import "@customer-kit/react/styles.css";
import {
  CustomerDialog,
  CustomerKitProvider,
  CustomersTable,
  type TabId,
} from "@customer-kit/react";
import { useState, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { nextClick, panelSettled, probe, resourceAfter, type Timing, when } from "./probe";

const params = new URLSearchParams(location.search);
const api = params.get("api") ?? "";
const token = params.get("token") ?? "";
const view = params.get("view") ?? "dialog";
const pageSize = Number(params.get("pageSize") ?? 25);

/** The customer the next click opens; set from the bench through `bench.arm`. */
let armed = { id: "", name: "", generation: 0 };
const listeners = new Set<() => void>();
const useArmed = () =>
  useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => armed,
  );

function DialogView() {
  const { id, name } = useArmed();
  const [open, setOpen] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>("configuration");
  return (
    <main>
      <button
        type="button"
        data-bench="open"
        onClick={() => {
          setTab("configuration");
          setOpen(id);
        }}
      >
        Manage {name}
      </button>
      {/* Mounted while open only, as CustomersTable does: a close unmounts the whole dialog. */}
      {open && (
        <CustomerDialog
          customerId={open}
          open
          onOpenChange={(isOpen) => !isOpen && setOpen(null)}
          tab={tab}
          onTabChange={setTab}
        />
      )}
    </main>
  );
}

/** The least a host could do: one `fetch` of the customer on click, its name in a heading. */
function BaselineView() {
  const { id, generation } = useArmed();
  const [shown, setShown] = useState<{ generation: number; name: string } | null>(null);
  return (
    <main>
      <button
        type="button"
        data-bench="open"
        onClick={async () => {
          const response = await fetch(`${api}/customers/${id}`, {
            headers: { Authorization: `Bearer ${token}` },
          });
          const customer = (await response.json()) as { name: string };
          setShown({ generation, name: customer.name });
        }}
      >
        Open
      </button>
      {shown?.generation === generation && <h2 data-bench="baseline-name">{shown.name}</h2>}
    </main>
  );
}

const title = () => document.querySelector('[data-part="dialog-title"]')?.textContent ?? null;
const baselineName = () => document.querySelector('[data-bench="baseline-name"]')?.textContent;
const dialogGone = () => !document.querySelector('[data-part="dialog-content"]');

let pending: Promise<Timing> | undefined;

/** What `bench/run.ts` calls (through `page.evaluate`). */
const bench = {
  ...probe,
  view,
  /** Sets the customer the next click opens, and starts timing from that click. */
  async arm(id: string, name: string) {
    armed = { id, name, generation: armed.generation + 1 };
    for (const notify of listeners) notify();
    const isName = view === "baseline" ? () => baselineName() === name : () => title() === name;
    pending = nextClick().then(async (clickedAt) => {
      const [nameAt, panelAt] = await Promise.all([
        when(isName, `the name "${name}"`),
        view === "dialog" ? when(panelSettled, "the first panel's content") : undefined,
      ]);
      const fetched = resourceAfter(`/customers/${id}`, clickedAt);
      return {
        name: nameAt - clickedAt,
        ...(panelAt !== undefined && { panel: panelAt - clickedAt }),
        ...(fetched && {
          fetchStart: fetched.startTime - clickedAt,
          responseEnd: fetched.responseEnd - clickedAt,
        }),
      };
    });
    // Rendered (the button knows the customer) before the bench clicks.
    await new Promise((resolve) => requestAnimationFrame(resolve));
  },
  /** The timing of the click after the last `arm`. */
  result: () => pending ?? Promise.reject(new Error("bench: arm() first")),
  /** Resolves when the open panel shows its content; `error` when that is an error state. */
  async settled() {
    const at = await when(panelSettled, "the open panel's content");
    const error = !!document.querySelector(
      '[data-part="dialog-panel"][data-state="active"] [data-part="error-state"]',
    );
    return { at, error };
  },
  /** Resolves once the dialog is gone from the page (closed and unmounted). */
  closed: () => when(dialogGone, "the dialog closing"),
  /**
   * One round of the heap bench, in the page so that no round trip slows it: open the armed
   * customer, open every tab in turn (Radix activates a tab on mousedown) and wait for its
   * content, close with Escape. Returns the tabs visited.
   */
  async cycle(): Promise<{ tabs: string[]; ms: Record<string, number> }> {
    const ms: Record<string, number> = {};
    let t = performance.now();
    const lap = (what: string) => {
      ms[what] = performance.now() - t;
      t = performance.now();
    };
    document.querySelector<HTMLButtonElement>('[data-bench="open"]')?.click();
    // Rendered is enough here (no frame to wait for): the heap is what this measures.
    const rendered = { frame: false };
    await when(() => title() === armed.name && panelSettled(), "the dialog's content", rendered);
    const tabs = [...document.querySelectorAll<HTMLElement>('[data-part="dialog-tab"]')];
    const ids = tabs.map((tab) => tab.id.replace(/^.*-trigger-/, ""));
    lap(ids[0] ?? "open");
    for (const [i, tab] of tabs.entries()) {
      if (i === 0) continue;
      tab.dispatchEvent(
        new MouseEvent("mousedown", { bubbles: true, cancelable: true, button: 0 }),
      );
      await when(
        () => tab.dataset.state === "active" && panelSettled(),
        `the panel of tab "${tab.textContent}"`,
        rendered,
      );
      lap(ids[i] as string);
    }
    (document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }),
    );
    await when(dialogGone, "the dialog closing", rendered);
    lap("close");
    return { tabs: ids, ms };
  },
};
declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;

const root = createRoot(document.getElementById("root") as HTMLElement);
if (view === "baseline") {
  // No kit at all: the baseline pays only for React, one request and one heading.
  root.render(<BaselineView />);
} else {
  root.render(
    <CustomerKitProvider baseUrl={api} getToken={() => token}>
      {view === "table" ? <CustomersTable pageSize={pageSize} /> : <DialogView />}
    </CustomerKitProvider>,
  );
}
