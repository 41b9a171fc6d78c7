import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { HTML_URL, PORTAL_URL, PORTS } from "./e2e/support/ports";
// The Chromium that `pnpm ensure-chromium` settled on (never a downloaded one): see scripts/chromium.mjs.
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

/**
 * End-to-end tests in a real Chromium against the real servers (issue 10, issue 11).
 *
 * - `portal`: `e2e/portal`, the demo portal (examples/portal) over the sandbox server on SQLite.
 * - `elements`: `e2e/elements`, the custom elements (packages/elements) on the HTML example.
 *
 * Every spec imports `test`/`expect` from `e2e/support/fixtures.ts`, which fails a test on any
 * console error, uncaught page error or CSP violation.
 *
 * Ports: e2e/support/ports.ts (4100 and up; `CK_E2E_PORT` moves them). A server started here
 * starts on a fresh database (deleted first). Locally an already running server on a test port is
 * reused (fast reruns; its data is whatever earlier runs left, which the specs tolerate: each
 * creates what it changes or uses a customer no other spec touches); in CI never.
 */

const CI = Boolean(process.env.CI);

// One database per set of ports, so that two runs on moved ports never share a file.
const suffix = PORTS.portal === 4100 ? "" : `-${PORTS.portal}`;
const PORTAL_DB = `.data/e2e/portal${suffix}.db`;
const HTML_DB = `.data/e2e/html${suffix}.db`;

/** A shell step that deletes a SQLite database and its -wal/-shm files (Node: no `rm` on Windows). */
function freshDb(db: string): string {
  return `node -e "for (const s of ['','-wal','-shm']) require('node:fs').rmSync('${db}'+s,{force:true})"`;
}

export default defineConfig({
  // One worker: the box has 2 cores shared with a build, the servers and Chromium itself; a
  // second worker made runs slower and timing-sensitive, not faster. Specs still never depend on
  // each other's data (see above), so `--workers 2` works when a machine has the room.
  workers: 1,
  fullyParallel: false,
  // No retries: a retry would hide a flaky test, which we want to see and fix.
  retries: 0,
  forbidOnly: CI,
  // Generous for a loaded 2-core machine; an assertion still waits only as long as it must.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: `playwright-report${suffix}` }]],
  // Per set of ports too: a run empties its output folder first, which broke a concurrent run's
  // traces on a shared machine.
  outputDir: `test-results${suffix}`,
  use: {
    launchOptions: chromiumLaunchOptions(),
    browserName: "chromium",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // The kit formats through Intl in the user's locale: pin it so that texts are the same everywhere.
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    {
      name: "portal",
      testDir: "e2e/portal",
      use: { baseURL: PORTAL_URL },
    },
    {
      name: "elements",
      testDir: "e2e/elements",
      use: { baseURL: HTML_URL },
    },
  ],
  webServer: [
    {
      // The portal builds itself (vite) and starts the sandbox in its process. The database is
      // deleted first (with its -wal/-shm files), so a run starts from the deterministic seed.
      command: `${freshDb(PORTAL_DB)} && pnpm exec tsx --conditions=development examples/portal/server.ts --port ${PORTS.portal} --sandbox-port ${PORTS.portalSandbox} --db ${PORTAL_DB} --seed default`,
      url: `${PORTAL_URL}/`,
      reuseExistingServer: !CI,
      // A cold vite build of the portal on a busy machine.
      timeout: 180_000,
      // The server's banner would interleave with the test list; its errors still show.
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    // The HTML example's server (issue 11's engineer owns its flags: adjust here if they differ).
    ...(existsSync("examples/html/server.ts")
      ? [
          {
            command: `${freshDb(HTML_DB)} && pnpm exec tsx --conditions=development examples/html/server.ts --port ${PORTS.html} --sandbox-port ${PORTS.htmlSandbox} --db ${HTML_DB} --seed default`,
            url: `${HTML_URL}/`,
            reuseExistingServer: !CI,
            timeout: 180_000,
            stdout: "ignore" as const,
            stderr: "pipe" as const,
            gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
          },
        ]
      : []),
  ],
});
