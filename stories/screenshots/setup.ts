import "./no-motion.css";
import { setProjectAnnotations } from "@storybook/react";
import { beforeAll, beforeEach } from "vitest";
import { userEvent } from "vitest/browser";
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

// The pointer out of the way before each picture: a test that clicks (an invoice's number) left it
// where the next file's dialog has a tab, which then showed its hover colour.
beforeEach(async () => {
  await userEvent.hover(document.body, { position: { x: 1, y: 1 } });
});
