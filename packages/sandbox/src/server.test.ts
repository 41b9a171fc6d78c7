import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SANDBOX_IDS, SANDBOX_TOKENS } from "./seed";
import { type SandboxServer, startSandboxServer } from "./server";

let dir: string;
let running: SandboxServer[];

/** Starts a server that afterEach stops, so a failing test leaves no port or file open. */
async function start(options: Partial<Parameters<typeof startSandboxServer>[0]> = {}) {
  const server = await startSandboxServer({ port: 0, db: join(dir, "sandbox.db"), ...options });
  running.push(server);
  return server;
}

function get(server: SandboxServer, path: string, token?: string): Promise<Response> {
  return fetch(`${server.apiUrl}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sandbox-server-"));
  running = [];
});

afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe("startSandboxServer", () => {
  it("serves the API over HTTP on 127.0.0.1: /me answers 200 with a token, 401 without", async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.apiUrl).toBe(`${server.url}/api/v1`);

    const me = await get(server, "/me", SANDBOX_TOKENS.resellerAAdmin);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      admin: { id: SANDBOX_IDS.admins.resellerA, name: "Ada Reseller" },
      billingEntity: {
        id: SANDBOX_IDS.billingEntities.resellerA,
        name: "Reseller A",
        isMaster: false,
      },
      isMbeAdmin: false,
    });

    const anonymous = await get(server, "/me");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/problem+json");
  });

  it("seeds again a database file written before decimal-string amounts, and serves it within the contract", async () => {
    const db = join(dir, "old.db");
    const raw = new Database(db);
    raw.exec(`CREATE TABLE records (seq INTEGER PRIMARY KEY, collection TEXT NOT NULL,
      id TEXT NOT NULL, parent_id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (collection, id));`);
    raw
      .prepare("INSERT INTO records (collection, id, parent_id, data) VALUES (?, ?, ?, ?)")
      .run("billingEntities", "be", "", JSON.stringify({ id: "be", name: "Old" }));
    raw.pragma("user_version = 2");
    raw.close();

    const server = await start({ db });
    expect(server.seeded).not.toBeNull();
    const units = await get(
      server,
      `/customers/${SANDBOX_IDS.customers.resellerAPrepay}/units`,
      SANDBOX_TOKENS.resellerAAdmin,
    );
    expect(units.status).toBe(200);
    expect((await units.json()).unitBalance).toMatch(/^-?\d+\.\d{2}$/);
  });

  it("answers a browser at / with a page that names the API base and the tokens, and serves the contract", async () => {
    const server = await start();

    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain(server.apiUrl);
    expect(html).toContain(SANDBOX_TOKENS.mbeAdmin);
    expect(html).toContain(SANDBOX_TOKENS.resellerBAdmin);

    const contract = await fetch(`${server.url}/openapi.json`);
    expect(contract.status).toBe(200);
    const spec = (await contract.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths)).toContain("/customers/{customerId}");

    // Everything else is still the API, behind its token.
    expect((await fetch(`${server.url}/api/v1/me`)).status).toBe(401);
  });

  it("seeds an empty database once; a restart on the same file keeps what was created before it", async () => {
    const first = await start();
    expect(first.seeded?.counts.customers).toBe(84);

    const created = await fetch(`${first.apiUrl}/customers`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${SANDBOX_TOKENS.resellerBAdmin}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ name: "Made before the restart", tags: ["kept"] }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const credit = await fetch(`${first.apiUrl}/customers/${id}/unit-transactions`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${SANDBOX_TOKENS.resellerBAdmin}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        description: "Before the restart",
        direction: "CREDIT",
        amount: "12.50",
      }),
    });
    expect(credit.status).toBe(201);
    await first.close();

    const second = await start();
    expect(second.seeded).toBeNull();
    const again = await get(second, `/customers/${id}`, SANDBOX_TOKENS.resellerBAdmin);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      name: "Made before the restart",
      tags: ["kept"],
      unitBalance: "12.50",
    });
    const list = await get(second, "/customers?limit=1", SANDBOX_TOKENS.mbeAdmin);
    expect(((await list.json()) as { total: number }).total).toBe(85);
  });

  it("allows a CORS preflight from the Vite dev server (http://localhost:5173), not from elsewhere", async () => {
    const server = await start();
    const preflight = (origin: string) =>
      fetch(`${server.apiUrl}/customers`, {
        method: "OPTIONS",
        headers: {
          Origin: origin,
          "Access-Control-Request-Method": "PATCH",
          "Access-Control-Request-Headers": "authorization, content-type, if-match",
        },
      });

    const allowed = await preflight("http://localhost:5173");
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(allowed.headers.get("access-control-allow-methods")).toContain("PATCH");
    expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toContain(
      "if-match",
    );

    const foreign = await preflight("https://evil.example");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("takes its CORS origins from the options", async () => {
    const server = await start({ corsOrigins: ["https://portal.example"] });
    const answer = await fetch(`${server.apiUrl}/me`, {
      headers: {
        Origin: "https://portal.example",
        Authorization: `Bearer ${SANDBOX_TOKENS.mbeAdmin}`,
      },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe("https://portal.example");
  });

  it("leaves the database empty with seed: 'none' (then no token is valid)", async () => {
    const server = await start({ seed: "none" });
    expect(server.seeded).toBeNull();
    expect(server.store.count("customers")).toBe(0);
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(401);
  });

  it("runs on ':memory:' too", async () => {
    const server = await start({ db: ":memory:" });
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(200);
  });

  it("uses the clock it is given", async () => {
    const server = await start({ now: () => new Date("2027-02-03T04:05:06Z") });
    const created = await fetch(`${server.apiUrl}/customers`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${SANDBOX_TOKENS.mbeAdmin}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ name: "Clockwork Ltd" }),
    });
    const { createdAt } = (await created.json()) as { createdAt: string };
    expect(Date.parse(createdAt)).toBe(Date.parse("2027-02-03T04:05:06Z"));
  });

  it("refuses a port in use, and leaves the database closed for the next try", async () => {
    const first = await start();
    const port = Number(new URL(first.url).port);
    await expect(
      startSandboxServer({ port, db: join(dir, "other.db"), seed: "none" }),
    ).rejects.toMatchObject({ code: "EADDRINUSE" });
    // The failed start released its file: another server can open it.
    const next = await start({ db: join(dir, "other.db") });
    expect(next.store.count("billingEntities")).toBe(3);
  });

  it("closes promptly despite an idle keep-alive connection, closes the database, and may be closed twice", async () => {
    const server = await start();
    // Node's fetch keeps the connection open after this answer.
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(200);
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(server.close()).resolves.toBeUndefined();
    await expect(get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).rejects.toThrow();
    expect(() => server.store.count("customers")).toThrow();
  });

  it("refuses a port outside 0–65535 before touching the database", async () => {
    await expect(startSandboxServer({ port: 70000, db: join(dir, "never.db") })).rejects.toThrow(
      /port must be an integer/,
    );
    expect(existsSync(join(dir, "never.db"))).toBe(false);
  });
});

describe("fault injection on the server", () => {
  const customerPath = `/customers/${SANDBOX_IDS.customers.resellerAPrepay}`;
  const putFaults = (server: SandboxServer, body: unknown) =>
    fetch(`${server.url}/__sandbox/faults`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  it("forces a 503 problem with Retry-After on one operation, and PUT /__sandbox/faults brings it back", async () => {
    const server = await start({ faults: { status: { getCustomer: 503 } } });
    const failed = await get(server, customerPath, SANDBOX_TOKENS.resellerAAdmin);
    expect(failed.status).toBe(503);
    expect(failed.headers.get("content-type")).toBe("application/problem+json");
    expect(failed.headers.get("retry-after")).toBe("1");
    expect(await failed.json()).toMatchObject({
      type: "https://customer-kit.dev/problems/unavailable",
      status: 503,
      instance: `/api/v1${customerPath}`,
    });
    // Only that operation.
    expect((await get(server, "/me", SANDBOX_TOKENS.resellerAAdmin)).status).toBe(200);

    const cleared = await putFaults(server, {});
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).toEqual({ latency: 0 });
    expect((await get(server, customerPath, SANDBOX_TOKENS.resellerAAdmin)).status).toBe(200);
  });

  it("answers an injected fault with CORS headers, so a browser on the dev server sees the 503", async () => {
    const server = await start({ faults: { status: { getMe: 503 } } });
    const answer = await fetch(`${server.apiUrl}/me`, {
      headers: {
        Origin: "http://localhost:5173",
        Authorization: `Bearer ${SANDBOX_TOKENS.mbeAdmin}`,
      },
    });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it("fails a seeded share of requests with 503, the same ones again after the faults are put again", async () => {
    const server = await start();
    const run = async () => {
      expect((await putFaults(server, { errorRate: 0.3, randomSeed: 42 })).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) {
        statuses.push((await get(server, "/me", SANDBOX_TOKENS.resellerAAdmin)).status);
      }
      return statuses;
    };
    const first = await run();
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
    expect(first.every((s) => s === 200 || s === 503)).toBe(true);
    expect(await run()).toEqual(first);
  });

  it("delays every answer by the latency it starts with, and by none once it is put to 0", async () => {
    const server = await start({ latency: 150 });
    let started = performance.now();
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);

    expect(await (await putFaults(server, { latency: 0 })).json()).toEqual({ latency: 0 });
    started = performance.now();
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(140);
  });

  it("cuts the connection while offline, and still answers its controls", async () => {
    const server = await start();
    await putFaults(server, { offline: true });
    await expect(get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).rejects.toThrow(TypeError);
    const now = await fetch(`${server.url}/__sandbox/faults`);
    expect(await now.json()).toEqual({ offline: true, latency: 0 });
    await putFaults(server, {});
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(200);
  });

  it("refuses faults it cannot inject with a 400 naming each field, and keeps the ones it had", async () => {
    const server = await start({ faults: { errorRate: 1 } });
    const refused = await putFaults(server, {
      errorRate: 2,
      status: { getCustomer: 200, noSuchOperation: 503 },
      latency: -1,
      colour: "red",
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const fields = ((await refused.json()) as { errors: { field: string }[] }).errors.map(
      (e) => e.field,
    );
    expect(fields.sort()).toEqual(
      ["colour", "errorRate", "latency", "status.getCustomer", "status.noSuchOperation"].sort(),
    );
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(503);
    expect((await fetch(`${server.url}/__sandbox/faults`, { method: "DELETE" })).status).toBe(405);
  });

  it("changes faults in process with setFaults, and refuses out-of-range ones at start", async () => {
    const server = await start();
    server.setFaults({ status: { getMe: 500 } });
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(500);
    server.setFaults(undefined);
    expect((await get(server, "/me", SANDBOX_TOKENS.mbeAdmin)).status).toBe(200);
    await expect(
      startSandboxServer({ port: 0, db: join(dir, "never.db"), faults: { errorRate: 7 } }),
    ).rejects.toThrow(RangeError);
    expect(existsSync(join(dir, "never.db"))).toBe(false);
  });

  it("POST /__sandbox/reset puts the seed back: what a test created is gone", async () => {
    const server = await start();
    const created = await fetch(`${server.apiUrl}/customers`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${SANDBOX_TOKENS.mbeAdmin}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ name: "Made by an e2e test" }),
    });
    const { id } = (await created.json()) as { id: string };
    const before = server.store.count("customers");

    const reset = await fetch(`${server.url}/__sandbox/reset`, { method: "POST" });
    expect(reset.status).toBe(204);
    expect((await get(server, `/customers/${id}`, SANDBOX_TOKENS.mbeAdmin)).status).toBe(404);
    expect(server.store.count("customers")).toBe(before - 1);
    expect((await get(server, customerPath, SANDBOX_TOKENS.resellerAAdmin)).status).toBe(200);
  });
});
