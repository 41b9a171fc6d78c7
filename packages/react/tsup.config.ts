import { readdirSync } from "node:fs";
import { defineConfig } from "tsup";

const LOCALES = ["en", "de", "fr", "es", "ru"];
// Every component folder (the capitalised ones under src/; the index re-exports each).
export const COMPONENTS = readdirSync("src", { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name))
  .map((d) => d.name);

// ESM only, as the hooks: one split build so that shared modules (the message context, the
// primitives) exist once whichever entries a host imports. The components carry React state, so
// their bundles open with "use client"; the locale entries are plain data and work anywhere.
const shared = {
  format: ["esm"] as "esm"[],
  dts: {
    // tsup 8 passes `baseUrl: "."` to the .d.ts build, which TypeScript 6 deprecates.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  target: "es2022",
  external: [
    "react",
    "react-dom",
    "@tanstack/react-query",
    "@customer-kit/client",
    "@customer-kit/hooks",
    /^@radix-ui\//,
    "get-nonce",
  ],
};

export default defineConfig([
  {
    ...shared,
    // One entry per component folder, beside the index: the index is then nothing but re-exports,
    // so a bundler keeps only the components a host imports (`sideEffects` in package.json lets
    // it drop the rest). With everything in one index chunk, importing UnitsPanel alone pulled in
    // the dialog, its tabs and Radix's menu (issue 9's budgets).
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(COMPONENTS.map((c) => [`${c}/index`, `src/${c}/index.ts`])),
      // The provider and the public i18n hook too: what stays in the index itself is kept by
      // every import of it (the catalogue's spread, say, pulled every panel's chunk along).
      "provider/index": "src/provider/CustomerKitProvider.tsx",
      "i18n/index": "src/i18n/public.ts",
    },
    splitting: true,
    clean: false,
    banner: { js: '"use client";' },
  },
  {
    ...shared,
    entry: Object.fromEntries(LOCALES.map((l) => [`locales/${l}`, `src/locales/${l}.ts`])),
    clean: false,
  },
]);
