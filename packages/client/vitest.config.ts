import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

export default defineProject({
  // Workspace packages from source (the `development` condition of their exports points at src/), so
  // tests never run a stale build of a sibling and need none. Named explicitly, before Vite's
  // defaults, so that it holds even under NODE_ENV=production (where the defaults' own
  // "development|production" would pick the built files). `ssr`: what Vitest runs in Node.
  resolve: { conditions: ["development", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  test: {
    name: "client",
    environment: "node",
    include: ["src/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
