/**
 * The Configuration tab. Data: a customer of its own (Reseller A's, created through the API).
 */
import {
  ConfigurationFormPage,
  createCustomer,
  expect,
  openCustomer,
  test,
  unique,
} from "../support/fixtures";

test("configuration: address, VAT and warn level are saved and still there after a reload", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E configuration"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "configuration");
  const form = new ConfigurationFormPage(dialog.panel);

  await form.creditCustomer.check();
  await form.save({
    "address.street": "2 Canal Street",
    "address.town": "Manchester",
    "address.country": "GB",
    "address.postalCode": "M1 3HE",
    vatNumber: "GB987654321",
    unitWarnLevel: "250",
  });
  await expect(form.status).toHaveText("Saved");

  await page.reload();
  const reloaded = new ConfigurationFormPage(dialog.panel);
  await expect(reloaded.field("address.street").control).toHaveValue("2 Canal Street");
  await expect(reloaded.field("address.town").control).toHaveValue("Manchester");
  await expect(reloaded.field("address.postalCode").control).toHaveValue("M1 3HE");
  await expect(reloaded.field("vatNumber").control).toHaveValue("GB987654321");
  await expect(reloaded.field("unitWarnLevel").control).toHaveValue("250.00");
  await expect(reloaded.creditCustomer).toBeChecked();
});

test("configuration: a bad country is refused next to the field, and the other input stays", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E configuration bad"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "configuration");
  const form = new ConfigurationFormPage(dialog.panel);

  await form.fill({ "address.town": "Leeds", "address.country": "England" });
  await form.submit();
  await expect(form.field("address.country").error).toBeVisible();
  await expect(form.field("address.town").control).toHaveValue("Leeds");
  await expect(form.status).not.toHaveText("Saved");
});
