/**
 * The Units tab: credit and debit with the balance still right after a reload; a unit offer.
 * Data: Northwind Traders (Reseller A's, the only seeded customer of reseller A with unit offers
 * of "1,000 units"); each test books fresh amounts and compares the balance with the one it read
 * first, so earlier runs on a reused server do not matter. No other spec books units on it.
 */
import { expect, openCustomer, SEED, test, UnitsPanelPage } from "../support/fixtures";

const NORTHWIND = SEED.ids.customers.resellerAPrepay;

/** "1,234.50" → 1234.5 (English grouping; the kit shows units with two decimals). */
const units = (text: string) => Number(text.replace(/[^\d.-]/g, ""));
/** 1234.5 → "1,234.50", as the panel shows a balance in English. */
const shown = (n: number) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

test("credit then debit: the ledger and the balance follow, and stay after a reload", async ({
  page,
}) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "units");
  const panel = new UnitsPanelPage(dialog.panel);
  await expect(panel.balance).not.toBeEmpty();
  const before = units((await panel.balance.textContent()) ?? "");

  await panel.credit("25", "E2E credit");
  await expect(panel.transactionStatus).toContainText("Credited 25.00 units");
  await expect(panel.balance).toHaveText(shown(before + 25));
  await expect(panel.latestEntry).toContainText("E2E credit");

  await panel.debit("10", "E2E debit");
  await expect(panel.transactionStatus).toContainText("Debited 10.00 units");
  await expect(panel.balance).toHaveText(shown(before + 15));
  await expect(panel.latestEntry).toContainText("E2E debit");

  await page.reload();
  const reloaded = new UnitsPanelPage(dialog.panel);
  await expect(reloaded.balance).toHaveText(shown(before + 15));
  await expect(reloaded.ledgerRows.nth(0)).toContainText("E2E debit");
  await expect(reloaded.ledgerRows.nth(1)).toContainText("E2E credit");
});

test("add a unit offer: its units are credited and the ledger names it", async ({ page }) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "units");
  const panel = new UnitsPanelPage(dialog.panel);
  await expect(panel.balance).not.toBeEmpty();
  const before = units((await panel.balance.textContent()) ?? "");

  await panel.addOffer(/^1,000 units/, "E2E offer");
  await expect(panel.offerStatus).toContainText("Added 1,000 units: 1,000.00 units credited");
  await expect(panel.balance).toHaveText(shown(before + 1000));
  await expect(panel.latestEntry).toContainText("E2E offer");

  await page.reload();
  await expect(new UnitsPanelPage(dialog.panel).balance).toHaveText(shown(before + 1000));
});
