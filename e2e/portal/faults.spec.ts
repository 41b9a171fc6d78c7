/**
 * Faults: with the sandbox answering errors (`PUT /__sandbox/faults`) or going away (`offline`),
 * each panel shows its error with "Try again", which works once the fault is cleared; a half-typed
 * form keeps its input through a failing save and through closing and reopening the dialog.
 * Chromium logs each injected 5xx ("Failed to load resource: … status of 500"); the offline
 * sandbox answers nothing ("net::ERR_…"): each test allows exactly those. Data: Northwind
 * (read only) and a customer of its own for the form.
 */
import {
  ConfigurationFormPage,
  CustomersTablePage,
  createCustomer,
  expect,
  openCustomer,
  type PortalTab,
  SEED,
  test,
  unique,
} from "../support/fixtures";

const NORTHWIND = SEED.ids.customers.resellerAPrepay;

/** Each read-only panel, the operation it loads with, and what it shows once loaded. */
const PANELS: [PortalTab, string, RegExp][] = [
  ["units", "getUnitBalance", /Balance/],
  ["statements", "listStatements", /Opening balance/],
  ["invoices", "listInvoices", /RSA-INV-2026-0166/],
  ["creditNotes", "listCreditNotes", /RSA-CN-2026-0004/],
  ["reports", "getUsageReport", /units over/],
  ["resources", "listVdcs", /Production/],
  ["information", "listJobs", /Create server lb-01/],
];

test("every panel shows its error with Try again, and Try again loads it once the fault is gone", async ({
  page,
  sandbox,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 500/);
  await sandbox.setFaults({
    status: Object.fromEntries(PANELS.map(([, operation]) => [operation, 500])),
  });
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "units");
  for (const [tab] of PANELS) {
    const panel = await dialog.openTab(tab);
    const error = panel.locator('[data-part="error-state"]').first();
    await expect(error, tab).toContainText("Something went wrong");
    await expect(error, tab).toContainText("The service could not complete the request.");
    await expect(error.getByRole("button", { name: "Try again" }), tab).toBeVisible();
  }

  await sandbox.clearFaults();
  for (const [tab, , loaded] of PANELS) {
    const panel = await dialog.openTab(tab);
    const error = panel.locator('[data-part="error-state"]').first();
    // A panel opened again may have refetched on its own; one still in error retries on click.
    await expect(panel.getByText(loaded).or(error).first(), tab).toBeVisible();
    if (await error.isVisible()) await error.getByRole("button", { name: "Try again" }).click();
    await expect(panel.getByText(loaded).first(), tab).toBeVisible();
    await expect(panel.locator('[data-part="error-state"]'), tab).toHaveCount(0);
  }
});

test("the sandbox going away: the panel says the service cannot be reached, and Try again works when it is back", async ({
  page,
  sandbox,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/net::ERR_|Failed to fetch|status of 5\d\d/);
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "configuration");
  await sandbox.setFaults({ offline: true });
  const panel = await dialog.openTab("statements");
  const error = panel.locator('[data-part="error-state"]');
  await expect(error).toContainText(
    "The service could not be reached. Check your connection and try again.",
  );
  await sandbox.clearFaults();
  await error.getByRole("button", { name: "Try again" }).click();
  await expect(panel.getByText("Opening balance").first()).toBeVisible();
});

test("a half-typed form keeps its input through a failing save and through closing the dialog", async ({
  page,
  request,
  sandbox,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 503/);
  const customer = await createCustomer(request, "resellerA", unique("E2E faults form"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "configuration");
  const form = new ConfigurationFormPage(dialog.panel);
  await form.fill({ "address.street": "7 Fault Lane", vatNumber: "GB123456789" });

  await sandbox.setFaults({ status: { updateCustomer: 503 } });
  await form.submit();
  await expect(form.alerts.first()).toBeVisible();
  await expect(form.field("address.street").control).toHaveValue("7 Fault Lane");
  await expect(form.field("vatNumber").control).toHaveValue("GB123456789");

  // Closed and opened again from the table: the draft is still there.
  await dialog.close();
  await expect(dialog.root).toBeHidden();
  // In the same page (drafts live in the provider; a reload would be a new one).
  await new CustomersTablePage(page).open(customer.name);
  await dialog.openTab("configuration");
  const reopened = new ConfigurationFormPage(dialog.panel);
  await expect(reopened.field("address.street").control).toHaveValue("7 Fault Lane");
  await expect(reopened.field("vatNumber").control).toHaveValue("GB123456789");

  await sandbox.clearFaults();
  await reopened.save();
  await expect(reopened.status).toHaveText("Saved");
  await page.reload();
  await expect(new ConfigurationFormPage(dialog.panel).field("address.street").control).toHaveValue(
    "7 Fault Lane",
  );
});
