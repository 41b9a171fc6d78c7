import type { Locator } from "@playwright/test";
import { part, type Root } from "./root";

/**
 * `LanguagePicker` (`data-part="language-picker"`): the customer's default language as radio
 * options, or the billing entity's; Save.
 *
 * Locale-independent: options by language code (`""` is "the billing entity's default").
 */
export class LanguagePickerPage {
  /** The picker. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `LanguagePicker`. */
  constructor(root: Root) {
    this.root = part(root, "language-picker").first();
  }

  /** Every option (`language-picker-option`; `data-state="checked"` on the chosen one). */
  get options(): Locator {
    return part(this.root, "language-picker-option");
  }

  /** The option of a language code ("de"; "" for the billing entity's default). */
  option(code: string): Locator {
    return this.options.filter({ has: this.root.page().locator(`input[value="${code}"]`) });
  }

  /** The radio of a language code. */
  radio(code: string): Locator {
    return this.root.locator(`input[type="radio"][value="${code}"]`);
  }

  /** The chosen option. */
  get chosen(): Locator {
    return this.root.locator('[data-part="language-picker-option"][data-state="checked"]');
  }

  /** "Saved" after a save (`language-picker-status`). */
  get status(): Locator {
    return part(this.root, "language-picker-status");
  }

  /** Chooses a language by code, saves, and waits for "Saved". */
  async choose(code: string): Promise<void> {
    await this.radio(code).check();
    await this.root.locator('button[type="submit"]').click();
    await this.status.filter({ hasText: /\S/ }).waitFor();
  }
}
