/**
 * The billing tabs and Reports: statements (debit, credit, running balance), an invoice opened on
 * its lines and totals, a credit note opened on its lines and the invoice it credits, the usage
 * report's figures following the period. Data: Northwind Traders' seeded billing, read only (the
 * specs that change Northwind book units and send e-mails, which add no billing documents).
 */
import {
  CreditNotesTablePage,
  expect,
  InvoicesTablePage,
  openCustomer,
  SEED,
  StatementsTablePage,
  test,
  UsageReportPage,
} from "../support/fixtures";

const NORTHWIND = SEED.ids.customers.resellerAPrepay;

test("statements: each line's debit or credit and the balance after it, between opening and closing", async ({
  page,
}) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "statements");
  const statements = new StatementsTablePage(dialog.panel);
  await expect(statements.periods.first()).toHaveText("Oct 1, 2026 – Oct 31, 2026");
  const october = statements.statements.first();
  await expect(statements.openingBalance(october)).toHaveText("€0.00");

  const [invoice, payment] = [statements.lines(october).nth(0), statements.lines(october).nth(1)];
  const invoiceCells = statements.cells(invoice);
  await expect(invoiceCells.kind).toHaveText("Unpaid invoice");
  await expect(invoiceCells.description).toHaveText("Invoice RSA-INV-2026-0166");
  await expect(invoiceCells.debit).toHaveText("€159.00");
  await expect(invoiceCells.credit).toHaveText("");
  await expect(invoiceCells.balance).toHaveText("€159.00");

  const paymentCells = statements.cells(payment);
  await expect(paymentCells.kind).toHaveText("Payment received");
  await expect(paymentCells.debit).toHaveText("");
  await expect(paymentCells.credit).toHaveText("€159.00");
  await expect(paymentCells.balance).toHaveText("€0.00");
  await expect(statements.closingBalance(october)).toHaveText("€0.00");

  // A credit note takes off what the customer owes: a credit, and the balance goes below zero.
  const september = statements.statements.nth(1);
  const credit = statements.cells(statements.lines(september).first());
  await expect(credit.description).toContainText("Credit note RSA-CN-2026-0004");
  await expect(credit.credit).toHaveText("€39.75");
  await expect(credit.balance).toHaveText("-€39.75");

  // Older months page in.
  await statements.older();
  await expect(statements.periods.first()).not.toHaveText("Oct 1, 2026 – Oct 31, 2026");
  await expect(statements.statements.first()).toBeVisible();
});

test("invoices: open one to see its lines and totals, and back to the list", async ({ page }) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "invoices");
  const invoices = new InvoicesTablePage(dialog.panel);
  await expect(invoices.row("RSA-INV-2026-0166")).toContainText("Paid");
  await expect(invoices.row("RSA-INV-2026-0166")).toContainText("€159.00");

  await invoices.open("RSA-INV-2026-0166");
  await expect(invoices.detailTitle).toHaveText("Invoice RSA-INV-2026-0166");
  await expect(invoices.detailTitle).toBeFocused();
  await expect(invoices.lines.first()).toBeVisible();
  await expect(invoices.lineDescriptions.first()).not.toBeEmpty();
  await expect(invoices.totalAmount(0)).toHaveText("€159.00");
  await expect(invoices.totalAmount(2)).toHaveText("€159.00");

  await invoices.back();
  await expect(invoices.numbers.filter({ hasText: "RSA-INV-2026-0166" })).toBeFocused();
});

test("credit notes: open one to see its reason, lines and the invoice it credits", async ({
  page,
}) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "creditNotes");
  const notes = new CreditNotesTablePage(dialog.panel);
  await expect(notes.invoiceOf("RSA-CN-2026-0004")).toHaveText("RSA-INV-2026-0098");

  await notes.open("RSA-CN-2026-0004");
  await expect(notes.detailTitle).toHaveText("Credit note RSA-CN-2026-0004");
  await expect(notes.detailSubtitle).toContainText("credits invoice RSA-INV-2026-0098");
  await expect(notes.reason).toContainText("storage outage");
  await expect(notes.lineDescriptions.first()).not.toBeEmpty();
  await expect(notes.totalAmount(2)).toHaveText("€39.75");
});

test("reports: the usage chart and table show data, and follow the period", async ({ page }) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "reports");
  const usage = new UsageReportPage(dialog.panel);
  await expect(usage.period).toHaveValue("last30");
  await expect(usage.summary).toContainText("over 30 days");
  await expect(usage.chart).toBeVisible();
  await expect(usage.bars.first()).toBeVisible();

  await usage.showTable();
  await expect(usage.days).toHaveCount(30);
  const total30 = await usage.totalRow.locator("td").last().textContent();
  expect(Number(total30?.replace(/,/g, ""))).toBeGreaterThan(0);

  await usage.choosePeriod("last7");
  await expect(usage.summary).toContainText("over 7 days");
  await expect(usage.days).toHaveCount(7);
  await expect(usage.totalRow.locator("td").last()).not.toHaveText(total30 ?? "");
});
