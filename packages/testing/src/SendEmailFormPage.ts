import type { Locator } from "@playwright/test";
import { KitForm } from "./form";
import { exactText, part, type Root } from "./root";

/**
 * `SendEmailForm` (`data-part="email"`): subject, message, recipients; Send.
 *
 * Locale-independent: parts and the form names `subject` and `message`; recipients by the user's
 * name.
 */
export class SendEmailFormPage extends KitForm {
  /** @param root The page, a dialog's panel, or any element holding one `SendEmailForm`. */
  constructor(root: Root) {
    super(part(root, "email").first());
  }

  /** The subject's input. */
  get subject(): Locator {
    return this.field("subject").control;
  }

  /** The error next to the subject. */
  get subjectError(): Locator {
    return this.field("subject").error;
  }

  /** The message's textarea. */
  get message(): Locator {
    return this.field("message").control;
  }

  /** The recipients to choose from (`email-recipient`). */
  get recipients(): Locator {
    return part(this.root, "email-recipient");
  }

  /** The recipient checkbox of the user named exactly `name`. */
  recipient(name: string): Locator {
    return this.recipients
      .filter({ has: this.root.page().getByText(exactText(name)) })
      .getByRole("checkbox");
  }

  /** Who it was sent to, after sending (`email-outcome`, one item per recipient). */
  get outcome(): Locator {
    return part(this.root, "email-outcome").locator("li");
  }

  /** Fills subject and message and sends (to the admins, unless recipients are ticked first). */
  async send(subject: string, message: string): Promise<void> {
    await this.subject.fill(subject);
    await this.message.fill(message);
    await this.submit();
  }
}
