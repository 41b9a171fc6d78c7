/**
 * `@customer-kit/sandbox/server`: the sandbox API as a Node HTTP server on a SQLite file, so that
 * data survives a restart (`pnpm sandbox`, the `customer-kit-sandbox` bin, end-to-end tests).
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer, type Http2Bindings, type HttpBindings } from "@hono/node-server";
import { createSandboxApp } from "./app";
import { FaultInjector, parseFaultSettings, type SandboxFaults } from "./faults";
import { ProblemError, problemResponse } from "./http/problem";
import { landingResponse } from "./landing";
import { type SeedSize, type SeedSummary, seedStore } from "./seed";
import type { SqliteStore } from "./store/sqlite";
import { COLLECTIONS } from "./store/types";

export type { SandboxFaults } from "./faults";

export interface SandboxServerOptions {
  /**
   * The TCP port; `0` picks a free one (read it from `url`).
   * @default 4010
   */
  port?: number;
  /**
   * The interface to listen on. The default keeps the sandbox, which accepts fixed demo tokens,
   * off the network; pass `"0.0.0.0"` to expose it on purpose.
   * @default "127.0.0.1"
   */
  host?: string;
  /**
   * The SQLite file (created with its parent folders when missing), or `":memory:"` for data that
   * lives as long as the server.
   */
  db: string;
  /**
   * What to fill an EMPTY database with; a database that already has data is never seeded again.
   * @default "default"
   */
  seed?: SeedSize | "none";
  /**
   * Browser origins that may call the API (CORS), or `"*"`.
   * @default the app's default: Vite (5173) and Storybook (6006) on localhost and 127.0.0.1
   */
  corsOrigins?: readonly string[] | "*";
  /** The API's clock. @default () => new Date() */
  now?: () => Date;
  /**
   * Failures to inject from the start, as under MSW: `{ errorRate: 0.2 }`,
   * `{ status: { getCustomer: 503 } }`, `{ offline: true }` (connections are cut). Change them
   * later with `setFaults` or over HTTP: `PUT /__sandbox/faults`.
   * @default none
   */
  faults?: SandboxFaults;
  /**
   * Milliseconds before every answer of the API.
   * @default 0
   */
  latency?: number;
}

export interface SandboxServer {
  /** The server's origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The API base a client is given, e.g. `http://127.0.0.1:4010/api/v1`. */
  apiUrl: string;
  /** The store behind the API (the SQLite file). */
  store: SqliteStore;
  /** What this start seeded; `null` when the database had data already (or `seed: "none"`). */
  seeded: SeedSummary | null;
  /**
   * Replaces the injected faults (`undefined` clears them) and, when given, the latency; the
   * same as `PUT /__sandbox/faults`. Throws a RangeError for values that are out of range.
   */
  setFaults(faults: SandboxFaults | undefined, latency?: number): void;
  /** Stops accepting connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

/** How long `close()` waits for requests in flight before cutting their connections. */
const CLOSE_GRACE_MS = 2000;

/** Starts the sandbox API; resolves once it listens. */
export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const { port = 4010, host = "127.0.0.1", seed = "default" } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`port must be an integer from 0 to 65535, not ${port}`);
  }

  // Before the database opens: out-of-range faults are the caller's mistake (a RangeError).
  const faults = new FaultInjector({
    faults: options.faults ?? {},
    ...(options.latency !== undefined && { latency: options.latency }),
  });
  const store = (await loadSqliteStore()).open(options.db);
  let seeded: SeedSummary | null = null;
  let server: Server;
  // Known once the server listens (port 0 picks one); read only by requests, which come later.
  let url = "";
  const apiUrl = () => `${url}/api/v1`;
  try {
    // "Empty" means no billing entity: without one no admin can authenticate, so such a
    // database is of no use anyway. Checked and seeded in one transaction, so that two
    // processes starting on the same new file do not both seed it.
    if (seed !== "none") {
      seeded = store.transaction(() =>
        store.count("billingEntities") === 0 ? seedStore(store, { size: seed }) : null,
      );
    }
    const app = createSandboxApp({
      store,
      faults,
      ...(options.corsOrigins !== undefined && { corsOrigins: options.corsOrigins }),
      ...(options.now !== undefined && { now: options.now }),
    });
    const reset = () =>
      store.transaction(() => {
        for (const collection of COLLECTIONS) {
          for (const record of store.list(collection)) store.remove(collection, record.id);
        }
        if (seed !== "none") seedStore(store, { size: seed });
      });
    server = createAdaptorServer({
      // The fault controls, the landing page and the contract first, then the API.
      fetch: async (request: Request, env: HttpBindings | Http2Bindings) => {
        const control = await controlResponse(request, faults, () => {
          reset();
          faults.rewind();
        });
        if (control) return control;
        if (faults.offline && new URL(request.url).pathname.startsWith("/api/v1/")) {
          // A network error, as when offline: the connection is cut without an answer.
          env.incoming.socket.destroy();
          return new Response(null);
        }
        return landingResponse(request, apiUrl()) ?? app.fetch(request);
      },
      // Leave the host's global Request/Response alone: the server is a library too, and may
      // share its process with MSW or tests that rely on the standard classes.
      overrideGlobalObjects: false,
    }) as Server;
    await listen(server, port, host);
    url = `http://${urlHost(host)}:${(server.address() as AddressInfo).port}`;
  } catch (error) {
    store.close();
    throw error;
  }

  let closing: Promise<void> | undefined;

  return {
    url,
    apiUrl: apiUrl(),
    store,
    seeded,
    setFaults(next, latency) {
      faults.set({ faults: next, ...(latency !== undefined && { latency }) });
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        force.unref();
        server.close((error) => {
          clearTimeout(force);
          // Only once no request can reach it any more.
          store.close();
          if (error) reject(error);
          else resolve();
        });
        // Keep-alive connections that carry no request would hold `close` open until they time out.
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

/**
 * The SQLite store, loaded when a server starts rather than imported with this module:
 * better-sqlite3 is an optional peer dependency (a native build that MSW-only users never need),
 * so it is the server's own requirement, named as such when it is missing.
 */
async function loadSqliteStore(): Promise<typeof SqliteStore> {
  try {
    return (await import("./store/sqlite")).SqliteStore;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (
      (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
      String((error as Error).message).includes("better-sqlite3")
    ) {
      throw new Error(
        "@customer-kit/sandbox/server keeps its data in SQLite: install better-sqlite3 to use the " +
          "Node server (npm install better-sqlite3@12).",
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * The sandbox's own controls, outside the API (only on the server: under MSW, a test holds the
 * sandbox itself), for end-to-end tests that rehearse failures:
 * - `GET /__sandbox/faults`: what is injected now, `{ errorRate, status, offline, randomSeed,
 *   latency }`;
 * - `PUT /__sandbox/faults` with that JSON (members optional; `{}` clears every fault, and the
 *   latency when it is absent stays): replaces the faults and restarts the error-rate sequence;
 * - `POST /__sandbox/reset`: empties the database and seeds it again (as `seed` says), and
 *   restarts the error-rate sequence. 204.
 * They answer whatever the faults are (also `offline`), so that a test can always turn them off.
 */
async function controlResponse(
  request: Request,
  faults: FaultInjector,
  reset: () => void,
): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith("/__sandbox/")) return undefined;
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json" },
    });
  const current = () => {
    const { faults: injected, latency } = faults.settings;
    return json({ ...injected, latency });
  };
  const methodNotAllowed = (allow: string) =>
    problemResponse(
      new ProblemError("method-not-allowed", {
        detail: `${request.method} is not allowed here; use ${allow}.`,
        headers: { Allow: allow },
      }),
      pathname,
    );
  if (pathname === "/__sandbox/faults") {
    if (request.method === "GET") return current();
    if (request.method !== "PUT") return methodNotAllowed("GET, PUT");
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return problemResponse(
        new ProblemError("validation", { detail: "The body is not JSON." }),
        pathname,
      );
    }
    const parsed = parseFaultSettings(body);
    if (parsed instanceof ProblemError) return problemResponse(parsed, pathname);
    faults.set({
      faults: parsed.faults,
      ...(parsed.latency !== undefined && { latency: parsed.latency }),
    });
    return current();
  }
  if (pathname === "/__sandbox/reset") {
    if (request.method !== "POST") return methodNotAllowed("POST");
    reset();
    return new Response(null, { status: 204 });
  }
  return problemResponse(
    new ProblemError("not-found", { detail: `No sandbox control at ${pathname}.` }),
    pathname,
  );
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

/** The host as it goes into a URL: IPv6 in brackets, a wildcard address as localhost. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
