import type { StorybookConfig } from "@storybook/react-vite";
import { defaultClientConditions } from "vite";

// Storybook for designers (`pnpm storybook`) and, through @storybook/addon-vitest, every story as a
// test in Chromium inside `pnpm test` (vitest.storybook.config.ts), with axe failing the test.
const config: StorybookConfig = {
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  // MSW's worker (`pnpm exec msw init .storybook/public --save`).
  staticDirs: ["./public"],
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    // The workspace packages from source (their `development` export condition), as the tests do.
    vite.resolve ??= {};
    vite.resolve.conditions = ["development", ...defaultClientConditions];
    return vite;
  },
};
export default config;
