import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

// Screenshot tests of the main states, with committed baselines (stories/screenshots/__screenshots__):
// the stories themselves (composed with .storybook/preview's loaders and decorators), rendered in
// Chromium at 360 and 1280 px, light and dark. A visual change fails here until the baseline is
// updated on purpose: `pnpm test:screenshots --update`.
export default defineProject({
  plugins: [react()],
  resolve: { conditions: ["development", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["development", ...defaultServerConditions] } },
  publicDir: ".storybook/public",
  test: {
    name: "screenshots",
    include: ["stories/screenshots/**/*.test.tsx"],
    setupFiles: ["stories/screenshots/setup.ts"],
    browser: {
      enabled: true,
      headless: true,
      // The window is larger than any viewport a test asks for, so that Vitest never scales the
      // test's frame down (a scaled frame paints only what fits).
      provider: playwright({
        launchOptions: chromiumLaunchOptions(),
        contextOptions: { viewport: { width: 1600, height: 2000 } },
      }),
      instances: [{ browser: "chromium", viewport: { width: 1280, height: 900 } }],
      screenshotFailures: false,
      expect: {
        toMatchScreenshot: {
          comparatorName: "pixelmatch",
          // Strict: the same Chromium on the same machine paints the same pixels (animations off,
          // fonts pinned), and a looser ratio let six extra tab labels pass unnoticed (0.2 % of the
          // dialog). A few dozen pixels of anti-aliasing are all that may differ.
          comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.0001 },
        },
      },
    },
  },
});
