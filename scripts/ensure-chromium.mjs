#!/usr/bin/env node
/**
 * `pnpm ensure-chromium`, the first step of `pnpm test`: makes sure the browser tests have a
 * Chromium, so that the README's test command passes on a machine with only Node and npm.
 *
 * Finds one (CHROMIUM_PATH, Playwright's own download, the system's), or gets one where this
 * machine can (Playwright's download; apt-get as root on Debian/Ubuntu), or stops at once with one
 * line that says how to get one. It records the path in node_modules/.cache/customer-kit/ for the
 * configs (see chromium.mjs, which holds every decision; this file only runs them).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ensureChromium, RECORD_FILE, realProbes } from "./chromium.mjs";

const result = ensureChromium({
  probe: realProbes,
  run(step) {
    const child = spawnSync(step.file, step.args, {
      stdio: "inherit",
      env: { ...process.env, ...step.env },
      timeout: step.timeoutMs,
      killSignal: "SIGKILL",
    });
    if (child.error) console.error(`chromium: ${step.label}: ${child.error.message}`);
    return child.status === 0;
  },
  record(path) {
    mkdirSync(dirname(RECORD_FILE), { recursive: true });
    writeFileSync(RECORD_FILE, `${path}\n`);
  },
  log: (line) => console.log(line),
  nodePath: process.execPath,
});

if ("error" in result) {
  console.error(result.error);
  process.exit(1);
}
console.log(`chromium: ${result.path}, ${result.how}`);
