/**
 * The demo: `pnpm demo` (= `tsx --conditions=development examples/portal/server.ts [options]`).
 * Builds the portal when its source is newer than dist/, starts the sandbox API in this process on
 * a SQLite file (data survives a restart), and serves dist/ with a fresh CSP nonce per response.
 * Ctrl+C stops both. `startPortal` does the same for a script or a test.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type SandboxServer, startSandboxServer } from "@customer-kit/sandbox/server";
import { type PortalOptions, parsePortalArgs, USAGE } from "./src/server/args";
import { contentSecurityPolicy, createNonce, renderHtml } from "./src/server/csp";
import { cacheControl, contentType, resolveStatic } from "./src/server/static";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, "../..");
const DIST = join(HERE, "dist");

export interface Portal {
  /** The portal's URL, e.g. `http://127.0.0.1:4000/`. */
  url: string;
  /** The sandbox API server it started (`sandbox.apiUrl`, `sandbox.setFaults`, …). */
  sandbox: SandboxServer;
  /** Stops the portal, then the sandbox (which closes its database). */
  close(): Promise<void>;
}

/** The newest modification time under the given files and folders (0 if none exist). */
function newest(paths: readonly string[]): number {
  let latest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== "node_modules") visit(join(path, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const path of paths) visit(path);
  return latest;
}

/** What the built portal is made of: its own source and the kit's packages it bundles. */
const SOURCES = [
  join(HERE, "src"),
  join(HERE, "public"),
  join(HERE, "index.html"),
  join(HERE, "vite.config.ts"),
  ...["client", "hooks", "react"].map((name) => join(REPO, "packages", name, "src")),
];

/**
 * Runs `vite build` when dist/ is missing or older than its sources. Built into a folder of its
 * own and then moved in, so a portal serving dist/ meanwhile never sees half a build.
 * @returns the milliseconds it took, or null when dist/ was up to date
 */
export async function buildIfStale(log: (line: string) => void = () => {}): Promise<number | null> {
  const built = existsSync(join(DIST, "index.html"))
    ? statSync(join(DIST, "index.html")).mtimeMs
    : 0;
  if (built > newest(SOURCES)) return null;
  const started = Date.now();
  log(built ? "Portal: source changed, building…" : "Portal: building (first run)…");
  const { build } = await import("vite");
  const outDir = join(HERE, `.dist-${process.pid}`);
  await build({
    configFile: join(HERE, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  // Another portal (the e2e run, a second demo) may swap dist/ at the same moment: try twice.
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(DIST, { recursive: true, force: true });
      renameSync(outDir, DIST);
      break;
    } catch (error) {
      if (attempt > 0) throw error;
    }
  }
  return Date.now() - started;
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
  head: boolean,
) {
  res.writeHead(status, { "Content-Length": String(Buffer.byteLength(body)), ...headers });
  res.end(head ? undefined : body);
}

/** The request handler: dist/ as a single-page app, every response with the CSP. */
function handler(apiUrl: string, dist: string) {
  // Read again when dist/ was rebuilt (by another portal process on the same checkout, say), so
  // the page never names chunks that are gone.
  let cached = { mtimeMs: -1, html: "" };
  const template = () => {
    const file = join(dist, "index.html");
    const { mtimeMs } = statSync(file);
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, html: readFileSync(file, "utf8") };
    return cached.html;
  };
  const apiOrigin = new URL(apiUrl).origin;
  return (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === "HEAD";
    const nonce = createNonce();
    const security = {
      "Content-Security-Policy": contentSecurityPolicy({ nonce, apiOrigin }),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    };
    if (req.method !== "GET" && !head) {
      send(
        res,
        405,
        { ...security, Allow: "GET, HEAD", "Content-Type": "text/plain" },
        "Method not allowed\n",
        false,
      );
      return;
    }
    const path = new URL(req.url ?? "/", "http://portal").pathname;
    const target = resolveStatic(dist, path, isFile);
    if (target === null) {
      send(
        res,
        404,
        { ...security, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" },
        "Not found\n",
        head,
      );
      return;
    }
    if ("spa" in target) {
      const html = renderHtml(template(), { nonce, apiUrl });
      send(
        res,
        200,
        {
          ...security,
          "Content-Type": contentType("index.html"),
          "Cache-Control": cacheControl(path, true),
        },
        html,
        head,
      );
      return;
    }
    send(
      res,
      200,
      {
        ...security,
        "Content-Type": contentType(target.file),
        "Cache-Control": cacheControl(path, false),
      },
      readFileSync(target.file),
      head,
    );
  };
}

/** Starts the sandbox and the portal (building it first unless `build: false`). */
export async function startPortal(
  options: Partial<PortalOptions> & {
    /** Progress lines (the build). @default none */
    log?: (line: string) => void;
    /** The built portal to serve. @default examples/portal/dist (tests pass a folder of their own) */
    dist?: string;
  } = {},
): Promise<Portal> {
  const {
    port = 4000,
    sandboxPort = 4010,
    seed = "default",
    build = true,
    host = "127.0.0.1",
    log,
  } = options;
  const db =
    options.db === ":memory:" ? ":memory:" : resolve(REPO, options.db ?? ".data/sandbox.db");
  const dist = options.dist ?? DIST;
  if (build) await buildIfStale(log);
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error(
      `${dist} has no build; run without --no-build once (or pnpm --filter @customer-kit/example-portal build)`,
    );
  }
  // The portal listens first: the sandbox must know its origin (CORS) before it answers.
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handle) handle(req, res);
    else send(res, 503, { "Retry-After": "1", "Content-Type": "text/plain" }, "Starting\n", false);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      done();
    });
  });
  const portalPort = (server.address() as AddressInfo).port;
  const display = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  const url = `http://${display}:${portalPort}/`;
  let sandbox: SandboxServer;
  try {
    sandbox = await startSandboxServer({
      port: sandboxPort,
      host,
      db,
      seed,
      // The portal's origin under both names a developer may type.
      corsOrigins: [`http://127.0.0.1:${portalPort}`, `http://localhost:${portalPort}`],
    });
  } catch (error) {
    server.close();
    throw error;
  }
  handle = handler(sandbox.apiUrl, dist);
  let closing: Promise<void> | undefined;
  return {
    url,
    sandbox,
    close() {
      closing ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
        // A browser's keep-alive connection that is mid-request would hold close() open.
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }).then(() => sandbox.close());
      return closing;
    },
  };
}

async function main() {
  const command = parsePortalArgs(process.argv.slice(2));
  if (command.kind === "help") {
    console.log(USAGE);
    return;
  }
  if (command.kind === "error") {
    console.error(`portal: ${command.message}\n\nRun with --help for the options.`);
    process.exitCode = 2;
    return;
  }
  const { options } = command;
  let portal: Portal;
  try {
    portal = await startPortal({ ...options, log: (line) => console.log(line) });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { port?: number };
    const reason =
      e.code === "EADDRINUSE"
        ? `a port is in use (${e.message.replace(/^listen EADDRINUSE: address already in use /, "")}); pick others with --port / --sandbox-port`
        : e.message;
    console.error(`portal: cannot start: ${reason}`);
    process.exitCode = 1;
    return;
  }
  const data = portal.sandbox.seeded
    ? `seeded "${portal.sandbox.seeded.size}" in ${portal.sandbox.seeded.ms} ms`
    : `existing data, ${portal.sandbox.store.count("customers")} customers (delete the file to seed again)`;
  console.log(
    [
      `Portal: ${portal.url}`,
      `Sandbox API: ${portal.sandbox.apiUrl} (${options.db}: ${data})`,
      "Sign in with the switcher at the top: MBE admin, Reseller A admin or Reseller B admin.",
      "Press Ctrl+C to stop.",
    ].join("\n"),
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second Ctrl+C: do not wait
    stopping = true;
    console.log(`portal: ${signal}, stopping…`);
    portal.close().then(
      () => {
        console.log("portal: stopped");
        process.exit(0);
      },
      (error: unknown) => {
        console.error("portal: error while stopping:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

// Run as a script (not when a test or another script imports startPortal).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
