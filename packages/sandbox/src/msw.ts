/**
 * `@customer-kit/sandbox/msw`: the sandbox API as Mock Service Worker handlers, for a host's tests
 * (msw/node), Storybook and in-browser demos (msw/browser). The handlers pass every request under
 * the API's base to the same app the Node server runs, over an in-memory store.
 */
import { delay, HttpResponse, http, type RequestHandler } from "msw";
import { createSandboxApp } from "./app";
import { LOGO_ROUTE } from "./assets";
import { FaultInjector, type SandboxFaults } from "./faults";
import { seedStore } from "./seed";
import { MemoryStore } from "./store/memory";
import {
  COLLECTIONS,
  type CollectionName,
  type Collections,
  type SandboxStore,
} from "./store/types";

export type { SandboxFaults } from "./faults";

export interface SandboxOptions {
  /**
   * Where the API is: the same base URL the client gets (`http://127.0.0.1:4010/api/v1`), or just
   * an origin (then `/api/v1` is assumed), or a path (`/api/v1`, for same-origin requests).
   * @default "*\/api/v1" (the `/api/v1` prefix on any origin)
   */
  baseUrl?: string;
  /** The store the API works on. @default a new MemoryStore */
  store?: SandboxStore;
  /**
   * What to fill an empty store with: the documented demo data ("default"), the same plus
   * thousands of light customers ("large", for paging and performance), or nothing ("none").
   * A store that already has billing entities is not seeded.
   * @default "default"
   */
  seed?: "default" | "large" | "none";
  /**
   * A delay before every answer, in milliseconds, or "real" for MSW's realistic one (100–400 ms
   * in browsers, 5 ms in Node).
   * @default 0
   */
  latency?: number | "real";
  /** Failures to inject; change them later with `setFaults`. @default none */
  faults?: SandboxFaults;
  /** The clock of the API. @default () => new Date() */
  now?: () => Date;
}

export interface Sandbox {
  /** The MSW handlers: `setupServer(...sandbox.handlers)` or `setupWorker(...sandbox.handlers)`. */
  handlers: RequestHandler[];
  /** The store behind the API, to read effects the API does not show or to arrange data. */
  store: SandboxStore;
  /**
   * The API app itself (`app.fetch(request)`): with the injected faults and a latency in
   * milliseconds, without `offline` and MSW's `"real"` latency (those are the handlers').
   */
  app: ReturnType<typeof createSandboxApp>;
  /** Restores the state the sandbox started with (the seed, or the given store's records). */
  reset(): void;
  /** Replaces the injected faults, e.g. between stories or tests. */
  setFaults(faults: SandboxFaults | undefined): void;
}

/**
 * The sandbox as MSW handlers, with its store and app:
 *
 * ```ts
 * const sandbox = createSandbox({ seed: "default", latency: "real" });
 * const server = setupServer(...sandbox.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * afterEach(() => sandbox.reset());
 * ```
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const { seed = "default", latency = 0 } = options;
  const store = options.store ?? new MemoryStore();
  const { pattern, basePath } = resolveBase(options.baseUrl);
  // One implementation of faults for MSW and the Node server: the app answers them (faults.ts).
  const faults = new FaultInjector({
    faults: options.faults ?? {},
    latency: typeof latency === "number" ? latency : 0,
  });
  const app = createSandboxApp({
    store,
    basePath,
    faults,
    ...(options.now && { now: options.now }),
  });

  // What the store held before seeding (a caller's own records), to put back on reset.
  const initial = snapshot(store);
  const seedSize = seed !== "none" && store.count("billingEntities") === 0 ? seed : null;
  if (seedSize) seedStore(store, { size: seedSize });

  const handler = http.all(pattern, async ({ request }) => {
    if (faults.offline) return HttpResponse.error();
    if (latency === "real") await delay("real");
    // A clone, so that MSW (and any other handler or listener) can still read the original body.
    return app.fetch(request.clone());
  });

  return {
    // Theme logos (a theme's `logoUrl`), on any origin, as the Node server serves them.
    handlers: [handler, http.get(`*${LOGO_ROUTE}`, ({ request }) => app.fetch(request))],
    store,
    app,
    setFaults(next: SandboxFaults | undefined) {
      faults.set({ faults: next });
    },
    reset() {
      store.transaction(() => {
        for (const collection of COLLECTIONS) {
          for (const record of store.list(collection)) store.remove(collection, record.id);
        }
        restore(store, initial);
        if (seedSize) seedStore(store, { size: seedSize });
      });
      faults.rewind();
    },
  };
}

/** `createSandbox(options).handlers`: for a host that needs nothing but the handlers. */
export function createSandboxHandlers(options: SandboxOptions = {}): RequestHandler[] {
  return createSandbox(options).handlers;
}

/** The MSW path pattern and the app's base path for a `baseUrl` option. */
function resolveBase(baseUrl: string | undefined): { pattern: string; basePath: string } {
  if (baseUrl === undefined) return { pattern: "*/api/v1/*", basePath: "/api/v1" };
  const trimmed = baseUrl.replace(/\/+$/, "");
  let origin = "";
  let path = trimmed;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    const url = new URL(trimmed);
    origin = url.origin;
    path = url.pathname.replace(/\/+$/, "");
  }
  // An origin alone means the API at its usual place.
  if (path === "" && origin !== "") path = "/api/v1";
  return { pattern: `${origin}${path}/*`, basePath: path };
}

type Snapshot = Partial<Record<CollectionName, unknown[]>>;

function snapshot(store: SandboxStore): Snapshot {
  const result: Snapshot = {};
  for (const collection of COLLECTIONS) {
    if (store.count(collection) > 0) result[collection] = store.list(collection);
  }
  return result;
}

function restore(store: SandboxStore, saved: Snapshot): void {
  for (const collection of COLLECTIONS) {
    for (const record of saved[collection] ?? []) {
      store.put(collection, record as Collections[typeof collection]);
    }
  }
}
