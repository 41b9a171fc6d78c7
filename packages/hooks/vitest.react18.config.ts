import { createRequire } from "node:module";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

// The same tests as vitest.config.ts, on React 18. `react18/` is a private workspace package
// whose dependency tree has React 18, with TanStack Query and Testing Library resolved against
// it (pnpm gives each its own copy per React). Our source and tests import these names; the
// aliases send them to that tree's files, which Node then loads from their real place, so every
// `require("react")` inside them finds React 18 too: one React per run, never two.
const react18 = createRequire(new URL("./react18/package.json", import.meta.url));
const exact = (name: string) => ({
  find: new RegExp(`^${name.replace(/[/]/g, "\\/")}$`),
  replacement: react18.resolve(name),
});

export default defineProject({
  resolve: {
    conditions: ["development", ...defaultClientConditions],
    alias: [
      "react",
      "react/jsx-runtime",
      "react/jsx-dev-runtime",
      "react-dom",
      "react-dom/client",
      "react-dom/server",
      "@tanstack/react-query",
      "@testing-library/react",
      "@testing-library/user-event",
    ].map(exact),
  },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  test: {
    name: "hooks-react18",
    env: { CK_REACT: "18" },
    environment: "jsdom",
    // A test drives a seeded sandbox through many user steps; with every project of the repo
    // running at once on two cores, 5 s (the default) is not always enough. A hang still fails.
    testTimeout: 20_000,
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/testing/setup.ts"],
  },
});
