import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "@customer-kit/react/styles.css";
import "../stories/support/preview.css";
import type { Preview } from "@storybook/react-vite";
import { mswLoader } from "msw-storybook-addon/csf3";
import { kitDecorator, kitLoader } from "../stories/support/kit";

const preview: Preview = {
  loaders: [kitLoader, mswLoader()],
  decorators: [kitDecorator],
  parameters: {
    layout: "fullscreen",
    // Every story is an accessibility test: an axe violation fails it (in the UI and in `pnpm test`).
    a11y: { test: "error" },
    controls: { expanded: true },
  },
  globalTypes: {
    scheme: {
      description: "Colour scheme",
      toolbar: { title: "Scheme", icon: "contrast", items: ["light", "dark"], dynamicTitle: true },
    },
    locale: {
      description: "Locale",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: ["en", "de", "fr", "es", "ru"],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: "light", locale: "en" },
};
export default preview;
