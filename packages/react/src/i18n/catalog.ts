/**
 * The message catalogue: English, the kit's fallback, joined from the shared strings and each
 * component's. A locale (`@customer-kit/react/locales/de`) is a {@link Messages} of its own; a
 * host passes one (and any overrides) to the provider's `messages`.
 */

import assetMaxima from "../AssetMaximaForm/messages/en";
import configuration from "../ConfigurationForm/messages/en";
import creditNotes from "../CreditNotesTable/messages/en";
import dialog from "../CustomerDialog/messages/en";
import customers from "../CustomersTable/messages/en";
import invoices from "../InvoicesTable/messages/en";
import jobs from "../JobsList/messages/en";
import keys from "../KeysPanel/messages/en";
import languagePicker from "../LanguagePicker/messages/en";
import related from "../RelatedResources/messages/en";
import resources from "../ResourceList/messages/en";
import email from "../SendEmailForm/messages/en";
import statements from "../StatementsTable/messages/en";
import tags from "../TagsEditor/messages/en";
import themes from "../ThemePicker/messages/en";
import units from "../UnitsPanel/messages/en";
import usage from "../UsageReport/messages/en";
import users from "../UsersPanel/messages/en";
import validation from "../ValidationMessageEditor/messages/en";
import common from "./messages/en";

/** Every message of the kit in English, by key. */
export const en = {
  ...common,
  ...dialog,
  ...configuration,
  ...tags,
  ...assetMaxima,
  ...units,
  ...validation,
  ...email,
  ...users,
  ...languagePicker,
  ...themes,
  ...keys,
  ...statements,
  ...invoices,
  ...creditNotes,
  ...usage,
  ...resources,
  ...jobs,
  ...related,
  ...customers,
};

/** A complete catalogue: every key of the kit, each a message (see `translate.ts` for the format). */
export type Messages = { [K in keyof typeof en]: string };
/** The key of a message. */
export type MessageKey = keyof Messages;
/** A translation of one part of the catalogue: the same keys, each a string. */
export type Translation<T> = { [K in keyof T]: string };
