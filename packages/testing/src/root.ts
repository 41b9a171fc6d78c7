import type { Locator, Page } from "@playwright/test";

/**
 * Where a page object looks: the whole `Page`, or a `Locator` (a host's container, a custom
 * element, a shadow root's host). Playwright's locators pierce open shadow roots, so the same page
 * object works on the React components and on the custom elements.
 */
export type Root = Page | Locator;

/** The `Page` a root belongs to (dialogs and menus portal to the document's body). */
export function pageOf(root: Root): Page {
  return "page" in root && typeof root.page === "function" ? root.page() : (root as Page);
}

/** A locator of `data-part="name"` inside `root`. */
export function part(root: Root | Locator, name: string): Locator {
  return root.locator(`[data-part="${name}"]`);
}
