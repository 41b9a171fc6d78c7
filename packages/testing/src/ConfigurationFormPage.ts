import type { Locator } from "@playwright/test";
import { KitForm } from "./form";
import { part, type Root } from "./root";

/**
 * `ConfigurationForm` (`data-part="configuration"`): product offer, credit customer, address,
 * VAT, unit warn level; Save.
 *
 * Fields by form name (locale-independent): `productOfferId`, `paymentType` (the "Credit
 * customer" checkbox), `address.street|locality|town|region|country|postalCode`, `vatNumber`,
 * `vatExempt`, `unitWarnLevel`.
 */
export class ConfigurationFormPage extends KitForm {
  /** @param root The page, a dialog's panel, or any element holding one `ConfigurationForm`. */
  constructor(root: Root) {
    super(part(root, "configuration").first());
  }

  /** "Saved" after a save (`configuration-status`, a live region). */
  get status(): Locator {
    return part(this.root, "configuration-status");
  }

  /** The "Credit customer" checkbox (INVOICE when checked, PREPAY when not). */
  get creditCustomer(): Locator {
    return this.field("paymentType").control;
  }

  /** Fills the given fields, saves, and waits for "Saved". */
  async save(values: Record<string, string> = {}): Promise<void> {
    await this.fill(values);
    await this.submit();
    await this.status.filter({ hasText: /\S/ }).waitFor();
  }
}
