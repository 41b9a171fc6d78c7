import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, createSandboxHandlers } from "./msw";
import { SANDBOX_IDS, SANDBOX_TOKENS } from "./seed";
import { MemoryStore } from "./store/memory";
import { fillFixture, TOKENS } from "./testing/fixture";

// One MSW server for the file, as a host's test setup would have; each test swaps in its sandbox.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A sandbox over the small test fixture (no seed), installed in the MSW server. */
function fixtureSandbox(options: Parameters<typeof createSandbox>[0] = {}) {
  const store = new MemoryStore();
  fillFixture(store);
  const sandbox = createSandbox({ seed: "none", store, ...options });
  server.use(...sandbox.handlers);
  return sandbox;
}

async function createCustomer(base: string, name: string) {
  const response = await fetch(`${base}/customers`, {
    method: "POST",
    headers: { ...auth(TOKENS.a), "Content-Type": "application/json" },
    body: JSON.stringify({ name }),
  });
  return response;
}

describe("createSandbox", () => {
  it("answers the API on any origin under /api/v1 by default", async () => {
    fixtureSandbox();
    for (const origin of ["http://localhost:3000", "https://portal.example"]) {
      const response = await fetch(`${origin}/api/v1/me`, { headers: auth(TOKENS.a) });
      expect(response.status).toBe(200);
      expect((await response.json()).admin.name).toBe("Ada");
    }
  });

  it("answers only under the given base URL when there is one", async () => {
    fixtureSandbox({ baseUrl: "http://127.0.0.1:4010/api/v1" });
    const mine = await fetch("http://127.0.0.1:4010/api/v1/me", { headers: auth(TOKENS.a) });
    expect(mine.status).toBe(200);
    // Another origin is not the sandbox's: MSW's onUnhandledRequest "error" rejects it.
    await expect(
      fetch("http://other.example/api/v1/me", { headers: auth(TOKENS.a) }),
    ).rejects.toThrow();
  });

  it("takes an origin alone as the API at /api/v1, and a path prefix before it", async () => {
    fixtureSandbox({ baseUrl: "http://api.example" });
    expect((await fetch("http://api.example/api/v1/me", { headers: auth(TOKENS.a) })).status).toBe(
      200,
    );
    server.resetHandlers();
    fixtureSandbox({ baseUrl: "https://gw.example/tenant-1/api/v1/" });
    const prefixed = await fetch("https://gw.example/tenant-1/api/v1/me", {
      headers: auth(TOKENS.b),
    });
    expect(prefixed.status).toBe(200);
  });

  it("seeds the documented demo data by default", async () => {
    const sandbox = createSandbox();
    server.use(...sandbox.handlers);
    const me = await fetch("http://x/api/v1/me", { headers: auth(SANDBOX_TOKENS.resellerAAdmin) });
    expect((await me.json()).admin.id).toBe(SANDBOX_IDS.admins.resellerA);
    const customer = await fetch(
      `http://x/api/v1/customers/${SANDBOX_IDS.customers.resellerAPrepay}`,
      { headers: auth(SANDBOX_TOKENS.resellerAAdmin) },
    );
    expect(customer.status).toBe(200);
  });

  it("leaves the request body readable for others (the app gets a clone)", async () => {
    fixtureSandbox();
    let seenByListener: string | undefined;
    const listener = async ({ request }: { request: Request }) => {
      seenByListener = await request.clone().text();
    };
    server.events.on("request:start", listener);
    const response = await createCustomer("http://x/api/v1", "Cloned");
    server.events.removeListener("request:start", listener);
    expect(response.status).toBe(201);
    expect(seenByListener).toBe(JSON.stringify({ name: "Cloned" }));
  });

  it("reset() restores the state it started with", async () => {
    const sandbox = fixtureSandbox();
    await createCustomer("http://x/api/v1", "Temporary");
    expect(sandbox.store.count("customers")).toBe(1);
    sandbox.reset();
    expect(sandbox.store.count("customers")).toBe(0);
    expect(sandbox.store.count("admins")).toBe(3);
    const me = await fetch("http://x/api/v1/me", { headers: auth(TOKENS.mbe) });
    expect(me.status).toBe(200);
  });

  it("reset() of a seeded sandbox brings the seed back, changes undone", async () => {
    const sandbox = createSandbox();
    server.use(...sandbox.handlers);
    const before = sandbox.store.count("customers");
    const id = SANDBOX_IDS.customers.resellerAPrepay;
    const balance = sandbox.store.get("customers", id)?.balance;
    await fetch(`http://x/api/v1/customers/${id}/unit-transactions`, {
      method: "POST",
      headers: { ...auth(SANDBOX_TOKENS.resellerAAdmin), "Content-Type": "application/json" },
      body: JSON.stringify({ description: "Gift", direction: "CREDIT", amount: 5 }),
    });
    await createCustomer("http://x/api/v1", "Extra");
    sandbox.reset();
    expect(sandbox.store.count("customers")).toBe(before);
    expect(sandbox.store.get("customers", id)?.balance).toEqual(balance);
  });

  it("createSandboxHandlers gives the handlers alone", async () => {
    const store = new MemoryStore();
    fillFixture(store);
    server.use(...createSandboxHandlers({ seed: "none", store }));
    expect((await fetch("http://x/api/v1/me", { headers: auth(TOKENS.b) })).status).toBe(200);
  });
});

describe("latency", () => {
  it("delays every answer by the given milliseconds", async () => {
    fixtureSandbox({ latency: 120 });
    const started = performance.now();
    await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("takes MSW's realistic delay with 'real'", async () => {
    fixtureSandbox({ latency: "real" });
    expect((await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) })).status).toBe(200);
  });
});

describe("faults", () => {
  it("offline: every request fails as a network error", async () => {
    fixtureSandbox({ faults: { offline: true } });
    await expect(fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) })).rejects.toThrow(
      TypeError,
    );
  });

  it("status: forces a problem of that status for one operation, and only that one", async () => {
    const sandbox = fixtureSandbox({ faults: { status: { createCustomer: 409, getMe: 503 } } });
    const created = await createCustomer("http://x/api/v1", "Never");
    expect(created.status).toBe(409);
    expect(created.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await created.json()).toMatchObject({
      type: "https://customer-kit.dev/problems/conflict",
      status: 409,
      instance: "/api/v1/customers",
    });
    expect(sandbox.store.count("customers")).toBe(0);
    expect((await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) })).status).toBe(503);
    const list = await fetch("http://x/api/v1/customers", { headers: auth(TOKENS.a) });
    expect(list.status).toBe(200);
  });

  it("status: tells templated paths apart by method and path", async () => {
    fixtureSandbox({ faults: { status: { listUnitTransactions: 418 } } });
    const created = await (await createCustomer("http://x/api/v1", "T")).json();
    const base = `http://x/api/v1/customers/${created.id}`;
    expect((await fetch(`${base}/unit-transactions`, { headers: auth(TOKENS.a) })).status).toBe(
      418,
    );
    expect((await fetch(`${base}/units`, { headers: auth(TOKENS.a) })).status).toBe(200);
  });

  it("errorRate: fails about that share of requests with 503, the same ones for the same seed", async () => {
    const run = async () => {
      server.resetHandlers();
      fixtureSandbox({ faults: { errorRate: 0.3, randomSeed: 42 } });
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        statuses.push((await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) })).status);
      }
      return statuses;
    };
    const first = await run();
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(30);
    expect(failed).toBeLessThan(90);
    expect(first.every((s) => s === 200 || s === 503)).toBe(true);
    expect(await run()).toEqual(first);
  });

  it("status: a forced 503 on getCustomer is a problem with Retry-After, and clearing it brings the customer back", async () => {
    const sandbox = fixtureSandbox({ faults: { status: { getCustomer: 503 } } });
    const created = await (await createCustomer("http://x/api/v1", "Flaky Ltd")).json();
    const url = `http://x/api/v1/customers/${created.id}`;
    const failed = await fetch(url, { headers: auth(TOKENS.a) });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("Content-Type")).toBe("application/problem+json");
    expect(failed.headers.get("Retry-After")).toBe("1");
    expect(await failed.json()).toMatchObject({
      type: "https://customer-kit.dev/problems/unavailable",
      status: 503,
      instance: `/api/v1/customers/${created.id}`,
    });
    sandbox.setFaults(undefined);
    const back = await fetch(url, { headers: auth(TOKENS.a) });
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ id: created.id, name: "Flaky Ltd" });
  });

  it("errorRate: the 503s carry Retry-After, and reset() fails the same requests again", async () => {
    const sandbox = fixtureSandbox({ faults: { errorRate: 0.5, randomSeed: 3 } });
    const run = async () => {
      const answers: (string | null)[] = [];
      for (let i = 0; i < 20; i++) {
        const response = await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) });
        answers.push(response.status === 503 ? response.headers.get("Retry-After") : "ok");
      }
      return answers;
    };
    const first = await run();
    expect(first).toContain("1");
    expect(first).toContain("ok");
    expect(first.every((a) => a === "1" || a === "ok")).toBe(true);
    sandbox.reset();
    expect(await run()).toEqual(first);
  });

  it("refuses faults it cannot inject with a RangeError, keeping the ones it had", async () => {
    const sandbox = fixtureSandbox({ faults: { status: { getMe: 500 } } });
    expect(() => sandbox.setFaults({ errorRate: 1.5 })).toThrow(RangeError);
    expect(() => sandbox.setFaults({ status: { getMe: 302 } })).toThrow(/status\.getMe/);
    expect((await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) })).status).toBe(500);
  });

  it("setFaults changes the faults of a running sandbox", async () => {
    const sandbox = fixtureSandbox();
    expect((await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) })).status).toBe(200);
    sandbox.setFaults({ errorRate: 1 });
    expect((await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) })).status).toBe(503);
    sandbox.setFaults(undefined);
    expect((await fetch("http://x/api/v1/me", { headers: auth(TOKENS.a) })).status).toBe(200);
  });
});
