/**
 * The HTML example's server: `tsx --conditions=development examples/html/server.ts [options]`.
 * Starts the sandbox API in this process (on a SQLite file, its CORS open to this page's origin),
 * and serves the page as a PHP, Django or Rails app would: the HTML with the API's URL, a token
 * and a fresh CSP nonce written in by the server, the page's own files, and the kit's standalone
 * bundle from the host's own origin (`/elements/…` = packages/elements/dist: no CDN).
 * Ctrl+C stops both.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type SandboxServer, startSandboxServer } from "@customer-kit/sandbox/server";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, "../..");
const ELEMENTS = join(REPO, "packages/elements");
const DIST = join(ELEMENTS, "dist");

export const USAGE = `Usage: tsx --conditions=development examples/html/server.ts [options]

Serves the plain HTML page that embeds the kit's custom elements, and the sandbox API it talks to.

Options:
  --port <n>           the page's port, 0 for any free one         (default: 4020)
  --sandbox-port <n>   the sandbox API's port, 0 for any free one  (default: 4030)
  --db <file>          the sandbox's SQLite file, or :memory:      (default: .data/html.db)
  --seed <size>        default | large | none; seeds an empty db   (default: default)
  --token <token>      the admin token the page is given           (default: demo-reseller-a-admin)
  --no-build           serve packages/elements/dist as it is
  -h, --help           show this help`;

export interface HtmlExampleOptions {
  port: number;
  sandboxPort: number;
  db: string;
  seed: "default" | "large" | "none";
  token: string;
  build: boolean;
  host: string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** The page's files by URL; the elements' bundle and stylesheet under /elements/. */
const FILES: Record<string, string> = {
  "/app.js": join(HERE, "app.js"),
  "/page.css": join(HERE, "page.css"),
  "/favicon.svg": join(HERE, "favicon.svg"),
  "/elements/standalone.js": join(DIST, "standalone.js"),
  "/elements/styles.css": join(DIST, "styles.css"),
};
const PAGES: Record<string, string> = {
  "/": join(HERE, "index.html"),
  "/index.html": join(HERE, "index.html"),
  "/shadow.html": join(HERE, "shadow.html"),
};

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry !== "node_modules") latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/**
 * Builds the bundle and the stylesheet (not the .d.ts: the page needs none) when either is
 * missing or older than the kit's source; `pnpm build` makes the same files.
 */
export function buildIfStale(log: (line: string) => void = () => {}): void {
  const built = Math.min(newest(join(DIST, "standalone.js")), newest(join(DIST, "styles.css")));
  const sources = Math.max(
    ...["client", "hooks", "react", "elements"].map((p) =>
      newest(join(REPO, "packages", p, "src")),
    ),
  );
  if (built > sources) return;
  log("HTML example: building @customer-kit/elements (bundle and stylesheet)…");
  for (const [file, args] of [
    ["pnpm", ["exec", "tsup", "--no-dts", "--silent"]],
    [process.execPath, ["scripts/build-css.mjs"]],
  ] as const) {
    const run = spawnSync(file, [...args], { cwd: ELEMENTS, stdio: "inherit" });
    if (run.status !== 0)
      throw new Error(`building the elements failed (${file} ${args.join(" ")})`);
  }
}

/** The page's CSP: nothing inline but the one nonce'd <style> Radix's scroll lock writes. */
export function contentSecurityPolicy(nonce: string, apiOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' ${apiOrigin}`,
    `connect-src 'self' ${apiOrigin}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function handler(apiUrl: string, token: string) {
  const apiOrigin = new URL(apiUrl).origin;
  return (req: IncomingMessage, res: ServerResponse) => {
    const nonce = randomBytes(16).toString("base64");
    const headers: Record<string, string> = {
      "Content-Security-Policy": contentSecurityPolicy(nonce, apiOrigin),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-cache",
    };
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, {
        ...headers,
        "Content-Type": type,
        "Content-Length": Buffer.byteLength(body),
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(405, "text/plain", "Method not allowed\n");
      return;
    }
    const path = new URL(req.url ?? "/", "http://page").pathname;
    const page = PAGES[path];
    if (page) {
      // What a server-side template does: the API, the signed-in admin's token, the nonce.
      const html = readFileSync(page, "utf8")
        .replaceAll("%API_URL%", escapeAttr(apiUrl))
        .replaceAll("%TOKEN%", escapeAttr(token))
        .replaceAll("%NONCE%", escapeAttr(nonce));
      send(200, TYPES[".html"] as string, html);
      return;
    }
    const file = FILES[path];
    if (!file || !existsSync(file)) {
      send(
        404,
        "text/plain; charset=utf-8",
        file ? `${path}: run pnpm build first\n` : "Not found\n",
      );
      return;
    }
    send(200, TYPES[extname(file)] ?? "application/octet-stream", readFileSync(file));
  };
}

export interface HtmlExample {
  url: string;
  sandbox: SandboxServer;
  close(): Promise<void>;
}

export async function startHtmlExample(
  options: Partial<HtmlExampleOptions> & { log?: (line: string) => void } = {},
): Promise<HtmlExample> {
  const {
    port = 4020,
    sandboxPort = 4030,
    seed = "default",
    token = "demo-reseller-a-admin",
    build = true,
    host = "127.0.0.1",
    log,
  } = options;
  const db = options.db === ":memory:" ? ":memory:" : resolve(REPO, options.db ?? ".data/html.db");
  if (build) buildIfStale(log);
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handle) handle(req, res);
    else {
      res.writeHead(503, { "Retry-After": "1", "Content-Type": "text/plain" });
      res.end("Starting\n");
    }
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      done();
    });
  });
  const pagePort = (server.address() as AddressInfo).port;
  let sandbox: SandboxServer;
  try {
    sandbox = await startSandboxServer({
      port: sandboxPort,
      host,
      db,
      seed,
      corsOrigins: [`http://127.0.0.1:${pagePort}`, `http://localhost:${pagePort}`],
    });
  } catch (error) {
    server.close();
    throw error;
  }
  handle = handler(sandbox.apiUrl, token);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${pagePort}/`,
    sandbox,
    close() {
      closing ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }).then(() => sandbox.close());
      return closing;
    },
  };
}

function parse(argv: string[]): HtmlExampleOptions | "help" | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: "string" },
        "sandbox-port": { type: "string" },
        db: { type: "string" },
        seed: { type: "string" },
        token: { type: "string" },
        host: { type: "string" },
        "no-build": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    return (error as Error).message;
  }
  if (values.help) return "help";
  const num = (name: string, fallback: number) => {
    const text = values[name] as string | undefined;
    if (text === undefined) return fallback;
    if (!/^\d{1,5}$/.test(text) || Number(text) > 65535)
      throw new Error(`--${name} must be a port from 0 to 65535, not "${text}"`);
    return Number(text);
  };
  const seed = (values.seed as string | undefined) ?? "default";
  if (!["default", "large", "none"].includes(seed))
    return `--seed must be default, large or none, not "${seed}"`;
  try {
    return {
      port: num("port", 4020),
      sandboxPort: num("sandbox-port", 4030),
      db: (values.db as string | undefined) ?? ".data/html.db",
      seed: seed as HtmlExampleOptions["seed"],
      token: (values.token as string | undefined) ?? "demo-reseller-a-admin",
      build: !values["no-build"],
      host: (values.host as string | undefined) ?? "127.0.0.1",
    };
  } catch (error) {
    return (error as Error).message;
  }
}

async function main() {
  const parsed = parse(process.argv.slice(2));
  if (parsed === "help") {
    console.log(USAGE);
    return;
  }
  if (typeof parsed === "string") {
    console.error(`html example: ${parsed}\n\nRun with --help for the options.`);
    process.exitCode = 2;
    return;
  }
  let example: HtmlExample;
  try {
    example = await startHtmlExample({ ...parsed, log: (line) => console.log(line) });
  } catch (error) {
    console.error(`html example: cannot start: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    [
      `HTML example: ${example.url}`,
      `Sandbox API: ${example.sandbox.apiUrl} (${parsed.db})`,
      "Press Ctrl+C to stop.",
    ].join("\n"),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    example.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
