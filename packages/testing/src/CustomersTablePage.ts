import type { Locator } from "@playwright/test";
import { exactText, part, type Root } from "./root";

/**
 * `CustomersTable` (`data-part="customers-table"`): search, filters, the rows, paging, and
 * New customer.
 *
 * Locale: rows, search box, filters and pager are found by part; `newCustomer` and the pager's
 * buttons use the English catalogue's names ("New customer", "Previous", "Next", "Create
 * customer").
 */
export class CustomersTablePage {
  /** The table's section. */
  readonly root: Locator;

  /** @param root The page, or an element that holds one `CustomersTable`. */
  constructor(root: Root) {
    this.root = part(root, "customers-table").first();
  }

  /** The search box (the toolbar's text input). */
  get search(): Locator {
    return part(part(this.root, "customers-toolbar"), "input").first();
  }

  /** Every row of the current page (`customers-row`; `data-state` is the status in lower case). */
  get rows(): Locator {
    return part(this.root, "customers-row");
  }

  /** The row of the customer named exactly `name` (on the current page). */
  row(name: string): Locator {
    // `has` is matched inside each row: a locator from the page, not from this.root.
    return this.rows.filter({
      has: this.root.page().locator('[data-part="customers-name"]', { hasText: exactText(name) }),
    });
  }

  /** The button that opens the customer named exactly `name` (`customers-name`). */
  nameButton(name: string): Locator {
    return part(this.root, "customers-name").filter({ hasText: exactText(name) });
  }

  /** "1–25 of 36 customers" (`customers-range`). */
  get range(): Locator {
    return part(this.root, "customers-range");
  }

  /** Types into the search box; the table follows (assert on `rows` or `row(name)`). */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** Searches for `name` and opens its dialog by clicking its name. */
  async open(name: string): Promise<void> {
    await this.searchFor(name);
    await this.nameButton(name).click();
  }

  /** Creates a customer through "New customer" (with the billing entity's default). */
  async createCustomer(name: string): Promise<void> {
    await this.root.getByRole("button", { name: "New customer", exact: true }).first().click();
    const form = part(this.root.page(), "customers-new-form");
    await form.locator('[name="name"]').fill(name);
    await form.getByRole("button", { name: "Create customer", exact: true }).click();
  }
}
