import { createRequire } from "node:module";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

// The components' tests of vitest.config.ts again, on React 18 (the peer range is
// `^18.2.0 || ^19.0.0`). Only the `.test.tsx` files: the `.test.ts` ones (catalogues, parts,
// styles, build scripts) render nothing, so React's version cannot change what they see.
//
// React 18 comes from the hooks' test tree (`packages/hooks/react18/`, private, never published):
// React 18 with TanStack Query and Testing Library resolved against it. The aliases send the
// names our source and tests import to that tree's files, which Node loads from their real place,
// so each `require("react")` inside them finds React 18 too.
//
// Radix and the small libraries under it are installed against React 19, and an external
// package resolves `react` from its own place in node_modules: left to Node, a dialog would run
// its hooks on React 19 inside a React 18 tree ("Invalid hook call"). Inlined, Vite transforms
// them like our source, and the aliases apply to their imports too: one React per run, which
// `src/react-version.test.tsx` checks by opening a dialog.
const react18 = createRequire(new URL("../hooks/react18/package.json", import.meta.url));
const exact = (name: string) => ({
  find: new RegExp(`^${name.replace(/[/]/g, "\\/")}$`),
  replacement: react18.resolve(name),
});

// react-remove-scroll and the helpers under it have no `exports`: their `main` is CommonJS, which
// the module runner hands to Node even when inlined (and Node's `require("react")` there finds
// React 19); their `module` is ESM, which Vite transforms and aliases. Radix's own packages give
// ESM (`.mjs`) through `exports`, so this changes nothing for them.
const mainFields = ["module", "jsnext:main", "jsnext"];

export default defineProject({
  resolve: {
    conditions: ["development", ...defaultClientConditions],
    mainFields,
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
  ssr: {
    resolve: {
      conditions: ["development", ...defaultServerConditions],
      mainFields,
    },
  },
  test: {
    name: "react-react18",
    env: { CK_REACT: "18" },
    environment: "jsdom",
    // As in vitest.config.ts: a test drives a seeded sandbox through many user steps, with every
    // project of the repo running at once on two cores. A hang still fails.
    testTimeout: 20_000,
    include: ["src/**/*.test.tsx"],
    setupFiles: ["./src/testing/setup.ts"],
    server: {
      deps: {
        // Every package between our components and React that imports `react` itself.
        inline: [
          /@radix-ui\//,
          /@floating-ui\//,
          /react-remove-scroll/,
          /react-style-singleton/,
          /use-callback-ref/,
          /use-sidecar/,
          /aria-hidden/,
          /get-nonce/,
        ],
      },
    },
  },
});
