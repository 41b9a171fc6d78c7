/**
 * The Keys tab: add, edit, remove. Data: a customer of its own (Reseller A's, created with no keys).
 */
import {
  createCustomer,
  expect,
  KeysPanelPage,
  openCustomer,
  test,
  unique,
} from "../support/fixtures";

test("keys: add one, edit its value, remove it; each step survives a reload", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "keys");
  const keys = new KeysPanelPage(dialog.panel);
  await expect(keys.root).toContainText("No keys yet");

  await keys.add({ name: "billing.costCentre", value: "CC-1001" });
  await expect(
    keys.notices.filter({ hasText: "The key billing.costCentre was added." }),
  ).toBeVisible();
  await expect(keys.value("billing.costCentre")).toHaveText("CC-1001");
  await page.reload();
  await expect(new KeysPanelPage(dialog.panel).value("billing.costCentre")).toHaveText("CC-1001");

  await keys.edit("billing.costCentre", { value: "CC-2002" });
  await expect(
    keys.notices.filter({ hasText: "The key billing.costCentre was saved." }),
  ).toBeVisible();
  await expect(keys.value("billing.costCentre")).toHaveText("CC-2002");
  await page.reload();
  await expect(new KeysPanelPage(dialog.panel).value("billing.costCentre")).toHaveText("CC-2002");

  await keys.remove("billing.costCentre");
  await expect(
    keys.notices.filter({ hasText: "The key billing.costCentre was removed." }),
  ).toBeVisible();
  await expect(keys.rows).toHaveCount(0);
  await page.reload();
  await expect(new KeysPanelPage(dialog.panel).root).toContainText("No keys yet");
});

test("keys: a name with a space is refused next to the field, and what was typed stays", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys bad"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "keys");
  const keys = new KeysPanelPage(dialog.panel);
  await keys.add({ name: "cost centre", value: "CC-1" });
  await expect(keys.form.field("name").error).toBeVisible();
  await expect(keys.form.field("value").control).toHaveValue("CC-1");
  await expect(keys.rows).toHaveCount(0);
});
