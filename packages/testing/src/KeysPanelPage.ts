import type { Locator } from "@playwright/test";
import { KitForm } from "./form";
import { ConfirmDialogPage, exactText, part, type Root } from "./root";

/** What `KeysPanelPage.add` fills in. */
export interface NewKey {
  name: string;
  value: string;
  /** A key type such as "USER_KEY" (the form's default when absent). */
  type?: string;
  /** From -1000 to 1000. */
  weight?: string;
}

/**
 * `KeysPanel` (`data-part="keys-panel"`): the keys, Add key, edit and remove.
 *
 * Locale: parts and form names (`name`, `type`, `value`, `weight`); opening the add form clicks
 * "Add key" (English); a row's edit and remove are its `keys-actions` buttons in order.
 */
export class KeysPanelPage {
  /** The panel. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `KeysPanel`. */
  constructor(root: Root) {
    this.root = part(root, "keys-panel").first();
  }

  /** Every key's row (`keys-row`). */
  get rows(): Locator {
    return part(this.root, "keys-row");
  }

  /** The row of the key named exactly `name`. */
  row(name: string): Locator {
    return this.rows.filter({
      has: this.root.page().locator('[data-part="keys-name"]', { hasText: exactText(name) }),
    });
  }

  /** The value a row shows (`keys-value`). */
  value(name: string): Locator {
    return part(this.row(name), "keys-value");
  }

  /** The add or edit form (`keys-form`), while open. */
  get form(): KitForm {
    return new KitForm(part(this.root, "keys-form"));
  }

  /** Success notices ("The key … was added."). */
  get notices(): Locator {
    return part(this.root, "notice");
  }

  /** Opens Add key, fills the form and submits it. */
  async add(key: NewKey): Promise<void> {
    await this.root.getByRole("button", { name: "Add key", exact: true }).first().click();
    await this.#fill(key);
    await this.form.submit();
  }

  /** Edits a key's value (and weight), and saves. */
  async edit(name: string, changes: { value?: string; weight?: string }): Promise<void> {
    await part(this.row(name), "keys-actions").getByRole("button").first().click();
    const form = this.form;
    if (changes.value !== undefined) await form.fill({ value: changes.value });
    if (changes.weight !== undefined) await form.fill({ weight: changes.weight });
    await form.submit();
  }

  /** Removes a key (Remove → confirm). */
  async remove(name: string): Promise<void> {
    await part(this.row(name), "keys-actions").getByRole("button").last().click();
    await new ConfirmDialogPage(this.root.page()).confirm();
  }

  async #fill(key: NewKey): Promise<void> {
    const form = this.form;
    await form.fill({ name: key.name });
    if (key.type !== undefined) await form.field("type").control.selectOption(key.type);
    await form.fill({ value: key.value });
    if (key.weight !== undefined) await form.fill({ weight: key.weight });
  }
}
