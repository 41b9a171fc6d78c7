import { defineConfig } from "vitest/config";

// One runner for the whole repo: each package declares its own project(s) in
// its vitest.config.ts (and a browser project, if any, in vitest.browser.config.ts),
// and `pnpm test:unit` runs them all.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "packages/*/vitest.browser.config.ts"],
  },
});
