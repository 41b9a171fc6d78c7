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
  ConfirmDialogPage,
  CustomerDialogPage,
  CustomersTablePage,
  createCustomer,
  expect,
  KeysPanelPage,
  LanguagePickerPage,
  openCustomer,
  SendEmailFormPage,
  signInAs,
  TAB_LABELS,
  TagsEditorPage,
  ThemePickerPage,
  test,
  UnitsPanelPage,
  UserPage,
  UsersPanelPage,
  unique,
  ValidationMessageEditorPage,
} from "../support/fixtures";

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `max`. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  await expect(target, "the control to reach").toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.tagName.toLowerCase()} ${el.getAttribute("data-part") ?? ""} "${el.textContent?.trim().slice(0, 40)}"`
      : "nothing";
  });
  await expect(
    target,
    `reached with ${back ? "Shift+Tab" : "Tab"} (focus is on ${focused})`,
  ).toBeFocused({ timeout: 1 });
}

/** Presses `key` until `done()` holds, as a user moving through options would; fails after `max`. */
async function pressUntil(
  page: Page,
  key: string,
  done: () => Promise<boolean>,
  what: string,
  max = 20,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
  }
  expect(await done(), `${what}, with ${key}`).toBe(true);
}

/** Back to the tab list with Shift+Tab, then the arrows to the tab named `label`. */
async function arrowToTab(page: Page, dialog: CustomerDialogPage, label: string): Promise<void> {
  const active = dialog.root.locator('[data-part="dialog-tab"][data-state="active"]');
  // From inside the panel Shift+Tab leads back to the tabs; from anywhere else (the title bar)
  // Tab does.
  const inPanel = await dialog.panel.evaluate((panel) => panel.contains(document.activeElement));
  await tabTo(page, active, { back: inPanel });
  const labels = (await dialog.tabs.allTextContents()).map((text) => text.trim());
  const from = labels.indexOf((await active.textContent())?.trim() ?? "");
  const to = labels.indexOf(label);
  expect(to, `a tab "${label}" in ${labels.join(", ")}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(to - from); i++)
    await page.keyboard.press(to > from ? "ArrowDown" : "ArrowUp");
  await expect(active).toHaveText(label);
  await expect(active).toBeFocused();
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

test("keyboard: users (add two, manage one: rename and disable), then an e-mail to the admin", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys users"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "users");
  const users = new UsersPanelPage(dialog.panel);
  await expect(users.root).toContainText("No users yet");
  const addUser = users.root.getByRole("button", { name: "Add user", exact: true }).first();

  // Add user: Enter opens the form on its first field; Space ticks Administrator.
  await tabTo(page, addUser);
  await page.keyboard.press("Enter");
  await expect(users.addForm.field("name").control).toBeFocused();
  await page.keyboard.type("Ada Admin");
  await page.keyboard.press("Tab");
  await expect(users.addForm.field("email").control).toBeFocused();
  await page.keyboard.type("ada@e2e.example");
  await tabTo(page, users.addForm.field("isAdmin").control);
  await page.keyboard.press("Space");
  await expect(users.addForm.field("isAdmin").control).toBeChecked();
  await tabTo(page, users.addForm.submitButton);
  await page.keyboard.press("Enter");
  await expect(users.notices.filter({ hasText: "Ada Admin was added." })).toBeVisible();
  await expect(users.row("Ada Admin")).toContainText("Admin");

  // A second one, submitted with Enter from its e-mail field.
  await tabTo(page, addUser, { back: true });
  await page.keyboard.press("Enter");
  await expect(users.addForm.field("name").control).toBeFocused();
  await page.keyboard.type("Bo Builder");
  await page.keyboard.press("Tab");
  await page.keyboard.type("bo@e2e.example");
  await page.keyboard.press("Enter");
  await expect(users.rows).toHaveCount(2);

  // Manage Bo: open his page, rename him (Enter saves), disable him, back to the list.
  await tabTo(page, users.nameButton("Bo Builder"));
  await page.keyboard.press("Enter");
  const bo = new UserPage(users.root.locator('[data-part="users-manage"]'));
  await expect(bo.heading).toBeFocused();
  await tabTo(page, bo.field("name").control);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Bo Baker");
  await page.keyboard.press("Enter");
  await expect(bo.heading).toHaveText("Bo Baker");
  await tabTo(page, bo.toggleButton);
  await page.keyboard.press("Enter");
  await expect(bo.badges.filter({ hasText: "Disabled" })).toBeVisible();
  await tabTo(page, users.root.page().locator('[data-part="users-back"] button'), { back: true });
  await page.keyboard.press("Enter");
  await expect(users.row("Bo Baker")).toHaveAttribute("data-state", "disabled");
  await expect(users.nameButton("Bo Baker")).toBeFocused();

  // Send e-mail, the tab before Users: to the admin users (Ada), Tab to Send, Enter.
  await arrowToTab(page, dialog, TAB_LABELS.email);
  const email = new SendEmailFormPage(dialog.panel);
  const subject = unique("E2E keys mail");
  await tabTo(page, email.subject);
  await page.keyboard.type(subject);
  await tabTo(page, email.message);
  await page.keyboard.type("Typed with the keyboard alone.");
  await tabTo(page, email.submitButton);
  await page.keyboard.press("Enter");
  await expect(email.root).toContainText("Sent to 1 user");
  await expect(email.outcome).toHaveText([/Ada Admin\s*ada@e2e\.example/]);
  await expect(email.subject).toHaveValue("");

  // After a reload, the users are as the keyboard left them.
  await page.reload();
  await arrowToTab(page, dialog, TAB_LABELS.users);
  const reloaded = new UsersPanelPage(dialog.panel);
  await expect(reloaded.row("Ada Admin")).toContainText("Admin");
  await expect(reloaded.row("Bo Baker")).toHaveAttribute("data-state", "disabled");
});

test("keyboard: a unit offer chosen with the arrows; the validation tooltip saved and described", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys offer"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "units");
  const units = new UnitsPanelPage(dialog.panel);
  await expect(units.balance).not.toBeEmpty();
  const before = Number((await units.balance.textContent())?.replace(/[^\d.-]/g, ""));

  // The offer's select: focused with Tab, the arrows change the choice (no popup).
  const select = units.offer.field("productOfferId").control;
  await tabTo(page, select);
  await pressUntil(
    page,
    "ArrowDown",
    async () =>
      /^1,000 units/.test(
        (await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)) ?? "",
      ),
    "the 1,000 units offer chosen",
  );
  await tabTo(page, units.offer.field("description").control);
  await page.keyboard.type("Keyboard offer");
  await page.keyboard.press("Enter");
  await expect(units.offerStatus).toContainText("Added 1,000 units: 1,000.00 units credited");
  const shown = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2 }).format(before + 1000);
  await expect(units.balance).toHaveText(shown);
  await expect(units.latestEntry).toContainText("Keyboard offer");

  // Validate customer, the next tab: type the HTML, Tab to Save, Enter.
  await arrowToTab(page, dialog, TAB_LABELS.validation);
  const editor = new ValidationMessageEditorPage(dialog.panel);
  await tabTo(page, editor.source);
  await page.keyboard.type("<p>Built by <b>keyboard</b>.</p>");
  await tabTo(page, editor.submitButton);
  await page.keyboard.press("Enter");
  await expect(editor.saved).toHaveText("Saved");

  await page.reload();
  const reloaded = new ValidationMessageEditorPage(dialog.panel);
  await expect(page).toHaveURL(/tab=validation/);
  await expect(reloaded.source).toHaveValue("<p>Built by <b>keyboard</b>.</p>");
  // The sample trigger, reached with Tab, is described by the tooltip's sanitised text.
  await tabTo(page, reloaded.trigger);
  await expect(reloaded.trigger).toHaveAccessibleDescription("Built by keyboard.");
  await expect(reloaded.tooltipBody.locator("b")).toHaveText("keyboard");
  // And the balance with the offer's units, one tab up.
  await arrowToTab(page, dialog, TAB_LABELS.units);
  await expect(new UnitsPanelPage(dialog.panel).balance).toHaveText(shown);
});

test("keyboard: language and theme chosen with the arrows; a key added, edited, removed (confirmed)", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys prefs"), {
    defaultLanguage: "en",
  });
  const dialog = await openCustomer(page, "resellerA", customer.id, "language");

  // Language: Tab lands on the chosen radio, the arrows move the choice to German.
  const picker = new LanguagePickerPage(dialog.panel);
  await expect(picker.chosen).toContainText("English");
  await tabTo(page, picker.radio("en"));
  await pressUntil(page, "ArrowDown", () => picker.radio("de").isChecked(), "German chosen");
  await tabTo(page, picker.root.locator('button[type="submit"]'));
  await page.keyboard.press("Enter");
  await expect(picker.status).toHaveText("Saved");

  // Themes: from the inherited choice to Alpine with the arrows; Save.
  await arrowToTab(page, dialog, TAB_LABELS.themes);
  const themes = new ThemePickerPage(dialog.panel);
  await expect(themes.activeName).toHaveText("Ocean");
  const alpine = themes.card("Alpine").locator('[data-part="themes-radio"]');
  await tabTo(page, themes.root.locator('[data-part="themes-radio"]:checked'));
  await pressUntil(page, "ArrowDown", () => alpine.isChecked(), "Alpine chosen");
  await tabTo(page, themes.root.locator('button[type="submit"]'));
  await page.keyboard.press("Enter");
  await expect(themes.activeName).toHaveText("Alpine");
  await expect(themes.root).toContainText("Chosen for this customer");

  // Keys: Add key opens on the name; Enter adds; Edit, Enter saves; Remove, Tab to confirm, Enter.
  await arrowToTab(page, dialog, TAB_LABELS.keys);
  const keys = new KeysPanelPage(dialog.panel);
  await expect(keys.root).toContainText("No keys yet");
  await tabTo(page, keys.root.getByRole("button", { name: "Add key", exact: true }).first());
  await page.keyboard.press("Enter");
  await expect(keys.form.field("name").control).toBeFocused();
  await page.keyboard.type("billing.costCentre");
  await tabTo(page, keys.form.field("value").control);
  await page.keyboard.type("CC-1001");
  await page.keyboard.press("Enter");
  await expect(
    keys.notices.filter({ hasText: "The key billing.costCentre was added." }),
  ).toBeVisible();
  await expect(keys.value("billing.costCentre")).toHaveText("CC-1001");

  const actions = keys.row("billing.costCentre").locator('[data-part="keys-actions"] button');
  await tabTo(page, actions.first());
  await page.keyboard.press("Enter");
  await tabTo(page, keys.form.field("value").control);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("CC-2002");
  await page.keyboard.press("Enter");
  await expect(
    keys.notices.filter({ hasText: "The key billing.costCentre was saved." }),
  ).toBeVisible();
  await expect(keys.value("billing.costCentre")).toHaveText("CC-2002");

  await page.reload();
  await expect(new KeysPanelPage(dialog.panel).value("billing.costCentre")).toHaveText("CC-2002");
  await tabTo(page, actions.last());
  await page.keyboard.press("Enter");
  const confirm = new ConfirmDialogPage(page);
  await expect(confirm.content.getByRole("button", { name: "Cancel", exact: true })).toBeFocused();
  await tabTo(page, confirm.content.locator('[data-part="form-actions"] button').last());
  await page.keyboard.press("Enter");
  await expect(
    keys.notices.filter({ hasText: "The key billing.costCentre was removed." }),
  ).toBeVisible();
  await expect(keys.rows).toHaveCount(0);

  // After a reload: German, Alpine, no keys.
  await page.reload();
  await expect(new KeysPanelPage(dialog.panel).root).toContainText("No keys yet");
  await arrowToTab(page, dialog, TAB_LABELS.language);
  await expect(new LanguagePickerPage(dialog.panel).chosen).toContainText("German");
  await arrowToTab(page, dialog, TAB_LABELS.themes);
  await expect(new ThemePickerPage(dialog.panel).activeName).toHaveText("Alpine");
});

// Regression test for an accessibility bug these tests found: after Enter on Save, the focused
// Save turned disabled and focus dropped to the page (or to the dialog's frame, where Shift+Tab
// never leaves). Button now stays focusable as aria-disabled until focus moves on.
test("keyboard: after saving a language or a theme with Enter, focus stays in the form", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E keys focus"), {
    defaultLanguage: "en",
  });
  const dialog = await openCustomer(page, "resellerA", customer.id, "language");
  const picker = new LanguagePickerPage(dialog.panel);
  await tabTo(page, picker.radio("en"));
  await pressUntil(page, "ArrowDown", () => picker.radio("de").isChecked(), "German chosen");
  await tabTo(page, picker.root.locator('button[type="submit"]'));
  await page.keyboard.press("Enter");
  await expect(picker.status).toHaveText("Saved");
  expect(await picker.root.evaluate((form) => form.contains(document.activeElement))).toBe(true);

  await arrowToTab(page, dialog, TAB_LABELS.themes);
  const themes = new ThemePickerPage(dialog.panel);
  const alpine = themes.card("Alpine").locator('[data-part="themes-radio"]');
  await tabTo(page, themes.root.locator('[data-part="themes-radio"]:checked'));
  await pressUntil(page, "ArrowDown", () => alpine.isChecked(), "Alpine chosen");
  await tabTo(page, themes.root.locator('button[type="submit"]'));
  await page.keyboard.press("Enter");
  await expect(themes.saved).toBeVisible();
  expect(await themes.root.evaluate((form) => form.contains(document.activeElement))).toBe(true);
});
