import { parseArgs } from "node:util";

/** What `server.ts` is started with. */
export interface PortalOptions {
  /** The portal's port; 0 picks a free one. @default 4000 */
  port: number;
  /** The sandbox API's port; 0 picks a free one. @default 4010 */
  sandboxPort: number;
  /** The sandbox's SQLite file (kept between runs), or `:memory:`. @default ".data/sandbox.db" */
  db: string;
  /** What an empty database is seeded with. @default "default" */
  seed: "default" | "large" | "none";
  /** Build the portal first when its source is newer than `dist/`. @default true */
  build: boolean;
  /** The interface both listen on. @default "127.0.0.1" */
  host: string;
}

export const USAGE = `Usage: pnpm demo [options]   (tsx --conditions=development examples/portal/server.ts)

Builds the portal when its source changed, starts the sandbox API on a SQLite file, and serves the
portal with a strict Content-Security-Policy.

Options:
  --port <n>           the portal's port, 0 for any free one       (default: 4000)
  --sandbox-port <n>   the sandbox API's port, 0 for any free one  (default: 4010)
  --db <file>          the sandbox's SQLite file, or :memory:      (default: .data/sandbox.db)
  --seed <size>        default | large | none; seeds an empty db   (default: default)
  --no-build           serve dist/ as it is (no vite build)
  -h, --help           show this help`;

export type PortalCommand =
  | { kind: "help" }
  | { kind: "start"; options: PortalOptions }
  | { kind: "error"; message: string };

const SEEDS = ["default", "large", "none"] as const;

function port(name: string, value: string | undefined, fallback: number, problems: string[]) {
  if (value === undefined) return fallback;
  // Digits only: Number() would take "", " 80", "0x50" and "1e3".
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    problems.push(`--${name} must be a number from 0 to 65535, not "${value}"`);
    return fallback;
  }
  return Number(value);
}

/** Parses `argv` (without node and the script). Never throws: bad input is `{ kind: "error" }`. */
export function parsePortalArgs(argv: readonly string[]): PortalCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        "sandbox-port": { type: "string" },
        db: { type: "string" },
        seed: { type: "string" },
        host: { type: "string" },
        build: { type: "boolean" },
        "no-build": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
  if (values.help) return { kind: "help" };
  const problems: string[] = [];
  const options: PortalOptions = {
    port: port("port", values.port as string | undefined, 4000, problems),
    sandboxPort: port("sandbox-port", values["sandbox-port"] as string | undefined, 4010, problems),
    db: (values.db as string | undefined) ?? ".data/sandbox.db",
    seed: "default",
    build: !values["no-build"],
    host: (values.host as string | undefined) ?? "127.0.0.1",
  };
  if (options.db.trim() === "") problems.push("--db must not be empty");
  const seed = (values.seed as string | undefined) ?? "default";
  if ((SEEDS as readonly string[]).includes(seed)) options.seed = seed as PortalOptions["seed"];
  else problems.push(`--seed must be one of ${SEEDS.join(", ")}, not "${seed}"`);
  if (options.port !== 0 && options.port === options.sandboxPort) {
    problems.push(`--port and --sandbox-port must differ (both ${options.port})`);
  }
  if (problems.length > 0) return { kind: "error", message: problems.join("\n") };
  return { kind: "start", options };
}
