/**
 * The dialog's main states as pictures, against committed baselines: a change in spacing, colour,
 * wrapping or layout fails here until the baseline is updated on purpose
 * (`pnpm test:screenshots --update`, then look at the new PNGs before committing them).
 */
import { composeStories } from "@storybook/react";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import * as stories from "../CustomerDialog.stories";

const { Default, Dark, Narrow, Configuration, Loading, NotFound, German } = composeStories(stories);

/** Waits until the dialog shows data everywhere: no region of it is still loading. */
async function settled() {
  const dialog = page.getByRole("dialog");
  await expect.element(dialog).toBeVisible();
  await expect
    .poll(() => document.querySelector('[role="dialog"] [aria-busy="true"]'), { timeout: 15_000 })
    .toBeNull();
  // Text that appeared with the data may use a face not loaded yet.
  await document.fonts.ready;
  return dialog;
}

const cases = [
  ["units, light, 1280", Default, 1280, "units-light-1280"],
  ["units, dark, 1280", Dark, 1280, "units-dark-1280"],
  ["units, dark, 360", Dark, 360, "units-dark-360"],
  ["users, light, 360", Narrow, 360, "users-light-360"],
  ["configuration, light, 1280", Configuration, 1280, "configuration-light-1280"],
  ["German, light, 1280", German, 1280, "german-light-1280"],
  ["not found, light, 1280", NotFound, 1280, "not-found-light-1280"],
] as const;

describe("CustomerDialog looks as designed", () => {
  for (const [name, Story, width, file] of cases) {
    it(name, async () => {
      await page.viewport(width, width === 360 ? 780 : 860);
      await Story.run();
      const dialog = await settled();
      await expect(dialog).toMatchScreenshot(file);
    });
  }

  it("loading: skeletons where the name and the panel go", async () => {
    await page.viewport(1280, 860);
    await Loading.run();
    const dialog = page.getByRole("dialog");
    await expect.element(dialog).toBeVisible();
    await expect(dialog).toMatchScreenshot("loading-light-1280");
  });
});
