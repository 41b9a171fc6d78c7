import type { Locator } from "@playwright/test";
import { KitForm } from "./form";
import { exactText, part, type Root } from "./root";

/**
 * `TagsEditor` (`data-part="tags"`, the Availability tab): the tags as chips, an entry with
 * completion, Save.
 *
 * Locale-independent: parts throughout; `add` presses Enter in the entry rather than clicking
 * the (translated) Add button.
 */
export class TagsEditorPage extends KitForm {
  /** @param root The page, a dialog's panel, or any element holding one `TagsEditor`. */
  constructor(root: Root) {
    super(part(root, "tags").first());
  }

  /** Every tag shown (`tags-chip`). */
  get chips(): Locator {
    return part(this.root, "tags-chip");
  }

  /** The chip of `tag`. */
  chip(tag: string): Locator {
    return this.chips.filter({ has: this.root.page().getByText(exactText(tag)) });
  }

  /** The entry (a combobox). */
  get entry(): Locator {
    return part(part(this.root, "tags-combobox"), "input");
  }

  /** The completion's options (`tags-option`), while it is open. */
  get options(): Locator {
    return part(this.root, "tags-option");
  }

  /** The error next to the entry (a bad or duplicate tag). */
  get entryError(): Locator {
    return this.field("tag").error;
  }

  /** "Saved" after a save (`tags-status`). */
  get status(): Locator {
    return part(this.root, "tags-status");
  }

  /** Types a tag into the entry and adds it (Enter). */
  async add(tag: string): Promise<void> {
    await this.entry.fill(tag);
    await this.entry.press("Enter");
  }

  /** Removes a tag with its chip's remove button. */
  async remove(tag: string): Promise<void> {
    await part(this.chip(tag), "tags-chip-remove").click();
  }

  /** Saves and waits for "Saved". */
  async save(): Promise<void> {
    await this.submit();
    await this.status.filter({ hasText: /\S/ }).waitFor();
  }
}
