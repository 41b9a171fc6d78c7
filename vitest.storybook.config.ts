import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

// Every story in stories/ as a test in Chromium: it renders, its play function passes, and axe
// finds no violation (the a11y addon's `test: "error"` in .storybook/preview.tsx).
export default defineProject({
  plugins: [storybookTest({ configDir: ".storybook" })],
  resolve: { conditions: ["development", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  publicDir: ".storybook/public",
  test: {
    name: "storybook",
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      instances: [{ browser: "chromium" }],
      screenshotFailures: false,
    },
  },
});
