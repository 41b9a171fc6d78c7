/**
 * The Asset maxima tab, including "No limit". Data: a customer of its own (Reseller A's, created
 * through the API with a storage limit).
 */
import {
  AssetMaximaFormPage,
  createCustomer,
  expect,
  openCustomer,
  test,
  unique,
} from "../support/fixtures";

test("asset maxima: a limit and a 'No limit' in one save, both kept after a reload", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E maxima"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "assetMaxima");
  const form = new AssetMaximaFormPage(dialog.panel);

  await form.setLimit("Servers", "12");
  await form.setLimit("Storage (GB)", "500");
  await expect(form.changes).toHaveCount(2);
  await form.save();
  await expect(form.status).toHaveText("Asset maxima saved.");

  await form.setNoLimit("Storage (GB)");
  await expect(form.row("Storage (GB)").noLimitValue).toHaveText("No limit");
  await expect(form.row("Storage (GB)").input).toHaveCount(0);
  await expect(form.changes).toHaveText(["Storage (GB): 500 → No limit"]);
  await form.save();

  await page.reload();
  const reloaded = new AssetMaximaFormPage(dialog.panel);
  await expect(reloaded.row("Servers").input).toHaveValue("12");
  await expect(reloaded.row("Servers").usage).toContainText("of 12");
  await expect(reloaded.row("Storage (GB)").noLimit).toBeChecked();
  await expect(reloaded.row("Storage (GB)").noLimitValue).toHaveText("No limit");
});

test("asset maxima: an empty limit asks for a number or 'No limit', next to the field", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E maxima empty"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "assetMaxima");
  const form = new AssetMaximaFormPage(dialog.panel);
  await form.setLimit("Servers", "3");
  await form.setLimit("VDCs", "2");
  // An emptied input is not "No limit": on Save it asks which is meant, and keeps the rest.
  await form.row("Servers").input.fill("");
  await form.submit();
  await expect(form.row("Servers").error).toHaveText("Enter a limit, or choose No limit.");
  await expect(form.row("VDCs").input).toHaveValue("2");
  await expect(form.status).not.toContainText("saved");
});
