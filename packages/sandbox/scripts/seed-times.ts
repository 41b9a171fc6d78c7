/**
 * How long the seed takes, per size and store: `pnpm --filter @customer-kit/sandbox exec tsx
 * scripts/seed-times.ts [--runs 3]`. Each run seeds a fresh store (a new SQLite file in a temp
 * folder, or a new MemoryStore) and reports `SeedSummary.ms` (the seed inside its transaction,
 * commit included); the SQLite line also gives the file size. Prints the median of the runs.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type SeedSize, seedStore } from "../src/seed";
import { MemoryStore } from "../src/store/memory";
import { SqliteStore } from "../src/store/sqlite";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);
if (!(Number.isInteger(runs) && runs >= 1 && runs <= 20)) {
  console.error("Usage: seed-times.ts [--runs 1..20]");
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dir = mkdtempSync(join(tmpdir(), "seed-times-"));
try {
  console.log(`Node ${process.version}, median of ${runs} run(s)`);
  for (const size of ["default", "large"] as SeedSize[]) {
    const memory: number[] = [];
    const sqlite: number[] = [];
    let customers = 0;
    let records = 0;
    let fileBytes = 0;
    for (let run = 0; run < runs; run++) {
      const summary = seedStore(new MemoryStore(), { size });
      memory.push(summary.ms);
      customers = summary.counts.customers;
      records = Object.values(summary.counts).reduce((a, b) => a + b, 0);

      const file = join(dir, `${size}-${run}.db`);
      const store = SqliteStore.open(file);
      sqlite.push(seedStore(store, { size }).ms);
      store.close();
      fileBytes = statSync(file).size;
    }
    console.log(
      `${size.padEnd(8)} ${customers} customers, ${records} records: ` +
        `memory ${median(memory)} ms, SQLite file ${median(sqlite)} ms (${(fileBytes / 1e6).toFixed(1)} MB)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
