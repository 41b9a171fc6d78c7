import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

// The elements' tests in jsdom, against the sandbox's MSW handlers (the hooks' test kit): real
// custom elements, real React roots, the page's one client and cache.
export default defineProject({
  resolve: { conditions: ["development", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  test: {
    name: "elements",
    environment: "jsdom",
    testTimeout: 20_000,
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    setupFiles: ["./src/testing/setup.ts"],
  },
});
