import { composeStories } from "@storybook/react";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import * as stories from "../Foundations.stories";

const { Light, Dark } = composeStories(stories);

describe("primitives", () => {
  for (const [name, Story] of [
    ["light", Light],
    ["dark", Dark],
  ] as const) {
    it(`look as designed, ${name}`, async () => {
      await page.viewport(1280, 1500);
      await Story.run();
      await expect.element(page.getByText("Buttons")).toBeVisible();
      const card = document.querySelector("[data-story-card]") as HTMLElement;
      await expect(page.elementLocator(card)).toMatchScreenshot(`primitives-${name}`);
    });
  }
});
