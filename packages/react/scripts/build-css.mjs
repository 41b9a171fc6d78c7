#!/usr/bin/env node
/**
 * Builds `dist/styles.css`, the kit's one stylesheet: `src/styles.css` with its `@import`s inlined
 * and minified by esbuild. Every rule sits inside `@layer customer-kit` (each source file opens
 * with it; `styles.test.ts` checks), so a host's own CSS wins without specificity fights.
 */
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../src/styles.css", import.meta.url).pathname],
  bundle: true,
  minify: true,
  outfile: new URL("../dist/styles.css", import.meta.url).pathname,
  // Chromium, Firefox and Safari of the last two years: nesting and :where() stay as written.
  target: ["chrome120", "firefox120", "safari17"],
  logLevel: "warning",
});
