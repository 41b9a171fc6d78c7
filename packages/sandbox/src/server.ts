/**
 * `@customer-kit/sandbox/server`: the sandbox API as a Node HTTP server on a SQLite file, so that
 * data survives a restart (`pnpm sandbox`, the `customer-kit-sandbox` bin, end-to-end tests).
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { createSandboxApp } from "./app";
import { landingResponse } from "./landing";
import { type SeedSize, type SeedSummary, seedStore } from "./seed";
import { SqliteStore } from "./store/sqlite";

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

  const store = SqliteStore.open(options.db);
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
      ...(options.corsOrigins !== undefined && { corsOrigins: options.corsOrigins }),
      ...(options.now !== undefined && { now: options.now }),
    });
    server = createAdaptorServer({
      // The landing page and the contract first, then the API.
      fetch: (request: Request) => landingResponse(request, apiUrl()) ?? app.fetch(request),
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
