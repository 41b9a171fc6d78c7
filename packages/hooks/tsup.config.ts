import { defineConfig } from "tsup";

// Two builds: the hooks (data and forms) carry React state, so their bundles start with
// "use client" (a Next.js App Router page may import them into a client component); the query
// factories and prefetch helpers run on the server too, so theirs must not, or a server
// component could not call them.
const shared = {
  // ESM only: a shared chunk per entry is how the provider's context exists once across the
  // `.` and `./forms` entries, and tsup's CommonJS splitting prints helpers before the banner, so
  // "use client" would no longer be a directive there (../../scripts/check-directives.mjs checks).
  format: ["esm"] as "esm"[],
  dts: {
    // tsup 8 passes `baseUrl: "."` to the .d.ts build, which TypeScript 6 deprecates.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  target: "es2022",
  external: ["react", "react-dom", "@tanstack/react-query", "@customer-kit/client"],
};

export default defineConfig([
  {
    ...shared,
    // The data hooks and the form hooks are two entries of one build, split into shared chunks,
    // so the provider's React context (and every other module) exists once whichever entries a
    // host imports; a copy per entry would leave the forms without a provider.
    entry: { index: "src/index.ts", forms: "src/forms/index.ts" },
    splitting: true,
    clean: false,
    banner: { js: '"use client";' },
  },
  { ...shared, entry: { queries: "src/queries/index.ts" }, clean: false },
]);
