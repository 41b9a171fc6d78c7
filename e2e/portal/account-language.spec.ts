/**
 * The Language tab. Data: a customer of its own (Reseller A's, created in English).
 */
import {
  createCustomer,
  expect,
  LanguagePickerPage,
  openCustomer,
  test,
  unique,
} from "../support/fixtures";

test("language: German is saved, and chosen after a reload; back to the billing entity's default", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E language"), {
    defaultLanguage: "en",
  });
  const dialog = await openCustomer(page, "resellerA", customer.id, "language");
  const picker = new LanguagePickerPage(dialog.panel);
  await expect(picker.chosen).toContainText("English");

  await picker.choose("de");
  await expect(picker.status).toHaveText("Saved");
  await page.reload();
  await expect(new LanguagePickerPage(dialog.panel).chosen).toContainText("German");
  await expect(new LanguagePickerPage(dialog.panel).radio("de")).toBeChecked();

  await picker.choose("");
  await page.reload();
  // Reseller A's own language is German: the inherited choice says so.
  await expect(new LanguagePickerPage(dialog.panel).chosen).toContainText(
    "Billing entity's default",
  );
});
