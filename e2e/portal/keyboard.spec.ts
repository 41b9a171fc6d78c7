/**
 * The seed's flows with the keyboard alone: no click anywhere. Tab/Shift+Tab move focus (until
 * the control a user would reach is focused: `tabTo`), Enter/Space activate, arrow keys switch
 * tabs, Escape closes. Grouped into a few tests so that the run stays short. Data: customers of
 * its own (created through the API).
 */
import type { Locator, Page } from "@playwright/test";
import {
  AssetMaximaFormPage,
  ConfigurationFormPage,
  CustomerDialogPage,
  CustomersTablePage,
  createCustomer,
  expect,
  openCustomer,
  signInAs,
  TagsEditorPage,
  test,
  UnitsPanelPage,
  unique,
} from "../support/fixtures";

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `max`. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  await expect(target, "the control to reach").toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target, `reached with ${back ? "Shift+Tab" : "Tab"}`).toBeFocused({ timeout: 1 });
}

test("keyboard: open a customer from the table, switch tabs with the arrows, rename, save the configuration", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys-only"));
  await signInAs(page, "resellerA");
  const table = new CustomersTablePage(page);
  await tabTo(page, table.search);
  await page.keyboard.type(customer.name);
  await expect(table.rows).toHaveCount(1);
  await tabTo(page, table.nameButton(customer.name));
  await page.keyboard.press("Enter");
  const dialog = new CustomerDialogPage(page);
  await expect(dialog.title).toHaveText(customer.name);

  // Tabs: the arrow keys move along the tab list (vertical at this width), Home to the first.
  const active = dialog.root.locator('[data-part="dialog-tab"][data-state="active"]');
  await tabTo(page, active);
  const first = await active.textContent();
  await page.keyboard.press("ArrowDown");
  await expect(active).not.toHaveText(first ?? "");
  await expect(active).toBeFocused();
  await page.keyboard.press("Home");
  await expect(active).toHaveText(first ?? "");
  await expect(page).toHaveURL(/tab=configuration/);

  // Rename: Edit name, type, Enter.
  const renamed = `${customer.name} renamed`;
  await tabTo(page, dialog.root.getByRole("button", { name: "Edit name", exact: true }), {
    back: true,
  });
  await page.keyboard.press("Enter");
  await expect(dialog.nameInput).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(renamed);
  await page.keyboard.press("Enter");
  await expect(dialog.title).toHaveText(renamed);

  // Configuration: into the form with Tab, type, Enter submits.
  const form = new ConfigurationFormPage(dialog.panel);
  await tabTo(page, form.field("address.town").control);
  await page.keyboard.type("Bristol");
  await page.keyboard.press("Enter");
  await expect(form.status).toHaveText("Saved");
});

test("keyboard: credit units with the form's selects and fields", async ({ page, request }) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys units"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "units");
  const units = new UnitsPanelPage(dialog.panel);
  await expect(units.balance).not.toBeEmpty();
  const before = Number((await units.balance.textContent())?.replace(/[^\d.-]/g, ""));

  await tabTo(page, units.transaction.field("amount").control);
  await page.keyboard.type("12");
  await page.keyboard.press("Tab");
  await tabTo(page, units.transaction.field("description").control);
  await page.keyboard.type("Keyboard credit");
  await page.keyboard.press("Enter");
  await expect(units.transactionStatus).toContainText("Credited 12.00 units");
  await expect(units.balance).toHaveText(
    new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2 }).format(before + 12),
  );
  await expect(units.latestEntry).toContainText("Keyboard credit");
});

test("keyboard: the actions menu: Login to CP's dialog, and Delete confirmed with Cancel", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys actions"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "configuration");
  const more = dialog.root.getByRole("button", { name: "More actions", exact: true });

  // Login to CP: the menu opens with Enter, the arrows reach the item, Enter opens its dialog.
  await tabTo(page, more, { back: true });
  await page.keyboard.press("Enter");
  const login = dialog.menuItems.filter({ hasText: "Login to CP" });
  await expect(dialog.menuItems.first()).toBeFocused();
  for (let i = 0; i < 5 && !(await login.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("ArrowDown");
  await expect(login).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog.actionDialog).toBeVisible();
  await expect(dialog.actionDialog.locator('[name="reason"]')).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog.actionDialog).toBeHidden();
  await expect(more).toBeFocused();

  // Delete: reached the same way, then Cancel with the keyboard; the customer stays.
  await page.keyboard.press("Enter");
  await expect(dialog.menuItems.first()).toBeFocused();
  const del = dialog.menuItems.filter({ hasText: /^\s*Delete\s*$/ });
  for (let i = 0; i < 5 && !(await del.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(dialog.actionDialog).toBeVisible();
  const cancel = dialog.actionDialog.getByRole("button", { name: "Cancel", exact: true });
  await tabTo(page, cancel);
  await page.keyboard.press("Enter");
  await expect(dialog.actionDialog).toBeHidden();
  await expect(dialog.title).toHaveText(customer.name);
  // Escape closes the customer's dialog too.
  await page.keyboard.press("Escape");
  await expect(dialog.root).toBeHidden();
});

test("keyboard: add a tag and save; an asset maximum and save", async ({ page, request }) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys account"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "availability");
  const tags = new TagsEditorPage(dialog.panel);
  await tabTo(page, tags.entry);
  await page.keyboard.type("e2e-keys");
  await page.keyboard.press("Enter");
  await expect(tags.chips).toHaveText(["e2e-keys"]);
  await tabTo(page, tags.submitButton);
  await page.keyboard.press("Enter");
  await expect(tags.status).toHaveText("Saved");

  // The tab list with the arrows: from Availability down to Asset maxima, then into the form.
  const active = dialog.root.locator('[data-part="dialog-tab"][data-state="active"]');
  await tabTo(page, active, { back: true });
  await page.keyboard.press("ArrowDown");
  await expect(active).toHaveText("Asset maxima");
  const maxima = new AssetMaximaFormPage(dialog.panel);
  const servers = maxima.row("Servers");
  // A new customer has no limit: Space unticks "No limit", and the limit's input appears.
  await tabTo(page, servers.noLimit);
  if (await servers.noLimit.isChecked()) await page.keyboard.press("Space");
  await tabTo(page, servers.input);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("7");
  await expect(maxima.changes).toHaveCount(1);
  await tabTo(page, maxima.root.locator('[data-part="asset-maxima-footer"] button[type="submit"]'));
  await page.keyboard.press("Enter");
  await expect(maxima.status).toHaveText("Asset maxima saved.");
});
