/**
 * The contract checked by someone else's validator: Stoplight Prism in proxy mode, in front of the
 * Node server on SQLite. With `--errors`, Prism answers 500 for a response that breaks the contract
 * and lists what is wrong in an `sl-violations` header (an undeclared status is one too). Our own
 * recorder (validator.ts) checks the same exchanges; Prism is the independent second opinion that
 * off-the-shelf tooling (a host's mock server, a gateway) will agree with the sandbox.
 *
 * Prism validates requests as well (a bad one it refuses itself), so only valid requests go through
 * it: one for every operation (VALID_REQUESTS), the seeded customers' amounts, and the refusals a
 * UI meets with a valid request (404, 409, 412, 422), whose problem bodies Prism checks too.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../seed";
import { type SandboxServer, startSandboxServer } from "../server";
import { makeFixture } from "./cases/matrix";
import { ContractContext, type RawResponse, uniqueName } from "./harness";
import { type Fixture, VALID_REQUESTS } from "./requests";
import { type OperationId, operations } from "./spec";

const SPEC = fileURLToPath(new URL("../generated/openapi.json", import.meta.url));
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

/** A port nobody listens on now (the OS picks it; Prism takes no `0`). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("port")),
      );
    });
  });
}

/** The `prism` bin of @stoplight/prism-cli (a root dev dependency), run by this Node. */
function prismBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@stoplight/prism-cli/package.json");
  return join(dirname(manifest), "dist/index.js");
}

/** Starts `prism proxy` and resolves once it listens; rejects with its output if it cannot. */
async function startPrism(
  spec: string,
  upstream: string,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      prismBin(),
      "proxy",
      spec,
      upstream,
      "--errors",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Prism did not start within 45 s:\n${output.slice(-2000)}`));
    }, 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (${code}) before it listened:\n${output.slice(-2000)}`));
    });
  });
  // Keep draining its log (one line per request), or a full pipe would stall it.
  child.stdout?.resume();
  child.stderr?.resume();
  return { url: `http://127.0.0.1:${port}`, child };
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

describe("contract: through Stoplight Prism's validating proxy", () => {
  const dir = mkdtempSync(join(tmpdir(), "ck-prism-"));
  const ctx = new ContractContext();
  let server: SandboxServer | undefined;
  let prism: ChildProcess | undefined;
  /** Every exchange that Prism found fault with, as `METHOD path → status: violations`. */
  const faults: string[] = [];

  beforeAll(async () => {
    // A copy: Prism reloads a spec file that changes, and the contract is edited all the time.
    const spec = join(dir, "openapi.json");
    copyFileSync(SPEC, spec);
    server = await startSandboxServer({ port: 0, db: join(dir, "sandbox.db"), seed: "default" });
    const started = await startPrism(spec, server.apiUrl);
    prism = started.child;
    ctx.attach({ baseUrl: started.url, close: () => undefined });
  }, 90_000);

  afterAll(async () => {
    await stop(prism);
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sends one request through Prism, and notes what Prism (and our recorder) found wrong. */
  async function through(
    method: string,
    path: string,
    options: Parameters<ContractContext["raw"]>[2] = {},
  ): Promise<RawResponse> {
    const response = await ctx.raw(method, path, options);
    const violations = response.headers.get("sl-violations");
    if (violations !== null || response.status === 500) {
      faults.push(
        `${method} ${path} → ${response.status}: ${violations ?? JSON.stringify(response.body)}`,
      );
    }
    return response;
  }

  function expectClean(): void {
    expect(faults.splice(0), "responses Prism found to break the contract").toEqual([]);
    expect(ctx.recorder.takeViolations(), "responses our recorder found to break it").toEqual([]);
  }

  it("is live: Prism checks exchanges against this contract (it refuses a request that breaks it)", async () => {
    // Prism skips what it cannot compile without a word; a request it refuses shows it compiled
    // the contract's schemas. An amount as a JSON number breaks the `Units` pattern's type.
    const response = await ctx.raw("POST", `/customers/${NORTHWIND}/unit-transactions`, {
      body: { description: "Canary", direction: "CREDIT", amount: 5 },
    });
    // That answer is Prism's own, not the API's: our recorder rightly flags it, and it is dropped.
    ctx.recorder.takeViolations();
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toMatch(/stoplight\.io\/prism.*amount/);
  });

  it("passes a valid request of every operation, with its 2xx answer", async () => {
    // The seeded customer has invoices, credit notes, VDCs, servers and disks to read.
    const fixture: Fixture = await makeFixture(ctx, "a", NORTHWIND);
    // Deletions last (the customer's own last of all), so that the reads find what they read.
    const order = (id: OperationId) =>
      id === "deleteCustomer"
        ? 2
        : operations.find((op) => op.operationId === id)?.method === "DELETE"
          ? 1
          : 0;
    const ids = operations.map((op) => op.operationId).sort((x, y) => order(x) - order(y));
    const statuses: Record<string, number> = {};
    for (const operationId of ids) {
      const request = await VALID_REQUESTS[operationId](fixture, ctx);
      const response = await through(request.method, request.path, {
        as: fixture.owner,
        body: request.body,
        headers: request.headers ?? {},
      });
      statuses[operationId] = response.status;
    }
    const failed = Object.entries(statuses).filter(([, status]) => status < 200 || status >= 300);
    expect(failed, "operations whose valid request did not succeed").toEqual([]);
    expect(Object.keys(statuses).length).toBe(operations.length);
    expectClean();
  });

  it("passes every amount of the seeded customers: ledgers, balances, maxima, billing documents, usage", async () => {
    const { body } = await through("GET", "/customers?limit=200", { as: "mbe" });
    const customers = (body as { items: { id: string }[] }).items;
    expect(customers.length).toBeGreaterThan(40);
    // A few at a time: Prism validates each answer, and the machine may have two cores.
    for (let i = 0; i < customers.length; i += 4) {
      await Promise.all(
        customers
          .slice(i, i + 4)
          .flatMap(({ id }) =>
            [
              `/customers/${id}/unit-transactions?limit=200`,
              `/customers/${id}/units`,
              `/customers/${id}/asset-maxima`,
              `/customers/${id}/statements?limit=200`,
              `/customers/${id}/invoices?limit=200`,
              `/customers/${id}/credit-notes?limit=200`,
            ].map((path) => through("GET", path, { as: "mbe" })),
          ),
      );
    }
    await through(
      "GET",
      `/customers/${NORTHWIND}/usage?from=2026-01-01&to=2026-11-28&granularity=MONTH`,
    );
    await through("GET", "/product-offers?limit=200", { as: "mbe" });
    expectClean();
  });

  it("passes the refusals a UI meets with valid requests: 404, 409, 412, 422", async () => {
    const { customer, etag } = await ctx.newCustomer("a");
    const path = `/customers/${customer.id}`;
    const expectStatus = (response: RawResponse, status: number) =>
      expect(response.status, JSON.stringify(response.body)).toBe(status);

    expectStatus(await through("GET", "/customers/00000000-0000-4000-8000-000000000000"), 404);
    // PATCH naming a theme that does not exist: 422 unknown-reference (declared since issue 6).
    expectStatus(
      await through("PATCH", path, {
        body: { themeId: "00000000-0000-4000-8000-000000000001" },
        headers: { "If-Match": etag },
      }),
      422,
    );
    expectStatus(
      await through("PATCH", path, { body: { name: "Stale" }, headers: { "If-Match": '"stale"' } }),
      412,
    );
    // A debit past the cutoff balance: 422 cutoff-balance, with the amount at fault.
    const maxima = await ctx.maximaEtag(customer.id, "a");
    await through("PUT", `${path}/asset-maxima`, {
      body: { limits: { CUTOFF_BALANCE: "0" } },
      headers: { "If-Match": maxima },
    });
    expectStatus(
      await through("POST", `${path}/unit-transactions`, {
        body: { description: "Too much", direction: "DEBIT", amount: "0.01" },
      }),
      422,
    );
    const key = { name: uniqueName("prism").replace(/[^A-Za-z0-9]+/g, "."), value: "v" };
    await through("POST", `${path}/keys`, { body: key });
    expectStatus(await through("POST", `${path}/keys`, { body: key }), 409);
    expectClean();
  });
});
