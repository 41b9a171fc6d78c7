import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  // ESM for bundlers and modern Node, CJS for `require` in older tooling (jest, ts-node).
  format: ["esm", "cjs"],
  dts: {
    // tsup 8 passes `baseUrl: "."` to the .d.ts build, which TypeScript 6 deprecates.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  clean: true,
  target: "es2022",
});
