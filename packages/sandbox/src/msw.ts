/**
 * `@customer-kit/sandbox/msw`: the sandbox API as Mock Service Worker handlers, for a host's tests
 * (msw/node), Storybook and in-browser demos (msw/browser). The handlers pass every request under
 * the API's base to the same app the Node server runs, over an in-memory store.
 */
import { delay, HttpResponse, http, type RequestHandler } from "msw";
import { createSandboxApp } from "./app";
import { matchOperation, type OperationId } from "./http/operations";
import { ProblemError, type ProblemKind, problemResponse } from "./http/problem";
import { seedStore } from "./seed";
import { MemoryStore } from "./store/memory";
import {
  COLLECTIONS,
  type CollectionName,
  type Collections,
  type SandboxStore,
} from "./store/types";

/** Failures to inject, to show and test how a UI copes with them. */
export interface SandboxFaults {
  /**
   * The share of requests (0 to 1) that fail with a `503` problem, drawn from a seeded
   * pseudo-random sequence (see `randomSeed`), so that a test run fails the same requests each
   * time.
   * @default 0
   */
  errorRate?: number;
  /**
   * Forces a status (400–599) for every request of an operation, answered as a problem of that
   * status: `{ createCustomer: 409, getUnitBalance: 500 }`. The request does not reach the API.
   */
  status?: Partial<Record<OperationId, number>>;
  /** Every request fails as a network error (`TypeError: Failed to fetch`), as when offline. */
  offline?: boolean;
  /**
   * The seed of the sequence `errorRate` draws from.
   * @default 1
   */
  randomSeed?: number;
}

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
  /** The API app itself (`app.fetch(request)`), without latency or faults. */
  app: ReturnType<typeof createSandboxApp>;
  /** Restores the state the sandbox started with (the seed, or the given store's records). */
  reset(): void;
  /** Replaces the injected faults, e.g. between stories or tests. */
  setFaults(faults: SandboxFaults | undefined): void;
}

/** The problem kind a forced status is answered with. */
const KIND_BY_STATUS: Record<number, ProblemKind> = {
  400: "validation",
  401: "unauthorized",
  404: "not-found",
  405: "method-not-allowed",
  409: "conflict",
  412: "precondition-failed",
  413: "payload-too-large",
  422: "unknown-reference",
  428: "precondition-required",
  500: "internal",
  503: "unavailable",
};

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
  const app = createSandboxApp({
    store,
    basePath,
    ...(options.now && { now: options.now }),
  });

  // What the store held before seeding (a caller's own records), to put back on reset.
  const initial = snapshot(store);
  const seedSize = seed !== "none" && store.count("billingEntities") === 0 ? seed : null;
  if (seedSize) seedStore(store, { size: seedSize });

  let faults: SandboxFaults = {};
  let random = mulberry32(1);
  const setFaults = (next: SandboxFaults | undefined) => {
    faults = { ...next };
    random = mulberry32(faults.randomSeed ?? 1);
  };
  setFaults(options.faults);

  const handler = http.all(pattern, async ({ request }) => {
    if (faults.offline) return HttpResponse.error();
    if (latency === "real" || latency > 0) await delay(latency);

    const url = new URL(request.url);
    const relative = url.pathname.slice(basePath.length);
    const operation = matchOperation(request.method, relative);
    const forced = operation ? faults.status?.[operation.operationId] : undefined;
    if (forced !== undefined && forced >= 400 && forced <= 599) {
      const kind = KIND_BY_STATUS[forced] ?? (forced >= 500 ? "internal" : "validation");
      return problemResponse(
        new ProblemError(kind, {
          status: forced,
          detail: `Injected by the sandbox (faults.status.${operation?.operationId}).`,
        }),
        url.pathname,
      );
    }
    if ((faults.errorRate ?? 0) > 0 && random() < (faults.errorRate ?? 0)) {
      return problemResponse(
        new ProblemError("unavailable", {
          detail: "Injected by the sandbox (faults.errorRate): try again.",
        }),
        url.pathname,
      );
    }
    // A clone, so that MSW (and any other handler or listener) can still read the original body.
    return app.fetch(request.clone());
  });

  return {
    handlers: [handler],
    store,
    app,
    setFaults,
    reset() {
      store.transaction(() => {
        for (const collection of COLLECTIONS) {
          for (const record of store.list(collection)) store.remove(collection, record.id);
        }
        restore(store, initial);
        if (seedSize) seedStore(store, { size: seedSize });
      });
      random = mulberry32(faults.randomSeed ?? 1);
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

/** A small seeded PRNG (mulberry32): the same sequence in every engine for a seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
