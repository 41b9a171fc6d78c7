#!/usr/bin/env node
/**
 * `check:package` of every package: publint (strict) and attw on the tarball pnpm would publish.
 * Usage, from a package's folder after its build: `node ../../scripts/check-package.mjs [attw options]`.
 *
 * Why a tarball of our own: in the workspace, `exports` carries a `development` condition that
 * points at `src/` (so that packages resolve each other from source, with no build first), and
 * `publishConfig.exports` is what ships. `pnpm pack`/`pnpm publish` (and so `changeset publish`)
 * swap it in; `attw --pack` would run `npm pack`, which keeps the workspace `exports`, so it would
 * check a package that is never published. Both tools read this one tarball instead.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs a command (publint and attw are the root's dev dependencies, on PATH under `pnpm run`);
 * whether it passed.
 * @param {string} file
 * @param {string[]} args
 * @param {{ quiet?: boolean }} [options] `quiet`: only its errors reach the log.
 */
function run(file, args, { quiet = false } = {}) {
  const child = spawnSync(file, args, {
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
  });
  if (child.error) throw child.error;
  return child.status === 0;
}

/**
 * The pnpm that runs this script (`npm_execpath`, e.g. the one `npx -y pnpm@10` fetched), so that
 * none needs to be on PATH; a plain `pnpm` otherwise.
 */
function pnpm() {
  const self = process.env.npm_execpath ?? "";
  if (/pnpm\.c?js$/.test(self)) return { file: process.execPath, args: [self] };
  return { file: "pnpm", args: [] };
}

const dir = mkdtempSync(join(tmpdir(), "check-package-"));
try {
  const { file, args } = pnpm();
  // pnpm lists every file it packs; publint and attw say what matters.
  const packed = run(file, [...args, "pack", "--pack-destination", dir], { quiet: true });
  const tarball = join(dir, readdirSync(dir).find((name) => name.endsWith(".tgz")) ?? "");
  const passed =
    packed &&
    run("publint", ["run", tarball, "--strict"]) &&
    run("attw", [tarball, ...process.argv.slice(2)]);
  process.exitCode = passed ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
