#!/usr/bin/env node
/**
 * After a package's build (run from its folder): every bundle at the top of `dist/` (the client
 * entries and their shared chunks) opens with the "use client" directive (bundlers drop
 * directives they do not understand, and a Next.js App Router page needs it to import hooks and
 * components), except `queries*` (the hooks' server-safe entry), which must not. Subfolders (the
 * components' `locales/`, plain data) are not checked.
 */
import { readdirSync, readFileSync } from "node:fs";

const dist = new URL("dist/", `file://${process.cwd()}/`);
// The directive prologue: string-literal statements before any other code ("use strict" first in CJS).
/** @type {(text: string) => string[]} */
const prologue = (text) =>
  [...text.matchAll(/^\s*(["'])(use [a-z]+)\1;?/gm)].map((m) => m[2] ?? "");
/** @type {string[]} */
const failures = [];
for (const file of readdirSync(dist).filter((f) => /\.(c?js)$/.test(f))) {
  const text = readFileSync(new URL(file, dist), "utf8");
  /** @type {string[]} */
  const head = [];
  for (const line of text.split("\n")) {
    const found = prologue(line);
    if (found.length === 0) break;
    head.push(...found);
  }
  const client = head.includes("use client");
  if (file.startsWith("queries") && client) failures.push(`${file} must not be "use client"`);
  if (!file.startsWith("queries") && !client) failures.push(`${file} lacks "use client"`);
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log('"use client" where it belongs: every client bundle has it, queries has none.');
