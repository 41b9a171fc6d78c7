#!/usr/bin/env node
// @ts-nocheck -- Vite's build output (Rolldown chunks) is read loosely here; the script checks itself by failing its budget.
// Size budgets of code-split components, as a host's bundler sees them: what loads when a
// component shows, not everything it may ever load.
//
// size-limit (esbuild, one bundle) inlines every dynamic import, which is not what loads: the
// dialog's tabs, its actions menu and DOMPurify are split and load on first use. This builds a
// host's entry with Vite (Rollup semantics: `sideEffects`, a chunk per dynamic import) from the
// BUILT packages (dist/, as published), react and react-dom external, minified, and sums the gzip
// sizes of:
//   on show = the entry's chunk + every chunk it imports statically (+ the first tab's panel for
//             the dialog, which opens on it);
//   in all  = every chunk reachable, dynamic ones included (each tab once, DOMPurify too).
// Usage: node scripts/size-budgets.mjs [--json] [--list]   (after `pnpm build`; in `pnpm test:packages`)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

/** KB of min+gzip (issue 9: the dialog 60 KB). */
const CHECKS = [
  {
    name: "CustomerDialog with the provider, on open (shell + first tab)",
    imports: ["CustomerKitProvider", "CustomerDialog"],
    // The default tab's panel loads as the dialog opens.
    alsoLoads: /ConfigurationForm/,
    limit: 60,
  },
  {
    name: "CustomersTable with the provider, on show (the dialog loads on a name's click)",
    imports: ["CustomerKitProvider", "CustomersTable"],
    limit: 50,
  },
];
const root = fileURLToPath(new URL("..", import.meta.url));
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

async function measure({ imports, alsoLoads }) {
  const dir = mkdtempSync(join(tmpdir(), "ck-size-"));
  const entry = join(dir, "host.js");
  writeFileSync(entry, `export { ${imports.join(", ")} } from "@customer-kit/react";\n`);
  try {
    const result = await build({
      root,
      configFile: false,
      logLevel: "silent",
      // Published exports only: no `development` condition, so dist/ is what is measured.
      resolve: { conditions: ["import", "module", "browser", "default"] },
      build: {
        write: false,
        minify: true,
        target: "es2022",
        modulePreload: false,
        rollupOptions: {
          input: entry,
          preserveEntrySignatures: "strict",
          external: [/^react(-dom)?(\/.*)?$/],
        },
      },
    });
    const output = (Array.isArray(result) ? result[0] : result).output;
    const chunks = new Map(output.filter((o) => o.type === "chunk").map((c) => [c.fileName, c]));
    const closure = (names, dynamic) => {
      const seen = new Set();
      const stack = [...names];
      while (stack.length) {
        const name = stack.pop();
        if (seen.has(name) || !chunks.has(name)) continue;
        seen.add(name);
        const chunk = chunks.get(name);
        stack.push(...chunk.imports, ...(dynamic ? chunk.dynamicImports : []));
      }
      return [...seen].map((name) => chunks.get(name));
    };
    const gz = (list) => list.reduce((n, chunk) => n + gzipSync(chunk.code).length, 0);
    const main = [...chunks.values()].find((c) => c.isEntry);
    const starts = [main];
    if (alsoLoads) {
      const panel = [...chunks.values()].find(
        (c) => c.isDynamicEntry && Object.keys(c.modules).some((m) => alsoLoads.test(m)),
      );
      if (!panel) throw new Error(`no chunk matches ${alsoLoads}`);
      starts.push(panel);
    }
    const onShow = closure(
      starts.map((c) => c.fileName),
      false,
    );
    const all = closure([main.fileName], true);
    return { onShow: kb(gz(onShow)), all: kb(gz(all)), chunks: all.length, list: onShow };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const figures = [];
for (const check of CHECKS) {
  const m = await measure(check);
  figures.push({ name: check.name, limit: check.limit, onShow: m.onShow, all: m.all });
  if (!process.argv.includes("--json")) {
    console.log(
      `${m.onShow > check.limit ? "✖" : "✔"} ${check.name}\n` +
        `    ${m.onShow} KB of ${check.limit} KB (min+gzip, react/react-dom external); ` +
        `${m.all} KB with every lazy part, in ${m.chunks} chunks`,
    );
    if (process.argv.includes("--list"))
      for (const c of m.list) console.log(`      ${kb(gzipSync(c.code).length)} KB ${c.fileName}`);
  }
  if (m.onShow > check.limit) process.exitCode = 1;
}
if (process.argv.includes("--json")) console.log(JSON.stringify(figures, null, 2));
