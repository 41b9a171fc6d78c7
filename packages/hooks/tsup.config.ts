import { defineConfig } from "tsup";

// Two entries, two builds: the hooks carry React state, so their bundle starts with
// "use client" (a Next.js App Router page may import them into a client component); the query
// factories and prefetch helpers run on the server too, so theirs must not, or a server
// component could not call them.
const shared = {
  format: ["esm", "cjs"] as ("esm" | "cjs")[],
  dts: {
    // tsup 8 passes `baseUrl: "."` to the .d.ts build, which TypeScript 6 deprecates.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  target: "es2022",
  external: ["react", "react-dom", "@tanstack/react-query", "@customer-kit/client"],
};

export default defineConfig([
  { ...shared, entry: { index: "src/index.ts" }, clean: false, banner: { js: '"use client";' } },
  { ...shared, entry: { queries: "src/queries/index.ts" }, clean: false },
]);
