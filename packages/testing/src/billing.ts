import type { Locator } from "@playwright/test";
import { exactText, part, type Root } from "./root";

/**
 * `StatementsTable` (`data-part="statements-table"`): the monthly statements, newest first, each
 * with its opening balance, its lines (debit, credit, the running balance) and its closing balance.
 *
 * Locale-independent: parts only (`statements-statement`, `statements-line` with `data-kind`,
 * `statements-balance`, `statements-footer`); amounts read as the locale formats money. Paging
 * clicks the footer's buttons in order (Newer, Older).
 */
export class StatementsTablePage {
  /** The panel. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `StatementsTable`. */
  constructor(root: Root) {
    this.root = part(root, "statements-table").first();
  }

  /** Every month shown (`statements-statement`), newest first. */
  get statements(): Locator {
    return part(this.root, "statements-statement");
  }

  /** The period heading of each month (`statements-period`, "1 Oct 2026 – 31 Oct 2026"). */
  get periods(): Locator {
    return part(this.root, "statements-period");
  }

  /**
   * The lines of every month shown (`statements-line`), or of one month (`statement` from
   * `statements.nth(i)`). `data-kind` is the contract's kind (`UNPAID_INVOICE`, `PAYMENT_RECEIVED`, …).
   */
  lines(statement: Locator = this.root): Locator {
    return part(statement, "statements-line");
  }

  /** A line's cells by column: date, type, description, debit, credit, balance (after the line). */
  cells(line: Locator): {
    date: Locator;
    kind: Locator;
    description: Locator;
    debit: Locator;
    credit: Locator;
    balance: Locator;
  } {
    const td = line.locator("td");
    return {
      date: part(line, "statements-date"),
      kind: part(line, "statements-kind"),
      description: part(line, "statements-description"),
      debit: td.nth(3),
      credit: td.nth(4),
      balance: td.nth(5),
    };
  }

  /** A month's opening balance (the amount cell of its first `statements-balance` row). */
  openingBalance(statement: Locator): Locator {
    return part(statement, "statements-balance").first().locator("td");
  }

  /** A month's closing balance (the amount cell of its last `statements-balance` row). */
  closingBalance(statement: Locator): Locator {
    return part(statement, "statements-balance").last().locator("td");
  }

  /** The footer's status ("12 statements"; `statements-footer`). */
  get total(): Locator {
    return part(this.root, "statements-footer").getByRole("status");
  }

  /** The empty state (`empty-state`), when the customer has no statements. */
  get empty(): Locator {
    return part(this.root, "empty-state");
  }

  /** The error state with its retry (`error-state`, `role="alert"`). */
  get error(): Locator {
    return part(this.root, "error-state");
  }

  /** Shows the next page of older statements (the footer's second button). */
  async older(): Promise<void> {
    await part(this.root, "statements-footer").getByRole("button").nth(1).click();
  }

  /** Shows the page of newer statements (the footer's first button). */
  async newer(): Promise<void> {
    await part(this.root, "statements-footer").getByRole("button").nth(0).click();
  }
}

/** The part prefix of a billing-document table. */
type BillingPrefix = "invoices" | "credit-notes";

/**
 * What `InvoicesTable` and `CreditNotesTable` share (one billing-document table, two sets of part
 * names): the list of documents by number, one document opened on its lines with its totals, Back.
 */
class BillingDocumentsPage {
  /** The panel (`<prefix>-table`). */
  readonly root: Locator;
  readonly #prefix: BillingPrefix;

  constructor(root: Root, prefix: BillingPrefix) {
    this.#prefix = prefix;
    this.root = part(root, `${prefix}-table`).first();
  }

  /** The list (`<prefix>-list`), while no document is open. */
  get list(): Locator {
    return part(this.root, `${this.#prefix}-list`);
  }

  /** The rows of the list, newest first. */
  get rows(): Locator {
    return this.list.locator("tbody tr");
  }

  /** The row of the document numbered exactly `number`. */
  row(number: string): Locator {
    return this.rows.filter({
      has: this.root
        .page()
        .locator(`[data-part="${this.#prefix}-number"]`, { hasText: exactText(number) }),
    });
  }

  /** The number buttons (`<prefix>-number`) that open each document. */
  get numbers(): Locator {
    return part(this.list, `${this.#prefix}-number`);
  }

  /** The footer's status ("6 invoices"; `<prefix>-footer`). */
  get total(): Locator {
    return part(this.root, `${this.#prefix}-footer`).getByRole("status");
  }

  /** The list's empty state (`empty-state`). */
  get empty(): Locator {
    return part(this.root, "empty-state");
  }

  /** The error state with its retry (`error-state`, `role="alert"`), of the list or the lines. */
  get error(): Locator {
    return part(this.root, "error-state");
  }

  /** The opened document (`<prefix>-detail`). */
  get detail(): Locator {
    return part(this.root, `${this.#prefix}-detail`);
  }

  /** The opened document's title ("Invoice RSA-INV-2026-0166"; it takes focus when it opens). */
  get detailTitle(): Locator {
    return part(this.detail, "section-title");
  }

  /** The line under the title: its dates (and, for a credit note, the invoice it credits). */
  get detailSubtitle(): Locator {
    return part(this.detail, "section-description");
  }

  /** The opened document's lines (rows of its table's body). */
  get lines(): Locator {
    return this.detail.locator("tbody tr");
  }

  /** The description of each line (`<prefix>-line-description`). */
  get lineDescriptions(): Locator {
    return part(this.detail, `${this.#prefix}-line-description`);
  }

  /** The totals under the lines (`<prefix>-total`: excl. tax, tax, incl. tax, in that order). */
  get totals(): Locator {
    return part(this.detail, `${this.#prefix}-total`);
  }

  /** The amount of a total row: `totalAmount(0)` excl. tax, `(1)` tax, `(2)` incl. tax. */
  totalAmount(index: 0 | 1 | 2): Locator {
    return this.totals.nth(index).locator("td");
  }

  /** Opens the document numbered exactly `number` and waits for its detail. */
  async open(number: string): Promise<void> {
    await this.numbers.filter({ hasText: exactText(number) }).click();
    await this.detail.waitFor();
  }

  /** Back to the list (`<prefix>-back`); focus returns to the number that opened it. */
  async back(): Promise<void> {
    await part(this.root, `${this.#prefix}-back`).getByRole("button").click();
    await this.list.waitFor();
  }
}

/**
 * `InvoicesTable` (`data-part="invoices-table"`): invoices with status and totals; `open(number)`
 * shows one invoice's lines and totals, `back()` returns to the list.
 *
 * Locale-independent: parts (`invoices-list`, `invoices-number`, `invoices-detail`,
 * `invoices-line-description`, `invoices-total`, `invoices-back`) and the invoices' numbers.
 */
export class InvoicesTablePage extends BillingDocumentsPage {
  /** @param root The page, a dialog's panel, or any element holding one `InvoicesTable`. */
  constructor(root: Root) {
    super(root, "invoices");
  }
}

/**
 * `CreditNotesTable` (`data-part="credit-notes-table"`): credit notes with the invoice each
 * credits; `open(number)` shows one credit note's reason, lines and totals.
 *
 * Locale-independent: parts (`credit-notes-*`, as for invoices, plus `credit-notes-reason`).
 */
export class CreditNotesTablePage extends BillingDocumentsPage {
  /** @param root The page, a dialog's panel, or any element holding one `CreditNotesTable`. */
  constructor(root: Root) {
    super(root, "credit-notes");
  }

  /** The invoice a listed credit note credits (the list's third column) by credit note number. */
  invoiceOf(number: string): Locator {
    return this.row(number).locator("td").nth(2);
  }

  /** The opened credit note's reason ("Reason: …"; `credit-notes-reason`). */
  get reason(): Locator {
    return part(this.detail, "credit-notes-reason");
  }
}

/** A period preset of `UsageReport` (the `period` select's values). */
export type UsagePreset = "last7" | "last30" | "last90" | "thisMonth" | "lastMonth" | "custom";

/**
 * `UsageReport` (`data-part="usage-report"`): units used per day by resource type, as a chart
 * (`usage-chart-frame`, a slider the arrow keys move over the days) with its legend, and the same
 * figures as a table ("Show as table").
 *
 * Locale-independent: parts and form names (`period`, `from`, `to`); the table is found by part
 * (it is in the DOM for screen readers even while hidden; `showTable()` shows it).
 */
export class UsageReportPage {
  /** The panel. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `UsageReport`. */
  constructor(root: Root) {
    this.root = part(root, "usage-report").first();
  }

  /** The period select (`name="period"`). */
  get period(): Locator {
    return this.root.locator('select[name="period"]');
  }

  /** The legend's heading: the range and its total ("1,234.56 units over 30 days"). */
  get summary(): Locator {
    return part(this.root, "usage-legend-head");
  }

  /** The legend's values by resource type, in the contract's order (`usage-legend-value`). */
  get legendValues(): Locator {
    return part(this.root, "usage-legend-value");
  }

  /** The chart (`usage-chart-frame`, `role="slider"`): focus it and use the arrow keys. */
  get chart(): Locator {
    return part(this.root, "usage-chart-frame");
  }

  /** The bars of the chart (`usage-bar`). */
  get bars(): Locator {
    return part(this.root, "usage-bar");
  }

  /** The figures as a table (the one in `usage-body`). */
  get table(): Locator {
    return part(this.root, "usage-body").locator("table");
  }

  /** The table's days (rows of its body), oldest first. */
  get days(): Locator {
    return this.table.locator("tbody tr");
  }

  /** The table's total row (its footer). */
  get totalRow(): Locator {
    return this.table.locator("tfoot tr");
  }

  /** The empty state ("No usage in this period"), with its "Show the last 90 days". */
  get empty(): Locator {
    return part(this.root, "empty-state");
  }

  /** The error state with its retry (`error-state`, `role="alert"`). */
  get error(): Locator {
    return part(this.root, "error-state");
  }

  /** The Show/Hide table toggle (the section's action; `aria-expanded` says which). */
  get tableToggle(): Locator {
    return part(this.root, "section-actions").getByRole("button");
  }

  /** Shows the table (when it is hidden) and waits for it. */
  async showTable(): Promise<void> {
    if ((await this.tableToggle.getAttribute("aria-expanded")) !== "true")
      await this.tableToggle.click();
    await this.table.waitFor({ state: "visible" });
  }

  /** Chooses a period preset. */
  async choosePeriod(preset: UsagePreset): Promise<void> {
    await this.period.selectOption(preset);
  }
}
