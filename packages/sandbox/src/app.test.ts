import { describe, expect, it } from "vitest";
import { createSandboxApp, ROUTES_BY_TAG, registerRoutes } from "./app";
import { OPERATIONS, type OperationId, TAGS } from "./http/operations";
import type { Define } from "./routes/define";
import { MemoryStore } from "./store/memory";
import { fillFixture, harness, TOKENS } from "./testing/fixture";

const PROBLEM = "application/problem+json";

describe("createSandboxApp", () => {
  it("answers unknown paths 404 and unknown methods on known paths 405, as problems", async () => {
    const h = harness();
    const missing = await h.call("GET", "/nothing/here");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Type")).toBe(PROBLEM);
    expect(missing.body).toMatchObject({
      type: "https://customer-kit.dev/problems/not-found",
      instance: "/api/v1/nothing/here",
    });
    const wrongMethod = await h.call("PUT", "/customers");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("Allow")).toBe("GET, POST");
  });

  it("answers 401 with WWW-Authenticate for a missing, malformed or unknown token", async () => {
    const h = harness();
    for (const authorization of [undefined, "Basic abc", "Bearer", "Bearer nope"]) {
      const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
      const answer = await h.call("GET", "/me", { as: null, headers });
      expect(answer.status, authorization).toBe(401);
      expect(answer.headers.get("WWW-Authenticate")).toContain("Bearer");
      expect(answer.body.type).toBe("https://customer-kit.dev/problems/unauthorized");
    }
  });

  it("serves under another base path, with Location headers relative to it", async () => {
    const store = new MemoryStore();
    fillFixture(store);
    const app = createSandboxApp({ store, basePath: "/sandbox/" });
    const response = await app.fetch(
      new Request("http://x/sandbox/customers", {
        method: "POST",
        headers: { Authorization: `Bearer ${TOKENS.a}`, "Content-Type": "application/json" },
        body: JSON.stringify({ name: "Based" }),
      }),
    );
    expect(response.status).toBe(201);
    // Relative to the API base URL (the contract's convention), so the base path is not in it.
    const location = response.headers.get("Location") ?? "";
    expect(location).toMatch(/^\/customers\/[0-9a-f-]{36}$/);
    const read = await app.fetch(
      new Request(`http://x/sandbox${location}`, {
        headers: { Authorization: `Bearer ${TOKENS.a}` },
      }),
    );
    expect(read.status).toBe(200);
  });

  it("lets the default browser origins call it, exposing the headers a client needs", async () => {
    const h = harness();
    const preflight = await h.app.fetch(
      new Request("http://x/api/v1/customers", {
        method: "OPTIONS",
        headers: {
          Origin: "http://localhost:6006",
          "Access-Control-Request-Method": "PATCH",
          "Access-Control-Request-Headers": "authorization, if-match, idempotency-key",
        },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:6006");
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toMatch(/If-Match/);
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toMatch(/PATCH/);

    const answer = await h.call("GET", "/me", { headers: { Origin: "http://127.0.0.1:5173" } });
    expect(answer.headers.get("Access-Control-Allow-Origin")).toBe("http://127.0.0.1:5173");
    expect(answer.headers.get("Access-Control-Expose-Headers")).toMatch(/ETag/);
    expect(answer.headers.get("Access-Control-Expose-Headers")).toMatch(/Idempotency-Replayed/);

    const stranger = await h.call("GET", "/me", { headers: { Origin: "https://evil.example" } });
    expect(stranger.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("takes other origins when told to", async () => {
    const store = new MemoryStore();
    fillFixture(store);
    const app = createSandboxApp({ store, corsOrigins: ["https://portal.example"] });
    const response = await app.fetch(
      new Request("http://x/api/v1/me", {
        headers: { Origin: "https://portal.example", Authorization: `Bearer ${TOKENS.mbe}` },
      }),
    );
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("https://portal.example");
  });

  it("lists at most 100 field errors, and counts them all", async () => {
    const h = harness();
    const answer = await h.call("POST", "/customers", {
      body: { name: "Many", tags: Array.from({ length: 150 }, () => 1) },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(100);
    expect(answer.body.detail).toBe("151 fields are not valid. The first 100 are listed.");
  });
});

/**
 * No input may make the sandbox answer 5xx: every operation gets hostile bodies, parameters and
 * headers, and must answer each with a 2xx or a 4xx problem.
 */
describe("routes, one module per tag of the contract", () => {
  /** A `define` that only records what it is given. */
  function recorder(): { define: Define; defined: OperationId[] } {
    const defined: OperationId[] = [];
    return { define: (operationId) => void defined.push(operationId), defined };
  }

  it("defines every operation of the contract once, from the module of its tag", () => {
    const { define, defined } = recorder();
    registerRoutes(ROUTES_BY_TAG, define);
    expect(Object.keys(ROUTES_BY_TAG)).toEqual([...TAGS]);
    expect([...defined].sort()).toEqual(OPERATIONS.map((op) => op.operationId).sort());
  });

  it("refuses to start when a module defines an operation the contract tags otherwise", () => {
    const { define } = recorder();
    const keysInResources = {
      ...ROUTES_BY_TAG,
      Resources: (d: Define) => {
        ROUTES_BY_TAG.Resources?.(d);
        ROUTES_BY_TAG.Keys?.(d);
      },
      Keys: () => {},
    };
    expect(() => registerRoutes(keysInResources, define)).toThrow(
      "The Resources routes define listKeys, which the contract tags Keys",
    );
  });

  it("refuses to start when a tag of the contract has no module", () => {
    const { define } = recorder();
    const { Reports: _, ...withoutReports } = ROUTES_BY_TAG;
    expect(() => registerRoutes(withoutReports, define)).toThrow(
      "No routes module for the tags Reports",
    );
  });

  it("refuses to start when a module names a tag the contract lacks", () => {
    const { define } = recorder();
    expect(() => registerRoutes({ ...ROUTES_BY_TAG, Widgets: () => {} }, define)).toThrow(
      "Routes for tags the contract lacks: Widgets",
    );
  });

  it("refuses to start when an operation has no handler", () => {
    const { define } = recorder();
    const noReports = { ...ROUTES_BY_TAG, Reports: () => {} };
    expect(() => registerRoutes(noReports, define)).toThrow("No handler for getUsageReport");
  });
});

describe("robustness", () => {
  const hostileBodies: (string | undefined)[] = [
    undefined,
    "",
    "null",
    "[]",
    '"text"',
    "42",
    "{",
    "\uFEFF{}",
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{}}}',
    JSON.stringify({ name: "\ud800", description: "\udfff", subject: "\u0000", message: "\u202e" }),
    JSON.stringify({ name: "x", amount: 1e308, direction: "DEBIT", description: "d" }),
    JSON.stringify({ name: "x", amount: -0, direction: "CREDIT", description: "d" }),
    '{"name":"x","amount":1e400,"direction":"CREDIT","description":"d"}',
    JSON.stringify({ name: "x", configuration: null, limits: null, tags: null, recipients: null }),
    JSON.stringify({ name: "x", configuration: [], limits: [], tags: {}, recipients: {} }),
    '{"name":"x","configuration":{"address":null,"unitWarnLevel":1e400}}',
    JSON.stringify({ limits: { CUTOFF_BALANCE: "1", MAX_SERVERS: -1, NOPE: 1 } }),
    JSON.stringify({ name: {}, email: [], language: 5, type: null, isAdmin: "yes" }),
    JSON.stringify({ productOfferId: "00000000-0000-4000-8000-000000000000", description: "x" }),
    `{"name":${"[".repeat(5000)}${"]".repeat(5000)}}`,
  ];
  const hostileQueries = [
    "",
    "?limit=0",
    "?limit=-1",
    "?limit=1e2",
    "?limit=99999999999999999999999",
    "?limit=abc&cursor=",
    `?cursor=${"A".repeat(300)}`,
    "?cursor=%ZZ",
    "?cursor=eyJhIjoxfQ",
    "?search=%00%F0%9F%98%80&status=NOPE&tag=-",
    "?from=2026-13-01&to=x",
    "?from=2026-11-02&to=2026-11-01",
    "?from=2020-01-01&to=2026-01-01&granularity=YEAR",
    "?kind=NOPE",
  ];
  const hostileIds = [
    "not-a-uuid",
    "%ZZ",
    "00000000-0000-4000-8000-000000000000",
    "x".repeat(5000),
  ];

  it("never answers 5xx, and answers every failure as problem+json", async () => {
    const h = harness();
    const created = await h.call("POST", "/customers", { body: { name: "Target" } });
    const customerId = created.body.id as string;
    const failures: string[] = [];

    for (const op of OPERATIONS) {
      const paths = [
        op.path.replace("{customerId}", customerId).replace(/\{\w+\}/g, customerId),
        ...hostileIds.map((id) => op.path.replace(/\{\w+\}/g, id)),
      ];
      for (const path of paths) {
        const bodies = op.bodyPointer ? hostileBodies : [undefined];
        for (const raw of bodies) {
          for (const query of op.method === "get" ? hostileQueries : [""]) {
            const answer = await h.call(op.method.toUpperCase(), `${path}${query}`, {
              raw,
              headers: { "If-Match": "*", "Idempotency-Key": `k-${Math.random()}` },
            });
            const label = `${op.method.toUpperCase()} ${path.slice(0, 60)}${query} ${String(raw).slice(0, 40)}`;
            if (answer.status >= 500) failures.push(`${label} → ${answer.status}`);
            if (answer.status >= 400 && answer.headers.get("Content-Type") !== PROBLEM) {
              failures.push(`${label} → ${answer.status} without problem+json`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(Object.prototype).not.toHaveProperty("polluted");
  }, 60_000);
});
