import type { Locator } from "@playwright/test";
import { type FieldLocators, fieldByName, part } from "./root";

/**
 * What the kit's forms share: fields by their form name (the same in every locale), the submit
 * button, and the outcome. The panels' page objects extend it.
 */
export class KitForm {
  /** The form (or the panel that holds it). */
  readonly root: Locator;

  /** @param root The form's element. */
  constructor(root: Locator) {
    this.root = root;
  }

  /** A field by its form name: `field("vatNumber").control`, `field("vatNumber").error`. */
  field(name: string): FieldLocators {
    return fieldByName(this.root, name);
  }

  /** The form's submit button (Save, Send, Credit units, …). */
  get submitButton(): Locator {
    return this.root.locator('button[type="submit"]').first();
  }

  /**
   * The form-level problems: a server's refusal that names no field, a conflict, an error
   * (`notice` parts with `role="alert"`).
   */
  get alerts(): Locator {
    return part(this.root, "notice").and(this.root.locator('[role="alert"]'));
  }

  /** Fills text fields by form name: `fill({ vatNumber: "GB1", "address.town": "Leeds" })`. */
  async fill(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).control.fill(value);
  }

  /** Clicks the submit button. */
  async submit(): Promise<void> {
    await this.submitButton.click();
  }
}
