/**
 * The command line of `customer-kit-sandbox` (and `pnpm sandbox`), parsed into server options.
 * Kept apart from `cli.ts`, which runs on import, so that it can be tested.
 */
import { parseArgs } from "node:util";
import { MAX_LATENCY_MS, parseFaultSettings } from "./faults";
import { ProblemError } from "./http/problem";
import type { SandboxServerOptions } from "./server";

export const USAGE = `Usage: customer-kit-sandbox [options]

Runs the customer-kit admin API on a SQLite file, seeded with demo data on first start.

Options:
  --port <n>            TCP port, 0 for any free one              (default: 4010)
  --host <address>      interface to listen on                    (default: 127.0.0.1)
  --db <file>           SQLite file, or :memory:                  (default: .data/sandbox.db)
  --seed <size>         default | large | none; seeds an empty db (default: default)
  --cors-origin <url>   browser origin allowed to call the API; repeatable, or * for any
                        (default: http://localhost:5173, :6006 and their 127.0.0.1 twins)
  --faults <json>       failures to inject, e.g. '{"errorRate":0.1,"status":{"getCustomer":503}}'
                        (errorRate, status, offline, randomSeed); change them at run time
                        with PUT /__sandbox/faults                (default: none)
  --latency <ms>        delay before every API answer            (default: 0)
  -h, --help            show this help

Tokens: demo-mbe-admin, demo-reseller-a-admin, demo-reseller-b-admin`;

export type CliCommand =
  | { kind: "help" }
  | { kind: "start"; options: SandboxServerOptions & { db: string } }
  | { kind: "error"; message: string };

const SEEDS = ["default", "large", "none"] as const;

/** Parses `argv` (without node and the script). Never throws: bad input is `{ kind: "error" }`. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    // node:util's messages are clear ("Unknown option '--prot'"); keep them, drop the code.
    return { kind: "error", message: (error as Error).message };
  }
  if (values.help) return { kind: "help" };

  const problems: string[] = [];
  const port = values.port === undefined ? 4010 : Number(values.port);
  // Digits only: Number() would take "", " 80", "0x50" and "1e3".
  if (values.port !== undefined && (!/^\d{1,5}$/.test(values.port) || port > 65535)) {
    problems.push(`--port must be a number from 0 to 65535, not "${values.port}"`);
  }
  const host = values.host ?? "127.0.0.1";
  if (host.trim() === "") problems.push("--host must not be empty");
  const db = values.db ?? ".data/sandbox.db";
  if (db.trim() === "") problems.push("--db must not be empty");
  const seed = values.seed ?? "default";
  if (!(SEEDS as readonly string[]).includes(seed)) {
    problems.push(`--seed must be one of ${SEEDS.join(", ")}, not "${seed}"`);
  }
  const origins = values["cors-origin"] ?? [];
  let corsOrigins: readonly string[] | "*" | undefined;
  if (origins.includes("*")) {
    corsOrigins = "*";
  } else if (origins.length > 0) {
    for (const origin of origins) {
      if (!isOrigin(origin)) {
        problems.push(
          `--cors-origin must be an origin such as http://localhost:5173, not "${origin}"`,
        );
      }
    }
    corsOrigins = origins;
  }
  let faults: SandboxServerOptions["faults"];
  if (values.faults !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(values.faults);
    } catch {
      problems.push(
        `--faults must be a JSON object such as '{"errorRate":0.1}', not "${values.faults}"`,
      );
    }
    if (json !== undefined) {
      const parsed = parseFaultSettings(json);
      if (parsed instanceof ProblemError) {
        for (const error of parsed.errors ?? []) {
          problems.push(`--faults: ${error.field}: ${error.message}`);
        }
      } else if (parsed.latency !== undefined) {
        problems.push("--faults takes no latency: use --latency");
      } else {
        faults = parsed.faults;
      }
    }
  }
  const latency = values.latency === undefined ? undefined : Number(values.latency);
  if (
    values.latency !== undefined &&
    (!/^\d{1,5}$/.test(values.latency) || (latency as number) > MAX_LATENCY_MS)
  ) {
    problems.push(
      `--latency must be whole milliseconds from 0 to ${MAX_LATENCY_MS}, not "${values.latency}"`,
    );
  }
  if (problems.length === 1) return { kind: "error", message: problems[0]! };
  if (problems.length > 1) {
    return { kind: "error", message: `bad arguments:\n  ${problems.join("\n  ")}` };
  }

  return {
    kind: "start",
    options: {
      port,
      host,
      db,
      seed: seed as (typeof SEEDS)[number],
      ...(corsOrigins !== undefined && { corsOrigins }),
      ...(faults !== undefined && { faults }),
      ...(latency !== undefined && { latency }),
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      db: { type: "string" },
      seed: { type: "string" },
      "cors-origin": { type: "string", multiple: true },
      faults: { type: "string" },
      latency: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** An origin is scheme://host[:port] and nothing else: what the browser sends in `Origin`. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value;
  } catch {
    return false;
  }
}
