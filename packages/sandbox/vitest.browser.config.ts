import { playwright } from "@vitest/browser-playwright";
import { defineProject } from "vitest/config";
import type { BrowserConfigOptions } from "vitest/node";

/**
 * Debian's Chromium, not Playwright's download (which cannot work on CI). A function, so that
 * every project gets its own object: vitest mutates the `browser` option it is given.
 */
function chromium(): BrowserConfigOptions {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: [
          "--no-sandbox",
          "--headless",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      },
    }),
    instances: [{ browser: "chromium" }],
    // No UI to look at: a screenshot of the blank page on failure would only litter src/.
    screenshotFailures: false,
  };
}

// `@customer-kit/sandbox/msw` in a real browser: MSW's service worker serving the sandbox, called
// through @customer-kit/client, as Storybook and integrators run it.
export default defineProject({
  // MSW's worker script (`msw init test-public --save`), served at /mockServiceWorker.js so that its
  // scope (`/`) covers the pages vitest serves.
  publicDir: "test-public",
  test: {
    name: "sandbox-browser",
    include: ["src/**/*.browser.test.ts"],
    browser: chromium(),
  },
});
