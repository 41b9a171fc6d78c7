import { defineConfig } from "vitest/config";

// One runner for the whole repo: each package declares its own project(s) in
// its vitest.config.ts (and a browser project, if any, in vitest.browser.config.ts),
// and `pnpm test:unit` runs them all. The root's own scripts (plain Node, no workspace
// imports) are one more project.
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "examples/*/vitest.config.ts",
      "packages/*/vitest.browser.config.ts",
      // The hooks' (and later the components') tests again on React 18.
      "packages/*/vitest.react18.config.ts",
      // Every story as a test in Chromium (axe included), and the screenshot tests of the stories.
      "vitest.storybook.config.ts",
      "vitest.screenshots.config.ts",
      {
        test: {
          name: "scripts",
          environment: "node",
          include: ["scripts/**/*.test.ts"],
        },
      },
    ],
  },
});
