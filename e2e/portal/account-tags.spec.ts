/**
 * The Availability tab (tags). Data: a customer of its own (Reseller A's, created with one tag).
 */
import {
  createCustomer,
  expect,
  openCustomer,
  TagsEditorPage,
  test,
  unique,
} from "../support/fixtures";

test("tags: add one typed, add one from the completion, remove one; saved after a reload", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E tags"), {
    tags: ["e2e-old"],
  });
  const dialog = await openCustomer(page, "resellerA", customer.id, "availability");
  const tags = new TagsEditorPage(dialog.panel);
  await expect(tags.chips).toHaveText(["e2e-old"]);

  await tags.add("e2e-new");
  // "gpu" is in use by Reseller A's customers (Northwind Traders): the completion offers it.
  await tags.entry.fill("gp");
  await tags.options.filter({ hasText: /^gpu$/ }).click();
  await tags.remove("e2e-old");
  await expect(tags.chips).toHaveText(["e2e-new", "gpu"]);
  await tags.save();
  await expect(tags.status).toHaveText("Saved");

  await page.reload();
  await expect(new TagsEditorPage(dialog.panel).chips).toHaveText(["e2e-new", "gpu"]);
});

test("tags: a tag with a space is refused next to the entry, and nothing is added", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E tags bad"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "availability");
  const tags = new TagsEditorPage(dialog.panel);
  await tags.add("eu west");
  await expect(tags.entryError).toHaveText("Not in the expected format.");
  await expect(tags.entry).toHaveValue("eu west");
  await expect(tags.chips).toHaveCount(0);
});
