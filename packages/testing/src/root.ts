import type { Locator, Page } from "@playwright/test";

/**
 * Where a page object looks: the whole `Page`, or a `Locator` (a host's container, a custom
 * element, the active tab of a `CustomerDialog`). Playwright's locators pierce open shadow roots,
 * so the same page object works on the React components and on the custom elements.
 */
export type Root = Page | Locator;

/** The `Page` a root belongs to. */
export function pageOf(root: Root): Page {
  return "page" in root && typeof root.page === "function" ? root.page() : (root as Page);
}

/**
 * `[data-part="name"]` inside `root`: the kit's documented part names (packages/react/README.md),
 * public API that stays stable across releases and locales.
 */
export function part(root: Root, name: string): Locator {
  return root.locator(`[data-part="${name}"]`);
}

/** An exact, whole-text match, for `filter({ hasText })` on names that may prefix others. */
export function exactText(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
}

/**
 * A form field of the kit by its form name (the `name` attribute, the same in every locale):
 * the control, and the error shown next to it (`field-error`, empty when there is none).
 */
export interface FieldLocators {
  /** The input, select or textarea. */
  control: Locator;
  /** The error next to the field (`data-part="field-error"`): assert `toBeVisible`/`toHaveText`. */
  error: Locator;
}

/** See {@link FieldLocators}. `within` is the form (or any element around the field). */
export function fieldByName(within: Locator, name: string): FieldLocators {
  const control = within.locator(`[name="${name}"]`).first();
  // The field's wrapper: every field part of the kit that holds a control and its error.
  const wrapper = within
    .locator(
      '[data-part="field"], [data-part="checkbox-field"], [data-part="asset-maxima-row"], [data-part="users-type"]',
    )
    .filter({ has: pageOf(within).locator(`[name="${name}"]`) })
    .last();
  return { control, error: part(wrapper, "field-error") };
}

/**
 * The kit's confirmation dialog (`confirm-content`, an alert dialog), which portals to the
 * document's body: confirm or cancel it.
 */
export class ConfirmDialogPage {
  /** The alert dialog. */
  readonly content: Locator;

  /** @param root Where the confirmation opens (the page; it portals to the body). */
  constructor(root: Root) {
    this.content = part(pageOf(root), "confirm-content");
  }

  /** The confirmation's title (`confirm-title`). */
  get title(): Locator {
    return part(this.content, "confirm-title");
  }

  /** Clicks the confirming (last) button of its actions. */
  async confirm(): Promise<void> {
    await part(this.content, "form-actions").getByRole("button").last().click();
  }

  /** Clicks Cancel (the first button of its actions). */
  async cancel(): Promise<void> {
    await part(this.content, "form-actions").getByRole("button").first().click();
  }
}
