import { configDefaults, defineProject } from "vitest/config";

// The Node project. The browser one (vitest.browser.config.ts) runs `*.browser.test.ts` in
// Chromium: vitest 4.1 ignores `test.projects` in a config the root's `projects` references, so
// each project of this package has its own file, both matched by the root's glob.
export default defineProject({
  test: {
    name: "sandbox",
    environment: "node",
    include: ["src/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "src/**/*.browser.test.ts"],
    // The contract suite starts real servers on SQLite files and seeds "large" stores.
    testTimeout: 30000,
  },
});
