#!/usr/bin/env node
/**
 * Builds `dist/styles.css`: `src/styles.css` with `@customer-kit/react/styles.css` (its
 * source, with its own imports) inlined and minified, as the react package builds its own.
 */
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../src/styles.css", import.meta.url).pathname],
  bundle: true,
  minify: true,
  outfile: new URL("../dist/styles.css", import.meta.url).pathname,
  target: ["chrome120", "firefox120", "safari17"],
  // The react package's source stylesheet, as the workspace resolves it (no dist needed).
  conditions: ["development", "style", "default"],
  logLevel: "warning",
});
