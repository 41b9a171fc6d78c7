/**
 * Two admins at once (two browser contexts on the same customer's Configuration): a save on a
 * field the other admin changed meanwhile shows the conflict and keeps the typed input (and saves
 * after "Reload current values"); a save on fields nobody else touched goes through, and both
 * changes are kept (the hooks re-send on the latest version: packages/hooks/README.md, "Edits:
 * If-Match, merges and conflicts"). Data: a customer of its own per test.
 */
import {
  ConfigurationFormPage,
  createCustomer,
  expect,
  openCustomer,
  test,
  unique,
} from "../support/fixtures";

test("a stale save shows the conflict, keeps what was typed, and saves after reloading", async ({
  page,
  request,
  newWatchedContext,
  allowConsoleErrors,
}) => {
  // The stale save's 412 (Precondition Failed), which Chromium logs.
  allowConsoleErrors(/status of 412/);
  const customer = await createCustomer(request, "resellerA", unique("E2E conflict"));
  const ours = new ConfigurationFormPage(
    (await openCustomer(page, "resellerA", customer.id, "configuration")).panel,
  );
  const otherPage = await (await newWatchedContext()).newPage();
  const theirs = new ConfigurationFormPage(
    (await openCustomer(otherPage, "resellerA", customer.id, "configuration")).panel,
  );
  await expect(ours.field("address.town").control).toBeVisible();

  await theirs.save({ "address.town": "York" });
  await expect(theirs.status).toHaveText("Saved");

  await ours.fill({ "address.town": "Leeds" });
  await ours.submit();
  const conflict = ours.alerts.filter({ hasText: "Someone else changed this" });
  await expect(conflict).toBeVisible();
  await expect(ours.field("address.town").control).toHaveValue("Leeds");

  await conflict.getByRole("button", { name: "Reload current values" }).click();
  await expect(conflict).toBeHidden();
  await ours.fill({ "address.town": "Leeds" });
  await ours.save();
  await expect(ours.status).toHaveText("Saved");
  await otherPage.reload();
  await expect(
    new ConfigurationFormPage(otherPage.locator('[data-part="dialog-content"]')).field(
      "address.town",
    ).control,
  ).toHaveValue("Leeds");
});

test("a save on fields nobody else touched goes through, and both admins' changes are kept", async ({
  page,
  request,
  newWatchedContext,
  allowConsoleErrors,
}) => {
  // The first attempt's 412 before the hook re-sends on the latest version.
  allowConsoleErrors(/status of 412/);
  const customer = await createCustomer(request, "resellerA", unique("E2E merge"));
  const ours = new ConfigurationFormPage(
    (await openCustomer(page, "resellerA", customer.id, "configuration")).panel,
  );
  const otherPage = await (await newWatchedContext()).newPage();
  const theirs = new ConfigurationFormPage(
    (await openCustomer(otherPage, "resellerA", customer.id, "configuration")).panel,
  );
  await expect(ours.field("vatNumber").control).toBeVisible();

  await theirs.save({ "address.town": "York" });
  await expect(theirs.status).toHaveText("Saved");

  await ours.save({ vatNumber: "GB111222333" });
  await expect(ours.status).toHaveText("Saved");
  await expect(ours.alerts).toHaveCount(0);

  await page.reload();
  const reloaded = new ConfigurationFormPage(page.locator('[data-part="dialog-content"]'));
  await expect(reloaded.field("vatNumber").control).toHaveValue("GB111222333");
  await expect(reloaded.field("address.town").control).toHaveValue("York");
});
