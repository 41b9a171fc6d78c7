/**
 * A small load test of the sandbox server: `pnpm bench:sandbox [--seconds 5] [--connections 32]`.
 *
 * Starts the server on a temporary SQLite file (port 0, loopback only), then for each scenario
 * keeps `connections` requests in flight for `seconds` and prints requests/second and p50/p99
 * latency; also how long seeding takes. Node's own fetch (undici, keep-alive) is the load
 * generator, in a worker thread beside the server's, so the numbers include a real HTTP client
 * and the whole server path (parsing, auth, validation, SQLite, JSON), not just the handler.
 *
 * Scenarios:
 * - GET /customers/{id}: a read (auth, tenancy check, one record, JSON, ETag);
 * - POST /customers/{id}/unit-transactions: a small credit with its own Idempotency-Key each (a
 *   write transaction: idempotency record, ledger entry, balance, in one SQLite transaction).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { SANDBOX_IDS, SANDBOX_TOKENS, seedStore } from "../src/seed";
import { startSandboxServer } from "../src/server";
import { SqliteStore } from "../src/store/sqlite";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "32" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (
  !(seconds > 0 && seconds <= 600) ||
  !(Number.isInteger(connections) && connections >= 1 && connections <= 1024)
) {
  console.error("Usage: bench.ts [--seconds 1..600] [--connections 1..1024]");
  process.exit(2);
}

interface Result {
  scenario: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** The q-quantile (0..1) of sorted latencies, nearest rank. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** What one scenario sends; `idempotencyKeys` gives each request its own `Idempotency-Key`. */
interface Scenario {
  name: string;
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  idempotencyKeys?: boolean;
  /** The status every answer should have; anything else counts as an error. */
  ok: number;
}

/**
 * The load generator, run in a worker thread so that it does not share the server's event loop
 * (on a 2-core machine: one core each). Plain JavaScript, so the worker needs no TypeScript
 * loader. `connections` loops each send a request, read its body to the end, then send the next,
 * until the deadline (and never more than a fixed count: a bounded loop even on instant errors).
 */
const LOAD_GENERATOR = `
const { parentPort, workerData } = require("node:worker_threads");
const { scenario, seconds, connections } = workerData;
const latencies = [];
let errors = 0;
let sent = 0;
const start = performance.now();
const deadline = start + seconds * 1000;
const maxPerLoop = 5000000;
async function loop() {
  for (let n = 0; n < maxPerLoop && performance.now() < deadline; n++) {
    const i = sent++;
    const headers = scenario.idempotencyKeys
      ? { ...scenario.headers, "Idempotency-Key": "bench-" + i }
      : scenario.headers;
    const t0 = performance.now();
    try {
      const response = await fetch(scenario.url, { method: scenario.method, headers, body: scenario.body });
      await response.arrayBuffer();
      if (response.status !== scenario.ok) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}
Promise.all(Array.from({ length: connections }, loop)).then(() => {
  const elapsed = (performance.now() - start) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  parentPort.postMessage({ sorted, errors, elapsed }, [sorted.buffer]);
});
`;

async function run(scenario: Scenario): Promise<Result> {
  const worker = new Worker(LOAD_GENERATOR, {
    eval: true,
    workerData: { scenario, seconds, connections },
  });
  const { sorted, errors, elapsed } = await new Promise<{
    sorted: Float64Array;
    errors: number;
    elapsed: number;
  }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  return {
    scenario: scenario.name,
    requests: sorted.length,
    errors,
    perSecond: sorted.length / elapsed,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
  };
}

const dir = mkdtempSync(join(tmpdir(), "ck-bench-"));
try {
  // Seeding alone, on a file of its own, so that its time is not mixed with the server's start.
  const seedStart = performance.now();
  const seedOnly = SqliteStore.open(join(dir, "seed-only.db"));
  const summary = seedStore(seedOnly);
  const seedMs = performance.now() - seedStart;
  seedOnly.close();

  const startAt = performance.now();
  const server = await startSandboxServer({ port: 0, db: join(dir, "bench.db"), seed: "default" });
  const startMs = performance.now() - startAt;
  const auth = { Authorization: `Bearer ${SANDBOX_TOKENS.resellerAAdmin}` };

  try {
    // Warm up: JIT, prepared statements, the connection pool.
    for (let i = 0; i < 200; i++) {
      await (await fetch(`${server.apiUrl}/me`, { headers: auth })).arrayBuffer();
    }

    const customerUrl = `${server.apiUrl}/customers/${SANDBOX_IDS.customers.resellerAPrepay}`;
    const read = await run({
      name: "GET /customers/{id}",
      url: customerUrl,
      method: "GET",
      headers: auth,
      ok: 200,
    });

    // Credits go to a customer of their own, so the seeded ones stay as they were.
    const created = await fetch(`${server.apiUrl}/customers`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Bench Customer" }),
    });
    const { id: benchCustomer } = (await created.json()) as { id: string };
    const write = await run({
      name: "POST /customers/{id}/unit-transactions",
      url: `${server.apiUrl}/customers/${benchCustomer}/unit-transactions`,
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ description: "Bench credit", direction: "CREDIT", amount: 0.01 }),
      idempotencyKeys: true,
      ok: 201,
    });

    // Every credit that succeeded is in the balance, once: the write path kept the ledger.
    const balance = (await (
      await fetch(`${server.apiUrl}/customers/${benchCustomer}/units`, { headers: auth })
    ).json()) as { total: number };
    const credited = write.requests - write.errors;

    const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(10);
    console.log(
      `\ncustomer-kit sandbox bench: ${seconds} s per scenario, ${connections} connections, Node ${process.version}, loopback\n`,
    );
    const c = summary.counts;
    console.log(
      `seed ("default", own SQLite file): ${seedMs.toFixed(0)} ms  (${c.customers} customers, ${c.users} users, ${c.unitTransactions} ledger entries, ${c.invoices} invoices, ${c.jobs} jobs)`,
    );
    console.log(
      `server start on an empty file (migrate + seed + listen): ${startMs.toFixed(0)} ms\n`,
    );
    console.log(
      `${"scenario".padEnd(40)}${"requests".padStart(10)}${"errors".padStart(10)}${"req/s".padStart(10)}${"p50 ms".padStart(10)}${"p99 ms".padStart(10)}`,
    );
    for (const r of [read, write]) {
      console.log(
        `${r.scenario.padEnd(40)}${String(r.requests).padStart(10)}${String(r.errors).padStart(10)}${fmt(r.perSecond, 0)}${fmt(r.p50, 2)}${fmt(r.p99, 2)}`,
      );
    }
    console.log(
      `\nledger check: ${credited} credits of 0.01 → balance ${balance.total} (${Math.round(balance.total * 100) === credited ? "ok" : "MISMATCH"})`,
    );
    if (read.errors + write.errors > 0 || Math.round(balance.total * 100) !== credited) {
      process.exitCode = 1;
    }
  } finally {
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
