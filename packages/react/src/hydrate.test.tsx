/**
 * Every component hydrates without warnings: the server's HTML (rendered where there is no
 * `window` or `document`) is what the browser's first render makes of the same tree, so React keeps
 * it instead of throwing it away, and the user sees no flash, neither of a skeleton over data that
 * was already on the page nor of other text.
 *
 * The "server" renders with `renderToString` while `window` and `document` are hidden (so a
 * component's `typeof window` branches take their server side, as in Node: see ssr.test.tsx),
 * with a QueryClient of its own, and ships its dehydrated state through JSON, as a page does. The
 * "browser" puts the HTML in a container and `hydrateRoot`s the same tree into a new QueryClient.
 * A mismatch shows in React's `console.error` ("did not match", "A tree hydrated but…") or in
 * `onRecoverableError` (the tree was rendered again on the client): both fail the test.
 */
import { prefetchCustomer, prefetchCustomers } from "@customer-kit/hooks/queries";
import {
  type DehydratedState,
  dehydrate,
  HydrationBoundary,
  QueryClient,
} from "@tanstack/react-query";
import { act, screen, waitFor, within } from "@testing-library/react";
import type { ComponentType, ReactNode } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as kit from "./index";
import { CustomerKitProvider } from "./provider/CustomerKitProvider";
import { createTestKit, SANDBOX_IDS, type TestKit } from "./testing/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

type AnyComponent = ComponentType<{ customerId: string; defaultOpen?: boolean }>;

/** Every exported component, by name (the dialog has tests of its own below: it is a portal). */
const COMPONENTS = Object.entries(kit).filter(
  ([name, value]) =>
    /^[A-Z]/.test(name) &&
    typeof value === "function" &&
    name !== "CustomerKitProvider" &&
    name !== "CustomerDialog",
) as [string, AnyComponent][];

/** The tree, the same on both sides: the provider, the shipped state, the component. */
function tree(test: TestKit, queryClient: QueryClient, state: DehydratedState, ui: ReactNode) {
  return (
    <CustomerKitProvider client={test.client} queryClient={queryClient}>
      <HydrationBoundary state={state}>{ui}</HydrationBoundary>
    </CustomerKitProvider>
  );
}

/** `renderToString` as on a server: no `window`, no `document` while it renders. */
function renderOnServer(element: ReactNode): string {
  vi.stubGlobal("window", undefined);
  vi.stubGlobal("document", undefined);
  try {
    return renderToString(element);
  } finally {
    vi.unstubAllGlobals();
  }
}

/** What the page carries: the dehydrated state, through JSON. */
const shipped = (queryClient: QueryClient): DehydratedState =>
  JSON.parse(JSON.stringify(dehydrate(queryClient)));

/**
 * Fills the server's QueryClient with everything `ui` reads, through the component's own query
 * factories: a render only creates its queries (on a server nothing fetches), so render, fetch what
 * is still pending, and again until a render asks for nothing new (a query that needs another's
 * data appears on the pass after it; a lazy part resolves between passes). A host would call
 * `prefetchCustomer` & co. instead (see the dialog's and the table's tests): this asks for all of it,
 * so that the whole component has its data in the HTML.
 */
async function prefetchEverything(test: TestKit, queryClient: QueryClient, ui: ReactNode) {
  for (let pass = 0; pass < 20; pass++) {
    const html = renderOnServer(tree(test, queryClient, { queries: [], mutations: [] }, ui));
    const pending = queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.status === "pending");
    // `<!--$!-->`: a Suspense boundary that renderToString left to the browser, here a lazy part
    // (a chart) whose code is still loading. Its import settles between passes.
    if (pending.length === 0 && !html.includes("<!--$!-->")) return;
    await Promise.all(pending.map((query) => query.fetch().catch(() => undefined)));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the component still asks for data or code after 20 renders");
}

/** What a host's browser QueryClient looks like for server rendering (TanStack's advice). */
const browserQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: false } } });

let errors: unknown[][];
let recoverable: unknown[];
let root: Root | undefined;

beforeEach(() => {
  errors = [];
  recoverable = [];
  vi.spyOn(console, "error").mockImplementation((...args) => void errors.push(args));
  vi.spyOn(console, "warn").mockImplementation((...args) => void errors.push(args));
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

/**
 * The browser's side: the server's HTML in a container, hydrated with the same tree. Returns the
 * container and what the server's HTML was, parsed, before hydration: its elements and its text.
 */
function hydrate(html: string, element: ReactNode) {
  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  const server = { elements: [...container.querySelectorAll("*")], text: container.textContent };
  // What the simulated server said is not the browser's: libraries that look for `document` when
  // they load (Radix's useLayoutEffect) found jsdom's, so React 18 warned about useLayoutEffect on
  // the server, which a real server (ssr.test.tsx, in Node) does not.
  errors = [];
  act(() => {
    root = hydrateRoot(container, element, {
      onRecoverableError: (error) => void recoverable.push(error),
    });
  });
  return { container, server };
}

/**
 * React kept the server's DOM: every element the server sent is still in the page (a mismatch
 * makes React throw that part away and render it again), and the text reads the same. Attributes
 * may move: React 18 sets `checked` and `value` again on inputs it hydrates.
 */
function expectKept(container: HTMLElement, server: ReturnType<typeof hydrate>["server"]) {
  const gone = server.elements.filter((element) => !element.isConnected);
  expect(gone.map((element) => element.outerHTML.slice(0, 200))).toEqual([]);
  expect(container.querySelectorAll("*")).toHaveLength(server.elements.length);
  expect(container.textContent).toBe(server.text);
}

/** Nothing React would say about a mismatch: no console error or warning, no client re-render. */
function expectCleanHydration() {
  expect(errors.map((args) => args.map(String).join(" "))).toEqual([]);
  expect(recoverable.map(String)).toEqual([]);
}

/**
 * Parts made in the browser only, by design, and shown as a skeleton on the server and in the first
 * render: the validation message's preview is sanitised by DOMPurify, which needs a DOM and loads
 * on first use (useSanitizedHtml). `shown` appears once the browser has made it.
 */
const AFTER_MOUNT: Record<string, { part: string; shown: string }> = {
  ValidationMessageEditor: {
    part: '[data-part="validation-tooltip"]',
    shown: '[data-part="validation-tooltip-body"], [data-part="validation-empty"]',
  },
};

/** The mistake these tests are for: a `typeof window` branch (or a date, a random id) in render. */
const Where = () => <p>{typeof window === "undefined" ? "server" : "browser"}</p>;

const LOADING = '[data-part="loading"], [data-part="skeleton"], [data-part="error-state"]';

describe("hydration with the data prefetched", () => {
  it("covers every exported component", () => {
    expect(COMPONENTS.length).toBeGreaterThan(15);
  });

  it("would see a component that renders differently on the server (the check can fail)", () => {
    const test = createTestKit();
    const empty = { queries: [], mutations: [] };
    const html = renderOnServer(tree(test, new QueryClient(), empty, <Where />));
    expect(html).toContain("server");
    hydrate(html, tree(test, browserQueryClient(), empty, <Where />));
    expect([...errors, ...recoverable]).not.toEqual([]);
    expect(document.body).toHaveTextContent("browser");
  });

  for (const [name, Component] of COMPONENTS) {
    it(`${name}: the server's HTML shows the data, and the browser keeps it as it is`, async () => {
      const test = createTestKit();
      const ui = <Component customerId={NORTHWIND} defaultOpen />;
      const server = new QueryClient();
      await prefetchEverything(test, server, ui);
      const state = shipped(server);
      const html = renderOnServer(tree(test, server, state, ui));
      const prefetched = test.requests.length;

      const { container, server: sent } = hydrate(
        html,
        tree(test, browserQueryClient(), state, ui),
      );
      expectCleanHydration();
      // What the user saw before hydration is what they see after it, and it is the data: no
      // skeleton, no error (but where a part is made in the browser only, see AFTER_MOUNT).
      expectKept(container, sent);
      const later = AFTER_MOUNT[name];
      const loading = [...container.querySelectorAll(LOADING)].filter(
        (element) => !(later && element.closest(later.part)),
      );
      expect(loading.map((element) => element.outerHTML)).toEqual([]);
      if (later) await waitFor(() => expect(container.querySelector(later.shown)).not.toBeNull());
      // And the browser asks for none of it again.
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(test.requests.slice(prefetched)).toEqual([]);
      expectCleanHydration();
    });
  }
});

describe("hydration without data", () => {
  for (const [name, Component] of COMPONENTS) {
    it(`${name}: the server's skeleton is the browser's first render, then the data comes`, async () => {
      const test = createTestKit();
      const ui = <Component customerId={NORTHWIND} defaultOpen />;
      const empty = { queries: [], mutations: [] };
      const html = renderOnServer(tree(test, new QueryClient(), empty, ui));
      expect(html).toContain('data-part="loading"');

      const { container, server: sent } = hydrate(
        html,
        tree(test, browserQueryClient(), empty, ui),
      );
      expectCleanHydration();
      expect(container.querySelector('[data-part="loading"]')).not.toBeNull();
      expectKept(container, sent);
      await waitFor(() => expect(container.querySelector(LOADING)).toBeNull());
      expectCleanHydration();
    });
  }
});

describe("CustomerDialog hydration", () => {
  const dialogUi = (open: boolean) => (
    <>
      <p>host page</p>
      <kit.CustomerDialog customerId={NORTHWIND} open={open} onOpenChange={() => {}} />
    </>
  );

  it("open: the customer prefetched by prefetchCustomer is in the dialog at once", async () => {
    const test = createTestKit();
    const server = new QueryClient();
    await prefetchCustomer(server, test.client, NORTHWIND);
    const state = shipped(server);
    // Radix renders a dialog into a portal, which exists only in the browser: the server sends the
    // host page around it.
    const html = renderOnServer(tree(test, server, state, dialogUi(true)));
    const prefetched = test.requests.length;
    hydrate(html, tree(test, browserQueryClient(), state, dialogUi(true)));
    expectCleanHydration();
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Northwind Traders",
    );
    expect(dialog).toHaveAccessibleName("Northwind Traders");
    // The first tab's code loads on demand; its data (the customer) is already there.
    expect(await within(dialog).findByRole("tabpanel")).toBeInTheDocument();
    await waitFor(() => expect(dialog.querySelector(LOADING)).toBeNull());
    // Neither the customer nor the admin is read again (the tab reads its own lists, e.g. plans).
    const again = test.requests.slice(prefetched);
    expect(again).not.toContain(`GET /customers/${NORTHWIND}`);
    expect(again).not.toContain("GET /me");
    expectCleanHydration();
  });

  it("closed: nothing of the dialog on either side, and it opens after hydration", async () => {
    const test = createTestKit();
    const server = new QueryClient();
    await prefetchCustomer(server, test.client, NORTHWIND);
    const state = shipped(server);
    const html = renderOnServer(tree(test, server, state, dialogUi(false)));
    expect(html).toContain("host page");
    const { container, server: sent } = hydrate(
      html,
      tree(test, browserQueryClient(), state, dialogUi(false)),
    );
    expectCleanHydration();
    expect(screen.queryByRole("dialog")).toBeNull();
    expectKept(container, sent);
    act(() => root?.render(tree(test, browserQueryClient(), state, dialogUi(true))));
    expect(await screen.findByRole("dialog", { name: "Northwind Traders" })).toBeInTheDocument();
    expectCleanHydration();
  });
});

describe("CustomersTable hydration with prefetchCustomers", () => {
  it("the first page prefetched by the host's helper is in the HTML and stays", async () => {
    const test = createTestKit();
    const server = new QueryClient();
    // The table's first page: no filters, its default page size (25).
    await prefetchCustomers(server, test.client, { limit: 25 });
    const state = shipped(server);
    const ui = <kit.CustomersTable />;
    const html = renderOnServer(tree(test, server, state, ui));
    expect(html).toContain("Northwind Traders");
    const { container, server: sent } = hydrate(html, tree(test, browserQueryClient(), state, ui));
    expectCleanHydration();
    expect(within(container).getByRole("table")).toHaveTextContent("Northwind Traders");
    expectKept(container, sent);
  });
});
