import type { Locator } from "@playwright/test";
import { KitForm } from "./form";
import { part, type Root } from "./root";

/**
 * `ValidationMessageEditor` (`data-part="validation"`, the "Validate customer" tab): the HTML
 * source, the sanitised preview, the tooltip as customers see it; Save.
 *
 * Locale-independent: parts and the form name `validationHtml`.
 */
export class ValidationMessageEditorPage extends KitForm {
  /** @param root The page, a dialog's panel, or any element holding one editor. */
  constructor(root: Root) {
    super(part(root, "validation").first());
  }

  /** The HTML source (a textarea). */
  get source(): Locator {
    return this.field("validationHtml").control;
  }

  /** The tooltip's sanitised content (`validation-tooltip-body`). */
  get tooltipBody(): Locator {
    return part(this.root, "validation-tooltip-body");
  }

  /** The sample trigger the tooltip describes (`validation-trigger`). */
  get trigger(): Locator {
    return part(this.root, "validation-trigger");
  }

  /** The tooltip (`validation-tooltip`, role tooltip). */
  get tooltip(): Locator {
    return part(this.root, "validation-tooltip");
  }

  /** "Saved" after a save (`validation-saved`). */
  get saved(): Locator {
    return part(this.root, "validation-saved");
  }

  /** Replaces the source, saves, and waits for "Saved". */
  async save(html: string): Promise<void> {
    await this.source.fill(html);
    await this.submit();
    await this.saved.waitFor();
  }
}
