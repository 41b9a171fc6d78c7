import { playwright } from "@vitest/browser-playwright";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";
import type { BrowserConfigOptions } from "vitest/node";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";

/**
 * The Chromium `pnpm test` found or got (scripts/ensure-chromium.mjs): CHROMIUM_PATH, Playwright's
 * own, or the system's. A function, so that every project gets its own object: vitest mutates the
 * `browser` option it is given.
 */
function chromium(): BrowserConfigOptions {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: "chromium" }],
    // No UI to look at: a screenshot of the blank page on failure would only litter src/.
    screenshotFailures: false,
  };
}

// `@customer-kit/sandbox/msw` in a real browser: MSW's service worker serving the sandbox, called
// through @customer-kit/client, as Storybook and integrators run it.
export default defineProject({
  // Workspace packages from source (the `development` condition of their exports points at src/), so
  // tests never run a stale build of a sibling and need none. Named explicitly, before Vite's
  // defaults, so that it holds even under NODE_ENV=production (where the defaults' own
  // "development|production" would pick the built files). `ssr`: what Vitest runs in Node.
  resolve: { conditions: ["development", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  // MSW's worker script (`msw init test-public --save`), served at /mockServiceWorker.js so that its
  // scope (`/`) covers the pages vitest serves.
  publicDir: "test-public",
  test: {
    name: "sandbox-browser",
    include: ["src/**/*.browser.test.ts"],
    browser: chromium(),
  },
});
