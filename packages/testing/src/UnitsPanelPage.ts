import type { Locator } from "@playwright/test";
import { KitForm } from "./form";
import { part, type Root } from "./root";

/** A direction of a unit transaction. */
export type UnitDirection = "CREDIT" | "DEBIT";
/** A unit type of a unit transaction. */
export type UnitType = "CARRY_OVER" | "NON_CARRY_OVER";

/**
 * `UnitsPanel` (`data-part="units-panel"`): the balance, the credit/debit form, the unit offer
 * form and the ledger.
 *
 * Locale-independent: parts and form names (`direction`, `unitType`, `amount`, `description`,
 * `productOfferId`); `balance` reads as the locale formats numbers (`1,234.5` in English).
 */
export class UnitsPanelPage {
  /** The panel. */
  readonly root: Locator;
  /** The credit/debit form (`units-transaction-form`). */
  readonly transaction: KitForm;
  /** The unit offer form (`units-offer-form`). */
  readonly offer: KitForm;

  /** @param root The page, a dialog's panel, or any element holding one `UnitsPanel`. */
  constructor(root: Root) {
    this.root = part(root, "units-panel").first();
    this.transaction = new KitForm(part(this.root, "units-transaction-form"));
    this.offer = new KitForm(part(this.root, "units-offer-form"));
  }

  /** The balance block (`units-balance`; `data-state` is `ok`, `warning` or `cutoff`). */
  get balanceBlock(): Locator {
    return part(this.root, "units-balance");
  }

  /** The unit balance as shown (`units-balance-amount`), e.g. "1,250". */
  get balance(): Locator {
    return part(this.root, "units-balance-amount");
  }

  /** The ledger's entries, newest first (rows of the ledger's table body). */
  get ledgerRows(): Locator {
    return part(this.root, "units-ledger").locator("tbody tr");
  }

  /** The newest ledger entry. */
  get latestEntry(): Locator {
    return this.ledgerRows.first();
  }

  /** The outcome of the credit/debit form ("Credited 25 units"; `units-form-status`). */
  get transactionStatus(): Locator {
    return part(this.transaction.root, "units-form-status");
  }

  /** The outcome of the offer form ("Added 1,000 units: …"). */
  get offerStatus(): Locator {
    return part(this.offer.root, "units-form-status");
  }

  /**
   * Credits or debits `amount` units with a ledger description, and waits for the form's outcome.
   * @param unitType @default "CARRY_OVER"
   */
  async book(
    direction: UnitDirection,
    amount: string,
    description: string,
    unitType: UnitType = "CARRY_OVER",
  ): Promise<void> {
    await this.transaction.field("direction").control.selectOption(direction);
    await this.transaction.field("unitType").control.selectOption(unitType);
    await this.transaction.fill({ amount, description });
    await this.transaction.submit();
    await this.transactionStatus.locator('[data-part="notice"]').waitFor();
  }

  /** Credits `amount` units (see `book`). */
  async credit(amount: string, description: string, unitType?: UnitType): Promise<void> {
    await this.book("CREDIT", amount, description, unitType);
  }

  /** Debits `amount` units (see `book`). */
  async debit(amount: string, description: string, unitType?: UnitType): Promise<void> {
    await this.book("DEBIT", amount, description, unitType);
  }

  /**
   * Adds a unit offer, chosen by its option's label (a string, or a RegExp such as /1,000 units/)
   * or `{ value: offerId }`, and waits for the outcome.
   */
  async addOffer(offer: string | RegExp | { value: string }, description?: string): Promise<void> {
    const select = this.offer.field("productOfferId").control;
    if (typeof offer === "object" && "value" in offer) await select.selectOption(offer.value);
    else {
      const option = select.locator("option").filter({ hasText: offer });
      const value = await option.first().getAttribute("value");
      await select.selectOption(value ?? "");
    }
    if (description !== undefined) await this.offer.fill({ description });
    await this.offer.submit();
    await this.offerStatus.locator('[data-part="notice"]').waitFor();
  }
}
