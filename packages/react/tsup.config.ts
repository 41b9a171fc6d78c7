import { defineConfig } from "tsup";

const LOCALES = ["en", "de", "fr", "es", "ru"];

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
    entry: { index: "src/index.ts" },
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
