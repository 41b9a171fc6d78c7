/**
 * `pnpm bench [--runs 7] [--cycles 50] [--json bench.json] [--max-growth-mb 5]
 * [--max-slope-kb 20] [--only requests,timing,table,heap]`: how the kit behaves in a real browser, in one run (see bench/README.md).
 *
 * Starts the sandbox server on a temporary SQLite file with the "large" seed (10,000 customers,
 * all visible to the MBE admin), builds `bench/page/` with Vite in production mode (what users
 * get), serves it from a small static server whose origin the sandbox allows (CORS), and drives
 * headless Chromium with Playwright:
 *
 * 1. requests: the API calls made when opening `CustomerDialog` and visiting every tab, then when
 *    doing it again, per operation, with duplicates (the same method and URL twice) listed;
 * 2. click → content: from the click's `event.timeStamp` to the frame that shows the customer's
 *    name and the first panel's content, measured in the page, cold and warm, next to a baseline
 *    of one bare `fetch` + a minimal React render in the same run;
 * 3. `CustomersTable` on 10,000 customers: the longest task (Long Tasks API) and the slowest
 *    input event (Event Timing) while loading, paging, sorting and searching;
 * 4. the JS heap after each of `--cycles` open / every tab / close rounds, after a forced GC,
 *    against the heap after the first close. Exits 1 when it grows beyond the thresholds.
 */

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { OPERATIONS, SANDBOX_IDS, SANDBOX_TOKENS } from "@customer-kit/sandbox";
import { startSandboxServer } from "@customer-kit/sandbox/server";
import react from "@vitejs/plugin-react";
import { type Browser, chromium, type Page } from "playwright";
import { build, defaultClientConditions } from "vite";
import { chromiumLaunchOptions } from "../scripts/chromium.mjs";
import type { SlowEvent, Task, Timing } from "./page/probe";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    cycles: { type: "string", default: "50" },
    json: { type: "string" },
    "max-growth-mb": { type: "string", default: "5" },
    "max-slope-kb": { type: "string", default: "20" },
    only: { type: "string", default: "requests,timing,table,heap" },
  },
});
const RUNS = Number(values.runs);
const CYCLES = Number(values.cycles);
const MAX_GROWTH_MB = Number(values["max-growth-mb"]);
const MAX_SLOPE_KB = Number(values["max-slope-kb"]);
const SECTIONS = ["requests", "timing", "table", "heap"] as const;
const only = new Set(values.only.split(","));
if (
  !(Number.isInteger(RUNS) && RUNS >= 3 && RUNS <= 100) ||
  !(Number.isInteger(CYCLES) && CYCLES >= 10 && CYCLES <= 500) ||
  !(MAX_GROWTH_MB > 0) ||
  !(MAX_SLOPE_KB > 0) ||
  ![...only].every((s) => (SECTIONS as readonly string[]).includes(s))
) {
  console.error(
    "Usage: pnpm bench [--runs 3..100] [--cycles 10..500] [--json <file>] [--max-growth-mb <n>] [--max-slope-kb <n>] [--only requests,timing,table,heap]",
  );
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (line: string) => process.stderr.write(`[bench ${elapsed()}] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Figures

const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);
/** Nearest-rank quantile (0..1). */
function quantile(xs: number[], q: number): number {
  const s = sortNum(xs);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]! : NaN;
}
const median = (xs: number[]) => quantile(xs, 0.5);
/** Least-squares slope of ys over 0, 1, 2, … (per step). */
function slope(ys: number[]): number {
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return den ? num / den : 0;
}
const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? "–" : `${x.toFixed(0)}`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** A plain-text table, columns padded, numbers right-aligned. */
function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const numeric = head.map((_, i) =>
    rows.every((r) => /^[-+\d.,–%× ]*(ms|MB|KB)?$/.test(String(r[i]))),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(width[i]!) : c.padEnd(width[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), width.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)]
    .map((l) => `  ${l}`)
    .join("\n");
}

// ---------------------------------------------------------------------------------------------
// The page: built once, served from a static server on a free port

async function buildPage(outDir: string) {
  await build({
    root: join(here, "page"),
    configFile: false,
    mode: "production",
    base: "./",
    logLevel: "warn",
    plugins: [react()],
    // The workspace packages from source (their `development` export), as the tests and Storybook
    // do; no third-party dependency of the kit has a `development` export, so this selects no
    // development build of React or anything else.
    resolve: { conditions: ["development", ...defaultClientConditions] },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".json": "application/json",
};

function serveStatic(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error("not a file");
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        // Hashed chunks, as a CDN would serve them; "cold" runs use a new browser context.
        "cache-control": file.endsWith("index.html") ? "no-cache" : "max-age=31536000, immutable",
      });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

interface Env {
  browser: Browser;
  origin: string;
  apiUrl: string;
}

const VIEWPORT = { width: 1280, height: 800 };

async function openPage(env: Env, view: string, token: string, extra = "") {
  const context = await env.browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const q = new URLSearchParams({ api: env.apiUrl, token, view });
  await page.goto(`${env.origin}/?${q}${extra}`);
  await page.waitForFunction(() => !!window.bench);
  return { context, page, errors };
}

/** Resolves once no request to the API has been in flight for `quietMs`. */
function trackInflight(page: Page, apiUrl: string) {
  let inflight = 0;
  let lastBusy = performance.now();
  page.on("request", (r) => {
    if (r.url().startsWith(apiUrl)) {
      inflight++;
      lastBusy = performance.now();
    }
  });
  const done = (r: { url(): string }) => {
    if (r.url().startsWith(apiUrl)) {
      inflight--;
      lastBusy = performance.now();
    }
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return async (quietMs = 150, timeoutMs = 15_000) => {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      if (inflight > 0) lastBusy = performance.now();
      else if (performance.now() - lastBusy >= quietMs) return;
      await sleep(25);
    }
    throw new Error(`bench: API requests still in flight after ${timeoutMs} ms`);
  };
}

/** The contract's operation of an API URL: `getCustomer GET /customers/{customerId}`. */
function operationOf(method: string, url: string, apiUrl: string): string {
  const path = new URL(url).pathname.slice(new URL(apiUrl).pathname.length);
  const op = OPERATIONS.find((o) => o.method === method.toLowerCase() && o.pattern.test(path));
  return op ? `${op.operationId} (${method} ${op.path})` : `? ${method} ${path}`;
}

// ---------------------------------------------------------------------------------------------
// 1. Requests

interface Req {
  method: string;
  url: string;
  /** What the bench was doing: "open", a tab id, or "reopen". */
  step: string;
}

async function benchRequests(env: Env, customer: { id: string; name: string }) {
  const { context, page, errors } = await openPage(env, "dialog", SANDBOX_TOKENS.mbeAdmin);
  const quiet = trackInflight(page, env.apiUrl);
  const requests: Req[] = [];
  let chunks = 0;
  let step = "before";
  page.on("request", (r) => {
    if (r.url().startsWith(env.apiUrl)) requests.push({ method: r.method(), url: r.url(), step });
    else if (r.resourceType() === "script") chunks++;
  });
  const panelErrors: string[] = [];
  const pass = async (label: "first" | "again") => {
    step = label === "first" ? "open" : "reopen";
    await page.evaluate(({ id, name }) => window.bench.arm(id, name), customer);
    await page.click('[data-bench="open"]');
    await page.evaluate(() => window.bench.result());
    await quiet();
    const tabs = page.locator('[data-part="dialog-tab"]');
    const count = await tabs.count();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const tab = tabs.nth(i);
      const id = ((await tab.getAttribute("id")) ?? `tab${i}`).replace(/^.*-trigger-/, "");
      ids.push(id);
      if (label === "first") step = id;
      if (i > 0) await tab.click();
      const { error } = await page.evaluate(() => window.bench.settled());
      if (error) panelErrors.push(id);
      await quiet();
    }
    await page.keyboard.press("Escape");
    await page.evaluate(() => window.bench.closed());
    await quiet();
    return ids;
  };
  const tabs = await pass("first");
  // Scripts after the page's own load: the panels' code-split chunks the first pass fetched.
  const codeChunks = chunks;
  await pass("again");
  await context.close();

  const first = requests.filter((r) => r.step !== "reopen" && r.step !== "before");
  const again = requests.filter((r) => r.step === "reopen");
  const byOp = new Map<string, { first: number; again: number }>();
  for (const r of requests) {
    if (r.step === "before") continue;
    const op = operationOf(r.method, r.url, env.apiUrl);
    const e = byOp.get(op) ?? { first: 0, again: 0 };
    if (r.step === "reopen") e.again++;
    else e.first++;
    byOp.set(op, e);
  }
  // The same method and URL more than once in the first pass: each after the first is a duplicate.
  const byUrl = new Map<string, Req[]>();
  for (const r of first) {
    const key = `${r.method} ${r.url.slice(env.apiUrl.length)}`;
    byUrl.set(key, [...(byUrl.get(key) ?? []), r]);
  }
  const duplicates = [...byUrl]
    .filter(([, rs]) => rs.length > 1)
    .map(([url, rs]) => ({
      request: url,
      operation: operationOf(rs[0]!.method, rs[0]!.url, env.apiUrl),
      times: rs.length,
      steps: rs.map((r) => r.step),
    }))
    .sort((a, b) => b.times - a.times);
  return {
    tabs,
    total: first.length,
    distinct: byUrl.size,
    duplicateRequests: first.length - byUrl.size,
    reopenTotal: again.length,
    codeChunks,
    perOperation: [...byOp]
      .map(([operation, n]) => ({ operation, ...n }))
      .sort((a, b) => b.first - a.first || a.operation.localeCompare(b.operation)),
    duplicates,
    perStep: [
      { step: "open", requests: first.filter((r) => r.step === "open").length },
      ...tabs.map((t) => ({ step: t, requests: first.filter((r) => r.step === t).length })),
    ],
    panelErrors,
    pageErrors: errors,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Click → content

interface Stat {
  case: string;
  runs: number;
  nameMedian: number;
  nameP95: number;
  panelMedian?: number;
  panelP95?: number;
  /** Medians of when the customer's GET started and ended (runs that made one). */
  fetchStartMedian?: number;
  responseEndMedian?: number;
}

function stat(label: string, timings: Timing[]): Stat {
  const names = timings.map((t) => t.name);
  const panels = timings.flatMap((t) => (t.panel === undefined ? [] : [t.panel]));
  const starts = timings.flatMap((t) => (t.fetchStart === undefined ? [] : [t.fetchStart]));
  const ends = timings.flatMap((t) => (t.responseEnd === undefined ? [] : [t.responseEnd]));
  return {
    case: label,
    runs: timings.length,
    nameMedian: median(names),
    nameP95: quantile(names, 0.95),
    ...(panels.length && { panelMedian: median(panels), panelP95: quantile(panels, 0.95) }),
    ...(starts.length && { fetchStartMedian: median(starts), responseEndMedian: median(ends) }),
  };
}

async function clickAndTime(page: Page, customer: { id: string; name: string }) {
  await page.evaluate(({ id, name }) => window.bench.arm(id, name), customer);
  await page.click('[data-bench="open"]');
  return page.evaluate(() => window.bench.result());
}

async function closeDialog(page: Page) {
  await page.keyboard.press("Escape");
  await page.evaluate(() => window.bench.closed());
}

async function benchTiming(
  env: Env,
  northwind: { id: string; name: string },
  others: { id: string; name: string }[],
) {
  const token = SANDBOX_TOKENS.mbeAdmin;
  const cold: Timing[] = [];
  const coldBase: Timing[] = [];
  // Cold: a new browser context each time (no HTTP cache, no code, no data, a new connection),
  // the kit and the baseline taking turns so that the machine's ups and downs hit both.
  for (let i = 0; i < RUNS; i++) {
    for (const view of ["dialog", "baseline"] as const) {
      const { context, page } = await openPage(env, view, token);
      (view === "dialog" ? cold : coldBase).push(await clickAndTime(page, northwind));
      await context.close();
    }
  }
  log("timing: cold runs done");

  // Warm: one page. A first open loads the code (dialog, first panel) and warms the connection.
  const { context, page, errors } = await openPage(env, "dialog", token);
  await clickAndTime(page, northwind);
  await closeDialog(page);
  const warmNew: Timing[] = [];
  for (const c of others.slice(0, RUNS)) {
    warmNew.push(await clickAndTime(page, c));
    await closeDialog(page);
  }
  const warmCached: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    warmCached.push(await clickAndTime(page, northwind));
    await closeDialog(page);
  }
  await context.close();
  const base = await openPage(env, "baseline", token);
  await clickAndTime(base.page, northwind);
  const warmBase: Timing[] = [];
  for (const c of others.slice(0, RUNS)) warmBase.push(await clickAndTime(base.page, c));
  await base.context.close();
  return {
    stats: [
      stat("CustomerDialog, cold (new page)", cold),
      stat("baseline fetch + render, cold (new page)", coldBase),
      stat("CustomerDialog, warm (code loaded, customer not yet opened)", warmNew),
      stat("CustomerDialog, warm (customer cached, reopened)", warmCached),
      stat("baseline fetch + render, warm (customer not yet fetched)", warmBase),
    ],
    pageErrors: [...errors, ...base.errors],
  };
}

// ---------------------------------------------------------------------------------------------
// 3. CustomersTable on 10,000 customers

interface ActionResult {
  pageSize: number;
  action: string;
  ms: number;
  longestTask: number;
  longTasks: number;
  longTaskTotal: number;
  slowestEvent?: string;
  slowestEventMs?: number;
}

async function benchTable(env: Env, pageSize: number): Promise<ActionResult[]> {
  const { context, page } = await openPage(
    env,
    "table",
    SANDBOX_TOKENS.mbeAdmin,
    `&pageSize=${pageSize}`,
  );
  const quiet = trackInflight(page, env.apiUrl);
  const results: ActionResult[] = [];
  // What the user sees change: the range line ("26–50 of …") and the first and last rows.
  const signature = () =>
    page.evaluate(() => {
      const rows = document.querySelectorAll('[data-part="customers-row"]');
      return [
        document.querySelector('[data-part="customers-range"]')?.textContent,
        rows[0]?.textContent,
        rows[rows.length - 1]?.textContent,
      ].join(" | ");
    });
  const settle = async (before: string | null) => {
    // The rows changed, and the table is no longer busy with the old page.
    await page.waitForFunction(
      (prev) => {
        const rows = document.querySelectorAll('[data-part="customers-row"]');
        const now = [
          document.querySelector('[data-part="customers-range"]')?.textContent,
          rows[0]?.textContent,
          rows[rows.length - 1]?.textContent,
        ].join(" | ");
        const busy = document.querySelector('[data-part="customers-table"] [aria-busy="true"]');
        return rows.length > 0 && now !== prev && !busy;
      },
      before,
      { timeout: 15_000, polling: 16 },
    );
    await quiet(300);
  };
  const measure = async (action: string, act: () => Promise<unknown>, from?: number) => {
    const start = from ?? (await page.evaluate(() => window.bench.now()));
    const before = from === undefined ? await signature() : null;
    await act();
    await settle(before);
    const end = await page.evaluate(() => window.bench.now());
    const { tasks, events } = await page.evaluate(
      ([a, b]) => ({ tasks: window.bench.tasks(a!, b!), events: window.bench.events(a!, b!) }),
      [start, end],
    );
    const slowest = (events as SlowEvent[]).reduce<SlowEvent | undefined>(
      (m, e) => (!m || e.duration > m.duration ? e : m),
      undefined,
    );
    results.push({
      pageSize,
      action,
      ms: end - start,
      longestTask: Math.max(0, ...(tasks as Task[]).map((t) => t.duration)),
      longTasks: tasks.length,
      longTaskTotal: (tasks as Task[]).reduce((a, t) => a + t.duration, 0),
      ...(slowest && { slowestEvent: slowest.name, slowestEventMs: slowest.duration }),
    });
  };
  const sortButton = (label: string) =>
    page.locator('[data-part="customers-sort"]', { hasText: label });
  const next = page.locator('[data-part="customers-pager"] button', { hasText: "Next" });
  const previous = page.locator('[data-part="customers-pager"] button', { hasText: "Previous" });
  const search = page.getByRole("searchbox", { name: "Search customers" });

  // From navigation start (0 on the page's clock) to the first page of rows, settled.
  await measure("load (first page)", async () => {}, 0);
  await measure("next page", () => next.click());
  await measure("next page", () => next.click());
  await measure("previous page", () => previous.click());
  await measure("sort by name (A–Z)", () => sortButton("Name").click());
  await measure("sort by name (Z–A)", () => sortButton("Name").click());
  await measure("sort by unit balance", () => sortButton("Unit balance").click());
  await measure('search: type "north"', async () => {
    await search.click();
    // About 8 characters a second, a quick typist; the table asks once the typing pauses.
    await page.keyboard.type("north", { delay: 120 });
  });
  await measure("search: clear", () => search.fill(""));
  await context.close();
  return results;
}

// ---------------------------------------------------------------------------------------------
// 4. Heap after open / every tab / close

async function benchHeap(env: Env, customer: { id: string; name: string }) {
  const { context, page, errors } = await openPage(env, "dialog", SANDBOX_TOKENS.mbeAdmin);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await page.evaluate(({ id, name }) => window.bench.arm(id, name), customer);
  const quiet = trackInflight(page, env.apiUrl);
  const samples: { cycle: number; used: number; nodes: number; listeners: number }[] = [];
  let tabsVisited = 0;
  const cyclesStart = performance.now();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const { tabs, ms } = await page.evaluate(() => window.bench.cycle());
    tabsVisited = tabs.length;
    if (process.env.BENCH_DEBUG)
      log(
        `cycle ${cycle}: ${JSON.stringify(ms, (_, v) => (typeof v === "number" ? Math.round(v) : v))}`,
      );
    // The refetches the panels started end before the heap is read: they are not a leak.
    await quiet(100);
    // A full, forced collection (V8's kForced GC, as DevTools' "collect garbage" button).
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    const dom = (await cdp.send("Memory.getDOMCounters")) as {
      nodes: number;
      jsEventListeners: number;
    };
    samples.push({ cycle, used: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners });
  }
  const msPerCycle = (performance.now() - cyclesStart) / CYCLES;
  await context.close();
  const base = samples[0]!;
  const last = samples[samples.length - 1]!;
  const tail = samples.slice(-25);
  const slopeBytes = slope(tail.map((s) => s.used));
  const growth = last.used - base.used;
  const failed = growth > MAX_GROWTH_MB * 1024 * 1024 || slopeBytes > MAX_SLOPE_KB * 1024;
  return {
    cycles: CYCLES,
    tabsPerCycle: tabsVisited,
    afterFirstClose: base.used,
    afterLastClose: last.used,
    growth,
    peak: Math.max(...samples.map((s) => s.used)),
    slopeLast25: slopeBytes,
    msPerCycle,
    domNodes: { afterFirstClose: base.nodes, afterLastClose: last.nodes },
    listeners: { afterFirstClose: base.listeners, afterLastClose: last.listeners },
    thresholds: { maxGrowthMb: MAX_GROWTH_MB, maxSlopeKbPerCycle: MAX_SLOPE_KB },
    failed,
    samples,
    pageErrors: errors,
  };
}

// ---------------------------------------------------------------------------------------------
// The report

type Requests = Awaited<ReturnType<typeof benchRequests>>;
type Timings = Awaited<ReturnType<typeof benchTiming>>;
type Heap = Awaited<ReturnType<typeof benchHeap>>;

function reportRequests(r: Requests, customer: string): string[] {
  const out = [
    `1. Requests: open CustomerDialog on "${customer}", visit its ${r.tabs.length} tabs; then all of it again`,
    `   first pass: ${r.total} API requests, ${r.distinct} distinct URLs, ${r.duplicateRequests} duplicates; ${r.codeChunks} code chunks loaded`,
    `   by step: ${r.perStep.map((p) => `${p.step} ${p.requests}`).join(", ")}`,
    `   second pass (reopen, every tab): ${r.reopenTotal} API requests`,
    table(
      ["operation", "first pass", "second pass"],
      r.perOperation.map((o) => [o.operation, o.first, o.again]),
    ),
  ];
  if (r.duplicates.length)
    out.push(
      "   duplicates in the first pass (the same method and URL again; the step that made each):",
      table(
        ["request", "times", "steps"],
        r.duplicates.map((d) => [d.request, `${d.times}×`, d.steps.join(", ")]),
      ),
    );
  if (r.panelErrors.length) out.push(`   panels that showed an error: ${r.panelErrors.join(", ")}`);
  return out;
}

function reportTiming(t: Timings): string[] {
  return [
    `2. Click → content, ms from the click's event.timeStamp to the frame that shows it (${RUNS} runs a case)`,
    "   name: the customer's name in the title; panel: the first tab's content, no skeleton left;",
    "   GET start / end: medians of when the customer's request left and its response was in",
    table(
      ["case", "name median", "name p95", "panel median", "panel p95", "GET start", "GET end"],
      t.stats.map((s) => [
        s.case,
        ms(s.nameMedian),
        ms(s.nameP95),
        ms(s.panelMedian),
        ms(s.panelP95),
        ms(s.fetchStartMedian),
        ms(s.responseEndMedian),
      ]),
    ),
  ];
}

function reportTable(results: ActionResult[], customers: number): string[] {
  return [
    `3. CustomersTable on ${customers} customers: the longest task (Long Tasks API) and the slowest input event (Event Timing, > 16 ms) per action`,
    table(
      [
        "rows",
        "action",
        "until settled",
        "longest task",
        "long tasks",
        "their total",
        "slowest event",
      ],
      results.map((r) => [
        r.pageSize,
        r.action,
        `${ms(r.ms)} ms`,
        r.longTasks ? `${ms(r.longestTask)} ms` : "–",
        r.longTasks,
        `${ms(r.longTaskTotal)} ms`,
        r.slowestEvent ? `${r.slowestEvent} ${ms(r.slowestEventMs)} ms` : "–",
      ]),
    ),
  ];
}

function reportHeap(h: Heap, customer: string): string[] {
  const row = (label: string, a: number, b: number) => [label, a, b, b - a];
  return [
    `4. After a forced GC, ${h.cycles} cycles of open "${customer}" / visit ${h.tabsPerCycle} tabs / close (${(h.msPerCycle / 1000).toFixed(2)} s a cycle)`,
    table(
      ["", "after 1st close", `after ${h.cycles}th close`, "growth"],
      [
        ["JS heap used", mb(h.afterFirstClose), mb(h.afterLastClose), mb(h.growth)],
        row("DOM nodes", h.domNodes.afterFirstClose, h.domNodes.afterLastClose),
        row("JS event listeners", h.listeners.afterFirstClose, h.listeners.afterLastClose),
      ],
    ),
    `   heap by cycle (MB): ${h.samples
      .filter((_, i) => i === 0 || (i + 1) % 5 === 0)
      .map((s) => `${s.cycle}: ${(s.used / 1024 / 1024).toFixed(2)}`)
      .join(", ")}`,
    `   slope over the last 25 cycles: ${(h.slopeLast25 / 1024).toFixed(1)} KB a cycle; peak ${mb(h.peak)}`,
    `   ${h.failed ? "FAIL" : "ok"}: at most ${MAX_GROWTH_MB} MB of growth and ${MAX_SLOPE_KB} KB a cycle over the last 25 (--max-growth-mb, --max-slope-kb)`,
  ];
}

// ---------------------------------------------------------------------------------------------
// The run

const dir = mkdtempSync(join(tmpdir(), "customer-kit-bench-"));
let staticServer: Server | undefined;
let sandbox: Awaited<ReturnType<typeof startSandboxServer>> | undefined;
let browser: Browser | undefined;
let exitCode = 0;
try {
  const pageDir = join(dir, "page");
  log("building bench/page with Vite (production)…");
  const buildStart = performance.now();
  await buildPage(pageDir);
  const buildMs = performance.now() - buildStart;
  staticServer = await serveStatic(resolve(pageDir));
  const origin = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}`;
  // Only the table needs the 10,000 customers; the rest runs on the "default" seed's customers,
  // which the "large" seed holds unchanged.
  const seed = only.has("table") ? "large" : "default";
  log(`page built in ${(buildMs / 1000).toFixed(1)} s, served at ${origin}; seeding "${seed}"…`);
  sandbox = await startSandboxServer({
    port: 0,
    db: join(dir, "bench.db"),
    seed,
    corsOrigins: [origin],
  });
  const apiUrl = sandbox.apiUrl;
  const seedMs = sandbox.seeded?.ms ?? 0;
  log(`sandbox at ${sandbox.url}, seeded in ${(seedMs / 1000).toFixed(1)} s`);

  const auth = { headers: { Authorization: `Bearer ${SANDBOX_TOKENS.mbeAdmin}` } };
  const northwind = (await (
    await fetch(`${apiUrl}/customers/${SANDBOX_IDS.customers.resellerAPrepay}`, auth)
  ).json()) as { id: string; name: string };
  const listed = (await (await fetch(`${apiUrl}/customers?limit=${RUNS + 5}`, auth)).json()) as {
    items: { id: string; name: string }[];
    total: number;
  };
  const others = listed.items.filter((c) => c.id !== northwind.id);

  const launch = chromiumLaunchOptions();
  browser = await chromium.launch({ executablePath: launch.executablePath, args: launch.args });
  const env: Env = { browser, origin, apiUrl };
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "?",
    loadAverage1m: loadavg()[0]!,
    memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    chromium: browser.version(),
    chromiumPath: launch.executablePath,
  };

  const figures: Record<string, unknown> = {
    machine,
    buildMs,
    seed,
    seedMs,
    customers: listed.total,
  };
  const out: string[] = [
    `customer-kit bench, ${new Date().toISOString()}`,
    `machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, load average ${machine.loadAverage1m.toFixed(2)} as the browser runs began; Node ${machine.node}; Chromium ${machine.chromium} headless (${machine.chromiumPath})`,
    `sandbox: SQLite, "${seed}" seed (${listed.total} customers visible to the MBE admin, seeded in ${(seedMs / 1000).toFixed(1)} s); page: Vite production build (${(buildMs / 1000).toFixed(1)} s), viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
  ];
  const errors: string[] = [];
  if (only.has("requests")) {
    log("1/4 requests of the dialog and its tabs…");
    const r = await benchRequests(env, northwind);
    figures.requests = r;
    errors.push(...r.pageErrors);
    out.push("", ...reportRequests(r, northwind.name));
  }
  if (only.has("timing")) {
    log(`2/4 click → content, ${RUNS} runs a case…`);
    const t = await benchTiming(env, northwind, others);
    figures.timing = t;
    errors.push(...t.pageErrors);
    out.push("", ...reportTiming(t));
  }
  if (only.has("table")) {
    log(`3/4 CustomersTable on ${listed.total} customers…`);
    const results = [...(await benchTable(env, 25)), ...(await benchTable(env, 200))];
    figures.table = results;
    out.push("", ...reportTable(results, listed.total));
  }
  if (only.has("heap")) {
    log(`4/4 heap over ${CYCLES} cycles of open / every tab / close…`);
    const h = await benchHeap(env, northwind);
    figures.heap = h;
    errors.push(...h.pageErrors);
    out.push("", ...reportHeap(h, northwind.name));
    if (h.failed) exitCode = 1;
  }
  if (errors.length) out.push("", `errors in the page: ${[...new Set(errors)].join(" | ")}`);
  out.push("", `bench time: ${elapsed()}`);
  console.log(out.join("\n"));
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
    log(`figures written to ${values.json}`);
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await sandbox?.close().catch(() => {});
  staticServer?.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
