/**
 * Which Chromium the browser tests drive, decided in one place for everything that launches one:
 * `ensure-chromium.mjs` (run by `pnpm test`, which may also install one), the Vitest browser
 * projects, and later Storybook's and the end-to-end tests' configs.
 *
 * Plain Node and no dependencies: it runs right after `pnpm install`, before anything is built,
 * and under Node 20, which cannot run TypeScript by itself. The decisions are pure functions over
 * injected probes (environment, platform, uid, "is there an executable at this path"), so that
 * `chromium.test.ts` covers every branch without touching the machine; `realProbes()` is the only
 * part that looks at it.
 */
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Launch arguments that work headless as root in a container (Chromium refuses to start as root
 * without `--no-sandbox`), and keep it off the network: no update checks, sync or component
 * downloads, which would only slow a test run down or fail on a machine that reaches no CDN.
 */
export const CHROMIUM_ARGS = Object.freeze([
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]);

/**
 * Where `ensure-chromium.mjs` records the executable it settled on, for the steps after it in the
 * same test run (inside node_modules, so a fresh install or `rm -rf node_modules` forgets it).
 */
export const RECORD_FILE = fileURLToPath(
  new URL("../node_modules/.cache/customer-kit/chromium-path", import.meta.url),
);

/** The one line printed when there is no Chromium and this machine cannot get one by itself. */
export const HOW_TO_GET_ONE =
  "No Chromium for the browser tests: set CHROMIUM_PATH to a Chromium or Chrome executable, " +
  "or run `npx playwright install chromium`, or install your OS's package " +
  "(Debian/Ubuntu: `sudo apt-get install chromium`), then run the tests again.";

/** Names a system Chromium (or Chrome, which Playwright drives just as well) goes by on PATH. */
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** Fixed places per platform, for a PATH that lacks them (macOS apps are never on PATH). */
const SYSTEM_PATHS = {
  linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"],
  darwin: [
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  ],
};

/**
 * @typedef {object} Probes What the decisions may know of the machine.
 * @property {Record<string, string | undefined>} env The environment (`CHROMIUM_PATH`, `PATH`).
 * @property {string} platform `process.platform`.
 * @property {number | undefined} uid `process.getuid()`, where there is one.
 * @property {(path: string) => boolean} isExecutable Whether an executable file is at `path`.
 * @property {(path: string) => boolean} exists Whether anything is at `path`.
 * @property {string | undefined} playwrightPath Where Playwright keeps its own Chromium
 *   (`chromium.executablePath()`; it need not be downloaded), or undefined without Playwright.
 * @property {string | undefined} playwrightCli Playwright's CLI script, or undefined without it.
 * @property {string | undefined} recorded The path `ensure-chromium.mjs` last recorded.
 */

/**
 * @typedef {{ path: string, source: "CHROMIUM_PATH" | "recorded" | "playwright" | "system" }} Found
 * @typedef {{ error: string }} Refused
 */

/**
 * Finds a Chromium without installing anything. In order: `CHROMIUM_PATH` (the user's word wins,
 * and a wrong one is an error rather than something to quietly work around), optionally the one
 * `ensure-chromium.mjs` recorded, Playwright's own download, then the system's.
 * @param {Probes} probes
 * @param {{ useRecord?: boolean }} [options] `useRecord`: trust the recorded path if it still
 *   exists (the configs do; `ensure-chromium.mjs` itself looks afresh).
 * @returns {Found | Refused | null} `null`: none here.
 */
export function findChromium(probes, { useRecord = false } = {}) {
  const fromEnv = probes.env.CHROMIUM_PATH;
  if (fromEnv) {
    return probes.isExecutable(fromEnv)
      ? { path: fromEnv, source: "CHROMIUM_PATH" }
      : {
          error:
            `CHROMIUM_PATH is ${fromEnv}, but no executable is there: point it at a Chromium or ` +
            "Chrome, or unset it to let the tests find or get one.",
        };
  }
  if (useRecord && probes.recorded && probes.isExecutable(probes.recorded)) {
    return { path: probes.recorded, source: "recorded" };
  }
  if (probes.playwrightPath && probes.isExecutable(probes.playwrightPath)) {
    return { path: probes.playwrightPath, source: "playwright" };
  }
  for (const name of SYSTEM_NAMES) {
    const path = onPath(name, probes);
    if (path) return { path, source: "system" };
  }
  for (const path of SYSTEM_PATHS[/** @type {keyof typeof SYSTEM_PATHS} */ (probes.platform)] ??
    []) {
    if (probes.isExecutable(path)) return { path, source: "system" };
  }
  return null;
}

/**
 * @typedef {object} Step A way to get a Chromium, tried when none was found.
 * @property {"playwright" | "apt-get"} name
 * @property {string} label What the log says while it runs.
 * @property {string} file The program to run.
 * @property {string[]} args
 * @property {Record<string, string>} env Added to the environment.
 * @property {number} timeoutMs Killed after this long (it then counts as failed).
 */

/**
 * How to get a Chromium on this machine, in the order to try them; empty when it cannot get one
 * by itself (then the caller prints `HOW_TO_GET_ONE`).
 * - Playwright's download first: it needs no privileges and works on any OS that reaches its CDN.
 *   Where the network is closed it fails in seconds; the short connection timeout keeps a
 *   firewall that drops packets from stalling it, and the overall cap bounds a stalled transfer.
 * - Then the OS package, only where installing one is clearly the user's own business: as root on
 *   Debian or Ubuntu with apt-get (a container, CI). Nothing here ever asks for sudo. Debian's
 *   `chromium` is a real package; Ubuntu's is a snap shim that rarely works in a container, in
 *   which case the step fails and the caller prints `HOW_TO_GET_ONE`.
 * @param {Probes} probes
 * @param {string} nodePath The Node executable to run Playwright's CLI with.
 * @returns {Step[]}
 */
export function planAcquisition(probes, nodePath) {
  /** @type {Step[]} */
  const steps = [];
  if (probes.playwrightCli) {
    steps.push({
      name: "playwright",
      label: "npx playwright install chromium",
      file: nodePath,
      args: [probes.playwrightCli, "install", "chromium"],
      env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: "10000" },
      timeoutMs: 120_000,
    });
  }
  const aptGet = onPath("apt-get", probes);
  if (
    probes.platform === "linux" &&
    probes.uid === 0 &&
    aptGet &&
    probes.exists("/etc/debian_version")
  ) {
    steps.push({
      name: "apt-get",
      label: "apt-get install chromium (about a minute)",
      file: "sh",
      args: [
        "-c",
        // -qq and no pty for dpkg: the log gets apt's errors, not its hundreds of progress lines.
        `${aptGet} update -qq && ` +
          `${aptGet} install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends chromium`,
      ],
      env: { DEBIAN_FRONTEND: "noninteractive" },
      timeoutMs: 15 * 60_000,
    });
  }
  return steps;
}

/**
 * Finds a Chromium or gets one: what `pnpm test` runs before the browser tests.
 * @param {object} io
 * @param {() => Probes} io.probe Looks at the machine; called again after every step.
 * @param {(step: Step) => boolean} io.run Runs a step; whether it exited 0.
 * @param {(path: string) => void} io.record Records the path for later steps.
 * @param {(line: string) => void} io.log
 * @param {string} io.nodePath
 * @returns {{ path: string, how: string } | { error: string }}
 */
export function ensureChromium({ probe, run, record, log, nodePath }) {
  const probes = probe();
  let found = findChromium(probes);
  if (found && "error" in found) return found;
  if (found) {
    record(found.path);
    return { path: found.path, how: `found (${sourceName(found.source)})` };
  }
  for (const step of planAcquisition(probes, nodePath)) {
    log(`chromium: none found; trying ${step.label}`);
    const ok = run(step);
    found = findChromium(probe());
    if (found && !("error" in found)) {
      record(found.path);
      return { path: found.path, how: `installed with ${step.name}` };
    }
    log(`chromium: ${step.label} ${ok ? "left no Chromium to be found" : "failed"}`);
  }
  return { error: HOW_TO_GET_ONE };
}

/**
 * For configs (Vitest browser projects, Storybook, Playwright): Playwright's `launchOptions`, a new
 * object on every call (Vitest mutates the options it is given). Installs nothing: without a
 * Chromium it throws, naming the command that gets one, which beats Playwright's "executable
 * doesn't exist" at the first test.
 * @returns {{ executablePath: string, args: string[] }}
 */
export function chromiumLaunchOptions() {
  const found = findChromium(realProbes(), { useRecord: true });
  if (!found) {
    throw new Error(
      "No Chromium for the browser tests: run `pnpm ensure-chromium` (the first step of " +
        "`pnpm test`), which finds or gets one, or set CHROMIUM_PATH.",
    );
  }
  if ("error" in found) throw new Error(found.error);
  return { executablePath: found.path, args: [...CHROMIUM_ARGS] };
}

/**
 * The probes of this machine.
 * @returns {Probes}
 */
export function realProbes() {
  // Resolved from the repository's root, where `playwright` is a dev dependency (absent before
  // `pnpm install`). `executablePath()` only computes where Playwright keeps its Chromium (it
  // honours PLAYWRIGHT_BROWSERS_PATH) and throws on a platform it has no build for. The CLI is
  // the package's bin, which its `exports` do not list.
  const require = createRequire(import.meta.url);
  /** @type {string | undefined} */
  let playwrightPath;
  /** @type {string | undefined} */
  let playwrightCli;
  try {
    const manifest = require.resolve("playwright/package.json");
    playwrightCli = join(dirname(manifest), require(manifest).bin.playwright);
    playwrightPath = require("playwright").chromium.executablePath();
  } catch {
    // No Playwright, or no Chromium build of it for this platform: the other ways remain.
  }
  return {
    env: process.env,
    platform: process.platform,
    uid: process.getuid?.(),
    isExecutable,
    exists: (path) => {
      try {
        statSync(path);
        return true;
      } catch {
        return false;
      }
    },
    playwrightPath,
    playwrightCli,
    recorded: readRecord(),
  };
}

/** @param {string} path */
function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function readRecord() {
  try {
    return readFileSync(RECORD_FILE, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first `name` on PATH. POSIX only: on Windows the names would need PATHEXT's extensions,
 * and Chrome is not usually on PATH there anyway (see SYSTEM_PATHS, and CHROMIUM_PATH).
 * @param {string} name
 * @param {Probes} probes
 */
function onPath(name, probes) {
  if (probes.platform === "win32") return undefined;
  for (const dir of (probes.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, name);
    if (probes.isExecutable(path)) return path;
  }
  return undefined;
}

/** @param {Found["source"]} source */
function sourceName(source) {
  return {
    CHROMIUM_PATH: "CHROMIUM_PATH",
    recorded: "recorded",
    playwright: "Playwright's browser",
    system: "the system's",
  }[source];
}
