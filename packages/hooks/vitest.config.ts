import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

// The hooks' tests on React 19, in jsdom, against the sandbox's MSW handlers. The same tests run
// on React 18 in vitest.react18.config.ts.
export default defineProject({
  // Workspace packages from source (the `development` condition of their exports points at src/), so
  // tests never run a stale build of a sibling and need none. Named explicitly, before Vite's
  // defaults, so that it holds even under NODE_ENV=production.
  resolve: { conditions: ["development", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  test: {
    name: "hooks",
    env: { CK_REACT: "19" },
    environment: "jsdom",
    // A test drives a seeded sandbox through many user steps; with every project of the repo
    // running at once on two cores, 5 s (the default) is not always enough. A hang still fails.
    testTimeout: 20_000,
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/testing/setup.ts"],
    typecheck: {
      enabled: true,
      include: ["src/**/*.test-d.{ts,tsx}"],
      tsconfig: "./tsconfig.json",
    },
  },
});
