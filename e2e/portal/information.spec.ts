/**
 * The Information tab: the jobs, and the related resources (a VDC, server or disk link opens its
 * read-only detail inside the dialog; the rest show their UUID with a copy button). Data: Northwind
 * Traders (read only; other specs add jobs to it, so nothing here counts them).
 */
import { expect, InformationPanelPage, openCustomer, SEED, test } from "../support/fixtures";

const NORTHWIND = SEED.ids.customers.resellerAPrepay;

test("jobs: the list, and a job's server opened in the dialog with Back to the lists", async ({
  page,
}) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "information");
  const info = new InformationPanelPage(dialog.panel);
  const job = info.jobs.rowsWith("Create server lb-01");
  await expect(job).toContainText("Successful");
  await expect(job).toContainText("By Jane Doe");
  await expect(info.jobs.pager).toContainText("of");

  await job.getByRole("button", { name: "lb-01", exact: true }).click();
  await expect(info.detail.detailTitle).toHaveText("lb-01");
  await expect(info.detail.detailBadges.first()).toHaveText("Server");
  await expect(page).toHaveURL(/tab=information/);
  await info.detail.back();
  await expect(info.jobs.rows.first()).toBeVisible();
});

test("related resources: a manageable one opens in the dialog, the others show a UUID to copy", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "information");
  const info = new InformationPanelPage(dialog.panel);
  const related = info.related;

  // Not manageable here: its UUID, copied.
  const resellerA = SEED.ids.billingEntities.resellerA;
  await expect(related.row("Reseller A")).toContainText("Billing entity");
  await expect(related.id("Reseller A")).toHaveText(resellerA);
  await expect(related.link("Reseller A")).toHaveCount(0);
  await related.copyButton("Reseller A").click();
  await expect(related.copyButton("Reseller A")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(resellerA);

  // Manageable: a link that opens the VDC's detail in the dialog (onNavigate), and Back.
  await expect(related.id("Production")).toHaveCount(0);
  await related.link("Production").click();
  await expect(info.detail.detailTitle).toHaveText("Production");
  await expect(info.detail.detailBadges.first()).toHaveText("VDC");
  await info.detail.back();
  await expect(related.link("Production")).toBeFocused();
});
