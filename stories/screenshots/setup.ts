import "./no-motion.css";
import { setProjectAnnotations } from "@storybook/react";
import { beforeAll } from "vitest";
import * as preview from "../../.storybook/preview";

// The stories as Storybook renders them: the same loaders (sandbox reset, MSW) and decorators.
setProjectAnnotations([preview]);

// Every face of the pinned font loaded before the first picture: a browser loads a face when text
// first needs it, and a cold run once took the first screenshot while a <select>'s text still
// had the fallback font.
beforeAll(async () => {
  await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
  await document.fonts.ready;
});
