/**
 * A small load test of the sandbox server: `pnpm bench:sandbox [--seconds 5] [--connections 32]`.
 *
 * Starts the server on a temporary SQLite file (port 0, loopback only), then for each scenario
 * keeps `connections` requests in flight for `seconds` and prints requests/second and p50/p99
 * latency; also how long seeding takes. Node's own fetch (undici, keep-alive) is the load
 * generator, so the numbers include a realistic client, not just the handler.
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

/**
 * Keeps `connections` loops sending `request()` until the deadline; each loop awaits its answer
 * (body read to the end) before it sends the next, so at most `connections` are in flight.
 */
async function run(scenario: string, request: (i: number) => Promise<Response>, ok: number) {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  // A hard cap besides the deadline, so that a loop can never run away (e.g. on instant errors).
  const maxPerLoop = 5_000_000;
  const loop = async () => {
    for (let n = 0; n < maxPerLoop && performance.now() < deadline; n++) {
      const i = sent++;
      const t0 = performance.now();
      try {
        const response = await request(i);
        await response.arrayBuffer();
        if (response.status !== ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - start) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  return {
    scenario,
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
  } satisfies Result;
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
    const read = await run("GET /customers/{id}", () => fetch(customerUrl, { headers: auth }), 200);

    // Credits go to a customer of their own, so the seeded ones stay as they were.
    const created = await fetch(`${server.apiUrl}/customers`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Bench Customer" }),
    });
    const { id: benchCustomer } = (await created.json()) as { id: string };
    const txUrl = `${server.apiUrl}/customers/${benchCustomer}/unit-transactions`;
    const body = JSON.stringify({ description: "Bench credit", direction: "CREDIT", amount: 0.01 });
    const write = await run(
      "POST /customers/{id}/unit-transactions",
      (i) =>
        fetch(txUrl, {
          method: "POST",
          headers: { ...auth, "Content-Type": "application/json", "Idempotency-Key": `bench-${i}` },
          body,
        }),
      201,
    );

    // Every credit that succeeded is in the balance, once: the write path kept the ledger.
    const balance = (await (
      await fetch(`${txUrl.replace(/unit-transactions$/, "units")}`, { headers: auth })
    ).json()) as {
      total: number;
    };
    const credited = write.requests - write.errors;

    const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(10);
    console.log(
      `\ncustomer-kit sandbox bench: ${seconds} s per scenario, ${connections} connections, Node ${process.version}, loopback\n`,
    );
    console.log(
      `seed ("default", SQLite file): ${seedMs.toFixed(0)} ms  (${JSON.stringify(summary)})`,
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
