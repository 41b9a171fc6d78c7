import type { Locator } from "@playwright/test";
import { exactText, pageOf, part, type Root } from "./root";

/** The English labels of the dialog's tabs by tab id (the `tab` of `CustomerDialog`). */
export const TAB_LABELS = {
  configuration: "Configuration",
  availability: "Availability",
  assetMaxima: "Asset maxima",
  units: "Units",
  validation: "Validate customer",
  email: "Send e-mail",
  users: "Users",
  language: "Language",
  themes: "Themes",
  keys: "Keys",
  statements: "Statements",
  invoices: "Invoices",
  creditNotes: "Credit notes",
  reports: "Reports",
  resources: "Resources",
  information: "Information",
} as const;

/** A tab id of `CustomerDialog`. */
export type DialogTab = keyof typeof TAB_LABELS;

/**
 * `CustomerDialog` (`data-part="dialog-content"`): the title bar (name, rename, More actions,
 * Close) and the tabs.
 *
 * Locale: the dialog, title, tabs and panel are found by part; tabs are opened by their visible
 * name (pass any locale's, or a tab id for the English one), and the title bar's buttons and the
 * actions' dialogs use the English names ("Edit name", "More actions", "Close", "Create similar",
 * "Login to CP", "Delete", "Save", and the actions' submit buttons).
 */
export class CustomerDialogPage {
  /** The dialog's frame (`dialog-content`). */
  readonly root: Locator;

  /**
   * @param root The page (the dialog portals to the document's body), or the element the dialog
   *   portals into (a custom element's shadow root's host).
   */
  constructor(root: Root) {
    this.root = part(root, "dialog-content");
  }

  /** The customer's name as the title shows it (`dialog-title`). */
  get title(): Locator {
    return part(this.root, "dialog-title");
  }

  /** The customer's status badge (`dialog-status`). */
  get status(): Locator {
    return part(this.root, "dialog-status");
  }

  /** Every tab (`dialog-tab`; the open one has `data-state="active"`). */
  get tabs(): Locator {
    return part(this.root, "dialog-tab");
  }

  /** The tab named exactly `name` (its visible label), or the English label of a tab id. */
  tab(name: DialogTab | (string & {})): Locator {
    const label = TAB_LABELS[name as DialogTab] ?? name;
    return this.tabs.filter({ hasText: exactText(label) });
  }

  /** The open tab's panel (`dialog-panel`, active): the root for a panel's page object. */
  get panel(): Locator {
    return this.root.locator('[data-part="dialog-panel"][data-state="active"]');
  }

  /** Opens a tab by name (or id) and answers its panel. */
  async openTab(name: DialogTab | (string & {})): Promise<Locator> {
    const tab = this.tab(name);
    await tab.click();
    await this.root
      .locator('[data-part="dialog-tab"][data-state="active"]')
      .filter({ hasText: exactText(TAB_LABELS[name as DialogTab] ?? name) })
      .waitFor();
    return this.panel;
  }

  /** The inline rename's input ("Customer name"), while renaming. */
  get nameInput(): Locator {
    return part(part(this.root, "dialog-rename"), "input");
  }

  /** The error next to the name while renaming. */
  get nameError(): Locator {
    return part(part(this.root, "dialog-rename"), "field-error");
  }

  /** Renames the customer inline (Edit, type, Save) and waits for the title to show it. */
  async rename(name: string): Promise<void> {
    await this.root.getByRole("button", { name: "Edit name", exact: true }).click();
    await this.nameInput.fill(name);
    await part(this.root, "dialog-rename").locator('button[type="submit"]').click();
  }

  /** The "More actions" menu's items (`dialog-menu-item`), after `openMenu`. */
  get menuItems(): Locator {
    return part(pageOf(this.root), "dialog-menu").locator('[data-part="dialog-menu-item"]');
  }

  /** Opens "More actions". */
  async openMenu(): Promise<void> {
    await this.root.getByRole("button", { name: "More actions", exact: true }).click();
  }

  /** The small dialog an action opens (`dialog-action`): Create similar, Login to CP, Delete. */
  get actionDialog(): Locator {
    return part(pageOf(this.root), "dialog-action");
  }

  /** More actions → Create similar → the new name → Create customer. The dialog then shows it. */
  async createSimilar(name: string): Promise<void> {
    await this.chooseAction("Create similar");
    await this.actionDialog.locator('[name="name"]').fill(name);
    await this.actionDialog.locator('button[type="submit"]').click();
    await this.actionDialog.waitFor({ state: "detached" });
  }

  /**
   * More actions → Login to CP → the reason → Log in. What happens next is the host's
   * (`onImpersonate`; by default a new tab opens): wait for it around this call.
   */
  async loginToControlPanel(reason: string): Promise<void> {
    await this.chooseAction("Login to CP");
    await this.actionDialog.locator('[name="reason"]').fill(reason);
    await this.actionDialog.locator('button[type="submit"]').click();
  }

  /**
   * More actions → Delete → type the customer's name to confirm → Delete customer. The dialog
   * closes once the customer is deleted.
   */
  async delete(confirmName: string): Promise<void> {
    await this.chooseAction("Delete");
    await this.actionDialog.getByRole("textbox").fill(confirmName);
    await this.actionDialog.locator('button[type="submit"]').click();
  }

  /** Opens "More actions" and chooses the item named exactly `name`. */
  async chooseAction(name: string): Promise<void> {
    await this.openMenu();
    await this.menuItems.filter({ hasText: exactText(name) }).click();
    await this.actionDialog.waitFor();
  }

  /** Leaves the inline rename without saving (its Cancel button; Escape in the input does too). */
  async cancelRename(): Promise<void> {
    await part(this.root, "dialog-rename").locator('button:not([type="submit"])').click();
  }

  /**
   * Clicks the dialog's Close button. What closing does is the host's (`onOpenChange`): assert
   * `expect(dialog.root).toBeHidden()` where the host closes it.
   */
  async close(): Promise<void> {
    await part(this.root, "dialog-actions")
      .getByRole("button", { name: "Close", exact: true })
      .click();
  }
}
