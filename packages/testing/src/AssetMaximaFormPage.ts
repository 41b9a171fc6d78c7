import type { Locator } from "@playwright/test";
import { KitForm } from "./form";
import { exactText, part, type Root } from "./root";

/**
 * One maximum of `AssetMaximaForm` (`asset-maxima-row`): its usage, its limit input, and its
 * "No limit" checkbox.
 */
export class AssetMaximumRow {
  /** The row (`data-state`: `ok`, `near`, `over`, `unlimited`, as the usage stands). */
  readonly root: Locator;

  /** @param root The row. */
  constructor(root: Locator) {
    this.root = root;
  }

  /** The limit's input (absent while "No limit" is ticked). */
  get input(): Locator {
    return part(part(this.root, "asset-maxima-controls"), "input");
  }

  /** The "No limit" checkbox. */
  get noLimit(): Locator {
    return part(part(this.root, "asset-maxima-toggle"), "checkbox");
  }

  /** "No limit" as the row shows it in place of the input (`asset-maxima-nolimit`). */
  get noLimitValue(): Locator {
    return part(this.root, "asset-maxima-nolimit");
  }

  /** "3 of 20" or "3 in use" (`asset-maxima-usage`). */
  get usage(): Locator {
    return part(this.root, "asset-maxima-usage");
  }

  /** The error next to the limit. */
  get error(): Locator {
    return part(this.root, "field-error");
  }

  /** Sets a limit (unticking "No limit" first when it is ticked). */
  async setLimit(value: string): Promise<void> {
    if (await this.noLimit.isChecked()) await this.noLimit.uncheck();
    await this.input.fill(value);
  }

  /** Ticks "No limit". */
  async setNoLimit(): Promise<void> {
    await this.noLimit.check();
  }
}

/**
 * `AssetMaximaForm` (`data-part="asset-maxima"`): every maximum as "used of limit", "No limit",
 * the changes to save, and one Save.
 *
 * Locale: a row is found by its visible label (English: "Servers", "CPU cores", "RAM (MB)",
 * "Storage (GB)", …; pass the label of the locale in use); everything else by part.
 */
export class AssetMaximaFormPage extends KitForm {
  /** @param root The page, a dialog's panel, or any element holding one `AssetMaximaForm`. */
  constructor(root: Root) {
    super(part(root, "asset-maxima").first());
  }

  /** The row labelled exactly `label`. */
  row(label: string): AssetMaximumRow {
    return new AssetMaximumRow(
      part(this.root, "asset-maxima-row").filter({
        has: this.root.page().locator('[data-part="field-label"]', { hasText: exactText(label) }),
      }),
    );
  }

  /** The list of changes to save (`asset-maxima-diff`), one item per change. */
  get changes(): Locator {
    return part(this.root, "asset-maxima-diff").locator("li");
  }

  /** "Asset maxima saved." after a save (`asset-maxima-status`). */
  get status(): Locator {
    return part(this.root, "asset-maxima-status");
  }

  /** Sets a limit of the row labelled `label`. */
  async setLimit(label: string, value: string): Promise<void> {
    await this.row(label).setLimit(value);
  }

  /** Ticks "No limit" of the row labelled `label`. */
  async setNoLimit(label: string): Promise<void> {
    await this.row(label).setNoLimit();
  }

  /** Saves ("Save N changes") and waits for the outcome. */
  async save(): Promise<void> {
    await part(this.root, "asset-maxima-footer").locator('button[type="submit"]').click();
    await this.status.filter({ hasText: /\S/ }).waitFor();
  }
}
