import type { Locator } from "@playwright/test";
import { exactText, part, type Root } from "./root";

/**
 * `ThemePicker` (`data-part="themes"`): the active theme, the available ones as cards with
 * previews, "Use inherited theme"; Save.
 *
 * Locale-independent: themes by their names (data, not catalogue strings); the inherited choice by
 * its empty value.
 */
export class ThemePickerPage {
  /** The picker. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `ThemePicker`. */
  constructor(root: Root) {
    this.root = part(root, "themes").first();
  }

  /** The active theme's name (`themes-active-name`). */
  get activeName(): Locator {
    return part(this.root, "themes-active-name");
  }

  /** Every card (`themes-card`; `data-state="checked"` on the chosen one). */
  get cards(): Locator {
    return part(this.root, "themes-card");
  }

  /** The card of the theme named exactly `name`. */
  card(name: string): Locator {
    return this.cards.filter({
      has: this.root.page().locator('[data-part="themes-card-name"]', { hasText: exactText(name) }),
    });
  }

  /** The card "Use inherited theme". */
  get inheritCard(): Locator {
    return this.cards.filter({ has: this.root.page().locator('input[value=""]') });
  }

  /** "Saved" after a save (`themes-saved`). */
  get saved(): Locator {
    return part(this.root, "themes-saved");
  }

  /** Chooses a theme by name (`null`: the inherited one), saves, and waits for "Saved". */
  async choose(name: string | null): Promise<void> {
    const card = name === null ? this.inheritCard : this.card(name);
    await part(card, "themes-radio").check();
    await this.root.locator('button[type="submit"]').click();
    await this.saved.waitFor();
  }
}
