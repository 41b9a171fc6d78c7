import { Hono } from "hono";
import { cors } from "hono/cors";
import { LOGO_ROUTE, logoResponse } from "./assets";
import { findCustomer } from "./domain/customers";
import { DomainError } from "./domain/errors";
import type { FaultInjector } from "./faults";
import { type Handler, registerOperation } from "./http/operation";
import {
  matchOperation,
  OPERATIONS,
  type OperationId,
  operationInfo,
  TAGS,
} from "./http/operations";
import { ProblemError, problemOf, problemResponse } from "./http/problem";
import { assetMaximaRoutes } from "./routes/asset-maxima";
import { availabilityRoutes } from "./routes/availability";
import { billingRoutes } from "./routes/billing";
import { communicationRoutes } from "./routes/communication";
import { customerRoutes } from "./routes/customers";
import type { Define } from "./routes/define";
import { keyRoutes } from "./routes/keys";
import { referenceRoutes } from "./routes/reference";
import { reportRoutes } from "./routes/reports";
import { resourceRoutes } from "./routes/resources";
import { sessionRoutes } from "./routes/session";
import { unitRoutes } from "./routes/units";
import { userRoutes } from "./routes/users";
import type { SandboxStore } from "./store/types";

/** Browser origins allowed by default: Vite's dev server and Storybook, by name and by address. */
export const DEFAULT_CORS_ORIGINS: readonly string[] = [
  "http://localhost:5173",
  "http://127.0.0.1:5173",
  "http://localhost:6006",
  "http://127.0.0.1:6006",
];

export interface SandboxAppOptions {
  /** Where the data lives: a `MemoryStore` (browsers, tests) or a `SqliteStore` (the server). */
  store: SandboxStore;
  /**
   * The clock. Every timestamp the API writes, and "today" in usage reports, comes from it; tests
   * pass a fixed one.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * The path the API is served under.
   * @default "/api/v1"
   */
  basePath?: string;
  /**
   * Browser origins that may call the API (CORS). `"*"` allows any.
   * @default DEFAULT_CORS_ORIGINS (Vite on 5173 and Storybook on 6006, as localhost and 127.0.0.1)
   */
  corsOrigins?: readonly string[] | "*";
  /**
   * Failures and latency to inject under the base path (see `faults.ts`): answered after CORS,
   * before authentication. Its `offline` is the adapter's to honour (a network error is not an
   * HTTP answer).
   * @default none
   */
  faults?: FaultInjector;
}

/**
 * The customer-kit admin API: every operation of openapi/customer-admin.yaml, on Hono, over a
 * `SandboxStore`. Web-standard only (`Request` in, `Response` out), so the same app answers
 * MSW's intercepted requests in a browser and real HTTP in Node:
 *
 * ```ts
 * const app = createSandboxApp({ store: new MemoryStore() });
 * const response = await app.fetch(new Request("http://x/api/v1/me", { headers }));
 * ```
 */
export function createSandboxApp(options: SandboxAppOptions): Hono {
  const { store, now = () => new Date(), corsOrigins = DEFAULT_CORS_ORIGINS } = options;
  const basePath = normaliseBasePath(options.basePath ?? "/api/v1");
  const app = new Hono();

  app.use(
    "*",
    cors({
      origin: corsOrigins === "*" ? "*" : [...corsOrigins],
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      allowHeaders: ["Authorization", "Content-Type", "If-Match", "Idempotency-Key"],
      exposeHeaders: ["ETag", "Location", "Idempotency-Replayed"],
      maxAge: 600,
    }),
  );

  const { faults } = options;
  if (faults) {
    app.use(`${basePath}/*`, async (c, next) => {
      const path = new URL(c.req.url).pathname;
      const injected = await faults.intercept(c.req.method, path.slice(basePath.length), path);
      if (injected) return injected;
      await next();
    });
  }

  // Theme logos, outside the API base: what a theme's `logoUrl` names (see assets.ts).
  app.get(LOGO_ROUTE, (c) => logoResponse(store, c.req.raw));

  registerRoutes(ROUTES_BY_TAG, <Op extends OperationId>(operationId: Op, handler: Handler<Op>) =>
    registerOperation(app, { store, now, basePath, findCustomer }, operationId, handler),
  );

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const relative = path.startsWith(basePath) ? path.slice(basePath.length) : null;
    // A path of the contract with a method it does not have is a 405 that names the allowed ones.
    if (relative !== null) {
      const allowed = OPERATIONS.filter((op) => op.pattern.test(relative)).map((op) =>
        op.method.toUpperCase(),
      );
      if (allowed.length > 0 && !matchOperation(c.req.method, relative)) {
        return problemResponse(
          new ProblemError("method-not-allowed", {
            detail: `${c.req.method} is not allowed here; use ${allowed.join(", ")}.`,
            headers: { Allow: allowed.join(", ") },
          }),
          path,
        );
      }
    }
    return problemResponse(
      new ProblemError("not-found", { detail: `No API resource at ${path}.` }),
      path,
    );
  });

  // The last resort: nothing may escape as a bare 500 without a problem body. Any input that
  // gets here is a bug of the sandbox, so it is also logged.
  app.onError((error, c) => {
    const path = new URL(c.req.url).pathname;
    if (error instanceof ProblemError) return problemResponse(error, path);
    // A rule of the domain refused: its kind names the problem type (and so the status).
    if (error instanceof DomainError) return problemResponse(problemOf(error), path);
    console.error(`[customer-kit sandbox] ${c.req.method} ${path} failed:`, error);
    return problemResponse(
      new ProblemError("internal", { detail: "The sandbox failed to answer this request." }),
      path,
    );
  });

  return app;
}

/** A routes module: it defines the handlers of one tag's operations with the `define` it is given. */
export type RoutesModule = (define: Define) => void;

/**
 * The routes modules, keyed by the contract's tag whose operations each defines, in the contract's
 * order of tags. A module's file is named after its tag (`Asset maxima` → `routes/asset-maxima.ts`),
 * as the contract suite's case files are, so that an operation's handler and tests are found from
 * its tag alone. `registerRoutes` holds the map to that at start-up.
 */
export const ROUTES_BY_TAG: Readonly<Record<string, RoutesModule>> = {
  Session: sessionRoutes,
  Customers: customerRoutes,
  Availability: availabilityRoutes,
  "Asset maxima": assetMaximaRoutes,
  Units: unitRoutes,
  Users: userRoutes,
  Communication: communicationRoutes,
  Billing: billingRoutes,
  Reports: reportRoutes,
  Resources: resourceRoutes,
  Keys: keyRoutes,
  Reference: referenceRoutes,
};

/**
 * Calls every module of `routes` with `define`, and refuses (throws) a layout that the contract
 * does not have: a tag of the contract without a module, a module for a tag the contract lacks,
 * a module that defines an operation the contract files under another tag, and an operation
 * without a handler. Each is a bug of the sandbox, found at start-up rather than by a 404 or a
 * handler in the wrong file.
 */
export function registerRoutes(
  routes: Readonly<Record<string, RoutesModule>>,
  define: Define,
): void {
  const unknown = Object.keys(routes).filter((tag) => !TAGS.includes(tag));
  if (unknown.length > 0) {
    throw new Error(`Routes for tags the contract lacks: ${unknown.join(", ")}`);
  }
  const without = TAGS.filter((tag) => !Object.hasOwn(routes, tag));
  if (without.length > 0) throw new Error(`No routes module for the tags ${without.join(", ")}`);

  const registered = new Set<OperationId>();
  for (const [tag, module] of Object.entries(routes)) {
    module(<Op extends OperationId>(operationId: Op, handler: Handler<Op>) => {
      const { tag: owner } = operationInfo(operationId);
      if (owner !== tag) {
        throw new Error(
          `The ${tag} routes define ${operationId}, which the contract tags ${owner}: move it to that tag's module`,
        );
      }
      define(operationId, handler);
      registered.add(operationId);
    });
  }

  // Every operation of the contract has a handler: a missing one is a bug, not a 404 to discover.
  const missing = OPERATIONS.filter((op) => !registered.has(op.operationId));
  if (missing.length > 0) {
    throw new Error(`No handler for ${missing.map((op) => op.operationId).join(", ")}`);
  }
}

/** `"api/v1/"` → `"/api/v1"`; `"/"` → `""`. */
function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, "");
  if (trimmed === "") return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}
