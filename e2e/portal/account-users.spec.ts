/**
 * The Users tab: add, manage (edit details), disable. Data: a customer of its own (Reseller A's,
 * created through the API with no users).
 */
import {
  createCustomer,
  expect,
  openCustomer,
  test,
  UsersPanelPage,
  unique,
} from "../support/fixtures";

test("users: add two, rename one, disable the other; all of it still there after a reload", async ({
  page,
  request,
}) => {
  const customer = await createCustomer(request, "resellerA", unique("E2E users"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "users");
  const users = new UsersPanelPage(dialog.panel);
  await expect(users.root).toContainText("No users yet");

  await users.add({ name: "Ada Admin", email: "ada@e2e.example", isAdmin: true });
  await expect(users.notices.filter({ hasText: "Ada Admin was added." })).toBeVisible();
  await users.add({ name: "Bo Builder", email: "bo@e2e.example" });
  await expect(users.rows).toHaveCount(2);
  await expect(users.row("Ada Admin")).toContainText("Admin");
  await expect(users.row("Bo Builder")).toContainText("Active");

  // Manage: a new name and e-mail address.
  const ada = await users.open("Ada Admin");
  await ada.field("name").control.fill("Ada Lovelace");
  await ada.field("email").control.fill("ada.lovelace@e2e.example");
  await ada.saveDetails();
  await expect(ada.heading).toHaveText("Ada Lovelace");
  await ada.back();

  // Disable: Bo can no longer sign in.
  const bo = await users.open("Bo Builder");
  await bo.toggleDisabled();
  await expect(bo.badges.filter({ hasText: "Disabled" })).toBeVisible();
  await bo.back();
  await expect(users.row("Bo Builder")).toHaveAttribute("data-state", "disabled");

  await page.reload();
  const reloaded = new UsersPanelPage(dialog.panel);
  await expect(reloaded.row("Ada Lovelace")).toContainText("ada.lovelace@e2e.example");
  await expect(reloaded.row("Bo Builder")).toHaveAttribute("data-state", "disabled");
  await expect(reloaded.row("Bo Builder")).toContainText("Disabled");
});

test("users: the last active administrator cannot be disabled, and says why", async ({
  page,
  request,
  allowConsoleErrors,
}) => {
  // The refusal is the API's 409, which Chromium logs.
  allowConsoleErrors(/status of 409 .*\/users\//);
  const customer = await createCustomer(request, "resellerA", unique("E2E users last admin"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "users");
  const users = new UsersPanelPage(dialog.panel);
  await users.add({ name: "Solo Admin", email: "solo@e2e.example", isAdmin: true });
  await expect(users.row("Solo Admin")).toBeVisible();

  const solo = await users.open("Solo Admin");
  await solo.toggleDisabled();
  await expect(solo.root).toContainText("Solo Admin is the customer's last active administrator");
  await expect(solo.badges.filter({ hasText: "Active" })).toBeVisible();
});

test("users: an e-mail address already in use is refused next to the field, and the input stays", async ({
  page,
  request,
  allowConsoleErrors,
}) => {
  // The refusal is the API's answer (409 or 400), which Chromium logs.
  allowConsoleErrors(/status of (409|400) .*\/users/);
  const customer = await createCustomer(request, "resellerA", unique("E2E users duplicate"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "users");
  const users = new UsersPanelPage(dialog.panel);
  await users.add({ name: "First", email: "same@e2e.example" });
  await expect(users.row("First")).toBeVisible();
  await users.add({ name: "Second", email: "same@e2e.example" });
  // The kit's own words ("Another user of this customer has this e-mail address.") or the
  // catalogue's general one for a taken value ("Already in use: choose another.").
  await expect(users.addForm.field("email").error).toHaveText(/has this e-mail address|in use/);
  await expect(users.addForm.field("name").control).toHaveValue("Second");
  await expect(users.rows).toHaveCount(1);
});
