import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

// The components' tests in jsdom, against the sandbox's MSW handlers (src/testing/kit.tsx). What
// needs a real browser (screenshots, axe, layout) runs in Storybook's project at the root.
export default defineProject({
  resolve: { conditions: ["development", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  test: {
    name: "react",
    environment: "jsdom",
    // A test drives a seeded sandbox through many user steps; with every project of the repo
    // running at once on two cores, 5 s (the default) is not always enough. A hang still fails.
    testTimeout: 20_000,
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    setupFiles: ["./src/testing/setup.ts"],
  },
});
