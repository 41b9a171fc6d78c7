/**
 * The Themes tab. Data: a customer of its own (Reseller A's, created without a theme of its own).
 */
import {
  createCustomer,
  expect,
  openCustomer,
  ThemePickerPage,
  test,
  unique,
} from "../support/fixtures";

test("theme: choosing Alpine makes it the active theme, also after a reload; inherit again", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E theme"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "themes");
  const themes = new ThemePickerPage(dialog.panel);
  // Reseller A's default theme is Ocean: inherited until the customer has its own.
  await expect(themes.activeName).toHaveText("Ocean");

  await themes.choose("Alpine");
  await expect(themes.activeName).toHaveText("Alpine");
  await expect(themes.root).toContainText("Chosen for this customer");

  await page.reload();
  const reloaded = new ThemePickerPage(dialog.panel);
  await expect(reloaded.activeName).toHaveText("Alpine");
  await expect(reloaded.card("Alpine")).toHaveAttribute("data-state", "checked");

  await reloaded.choose(null);
  await expect(reloaded.activeName).toHaveText("Ocean");
  await expect(reloaded.root).toContainText("Inherited from the billing entity");
});
