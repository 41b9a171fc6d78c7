import type { Locator } from "@playwright/test";
import { KitForm } from "./form";
import {
  ConfirmDialogPage,
  exactText,
  type FieldLocators,
  fieldByName,
  part,
  type Root,
} from "./root";

/** What `UsersPanelPage.add` fills in. */
export interface NewUser {
  name: string;
  email: string;
  /** @default "NORMAL" */
  type?: "NORMAL" | "API_KEY";
  /** @default false */
  isAdmin?: boolean;
}

/**
 * `UsersPanel` (`data-part="users-panel"`): the users' list, Add user, and a user's page (details,
 * disable/enable, remove).
 *
 * Locale: parts and form names (`name`, `email`, `type`, `isAdmin`, `language`) wherever they
 * exist; opening the add form clicks "Add user" (English), and `back` clicks the `users-back` part.
 */
export class UsersPanelPage {
  /** The panel. */
  readonly root: Locator;

  /** @param root The page, a dialog's panel, or any element holding one `UsersPanel`. */
  constructor(root: Root) {
    this.root = part(root, "users-panel").first();
  }

  /** Every user's row (`users-row`; `data-state` is `active` or `disabled`). */
  get rows(): Locator {
    return part(this.root, "users-row");
  }

  /** The row of the user named exactly `name`. */
  row(name: string): Locator {
    // `has` is matched inside each row: a locator from the page, not from this.root.
    return this.rows.filter({
      has: this.root.page().locator('[data-part="users-name"]', { hasText: exactText(name) }),
    });
  }

  /** The button that opens the user named exactly `name` (`users-name`). */
  nameButton(name: string): Locator {
    return part(this.root, "users-name").filter({ hasText: exactText(name) });
  }

  /** The add form (`users-add-form`), while open. */
  get addForm(): KitForm {
    return new KitForm(part(this.root, "users-add-form"));
  }

  /** An API-key user's secret, shown once after adding one (`users-credential-value`). */
  get credential(): Locator {
    return part(this.root, "users-credential-value");
  }

  /** Success and refusal notices of the panel (added, removed, not done). */
  get notices(): Locator {
    return part(this.root, "notice");
  }

  /** Opens the add form, fills it and submits it. Assert on `row(name)` or `addForm` errors. */
  async add(user: NewUser): Promise<void> {
    await this.root.getByRole("button", { name: "Add user", exact: true }).first().click();
    const form = this.addForm;
    await form.fill({ name: user.name, email: user.email });
    await form.root.locator(`input[type="radio"][value="${user.type ?? "NORMAL"}"]`).check();
    const admin = form.field("isAdmin").control;
    if (user.isAdmin) await admin.check();
    else await admin.uncheck();
    await form.submit();
  }

  /** Opens a user's page (`users-manage`) by name. */
  async open(name: string): Promise<UserPage> {
    await this.nameButton(name).click();
    const page = new UserPage(part(this.root, "users-manage"));
    await page.root.waitFor();
    return page;
  }
}

/** A user's page in `UsersPanel` (`users-manage`): details, access, remove. */
export class UserPage {
  /** The user's page. */
  readonly root: Locator;

  /** @param root The `users-manage` element. */
  constructor(root: Locator) {
    this.root = root;
  }

  /** The user's name as a heading (`section-title`). */
  get heading(): Locator {
    return part(part(this.root, "section-header").first(), "section-title").first();
  }

  /** The badges beside the name: type, Admin, status. */
  get badges(): Locator {
    return part(part(this.root, "section-header").first(), "badge");
  }

  /** A field of the details form by form name (`name`, `email`, `isAdmin`). */
  field(name: string): FieldLocators {
    return fieldByName(this.detailsForm, name);
  }

  /** The details form. */
  get detailsForm(): Locator {
    return this.root.locator("form").first();
  }

  /** Saves the details form (fill fields first with `field(…).control`). */
  async saveDetails(): Promise<void> {
    await this.detailsForm.locator('button[type="submit"]').click();
  }

  /** The disable/enable button (the first `users-action`). */
  get toggleButton(): Locator {
    return part(this.root, "users-action").first().getByRole("button");
  }

  /** Disables an active user, or enables a disabled one. */
  async toggleDisabled(): Promise<void> {
    await this.toggleButton.click();
  }

  /** Removes the user (Remove user → confirm). */
  async remove(): Promise<void> {
    await part(this.root, "users-action").last().getByRole("button").click();
    await new ConfirmDialogPage(this.root.page()).confirm();
  }

  /** Back to the list (`users-back`). */
  async back(): Promise<void> {
    await part(this.root.page(), "users-back").getByRole("button").click();
  }
}
