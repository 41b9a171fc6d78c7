import { defaultClientConditions, defaultServerConditions } from "vite";
import { configDefaults, defineProject } from "vitest/config";

// The Node project. The browser one (vitest.browser.config.ts) runs `*.browser.test.ts` in
// Chromium: vitest 4.1 ignores `test.projects` in a config the root's `projects` references, so
// each project of this package has its own file, both matched by the root's glob.
export default defineProject({
  // Workspace packages from source (the `development` condition of their exports points at src/), so
  // tests never run a stale build of a sibling and need none. Named explicitly, before Vite's
  // defaults, so that it holds even under NODE_ENV=production (where the defaults' own
  // "development|production" would pick the built files). `ssr`: what Vitest runs in Node.
  resolve: { conditions: ["development", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  test: {
    name: "sandbox",
    environment: "node",
    include: ["src/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "src/**/*.browser.test.ts"],
    // The contract suite starts real servers on SQLite files and seeds "large" stores.
    testTimeout: 30000,
  },
});
