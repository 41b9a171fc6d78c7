import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  // ESM only, as the other packages: Playwright's runner loads ESM test files and config.
  format: ["esm"],
  dts: {
    // tsup 8 passes `baseUrl: "."` to the .d.ts build, which TypeScript 6 deprecates.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  target: "es2022",
  // The host's own Playwright: one copy, the version its runner uses.
  external: ["@playwright/test"],
  clean: false,
});
