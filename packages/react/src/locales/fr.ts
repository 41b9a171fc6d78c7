import assetMaxima from "../AssetMaximaForm/messages/fr";
import configuration from "../ConfigurationForm/messages/fr";
import creditNotes from "../CreditNotesTable/messages/fr";
import dialog from "../CustomerDialog/messages/fr";
import customers from "../CustomersTable/messages/fr";
import invoices from "../InvoicesTable/messages/fr";
import type { Messages } from "../i18n/catalog";
import common from "../i18n/messages/fr";
import jobs from "../JobsList/messages/fr";
import keys from "../KeysPanel/messages/fr";
import languagePicker from "../LanguagePicker/messages/fr";
import related from "../RelatedResources/messages/fr";
import resources from "../ResourceList/messages/fr";
import email from "../SendEmailForm/messages/fr";
import statements from "../StatementsTable/messages/fr";
import tags from "../TagsEditor/messages/fr";
import themes from "../ThemePicker/messages/fr";
import units from "../UnitsPanel/messages/fr";
import usage from "../UsageReport/messages/fr";
import users from "../UsersPanel/messages/fr";
import validation from "../ValidationMessageEditor/messages/fr";

/** Every message of the kit in this locale: `<CustomerKitProvider locale="fr" messages={fr}>`. */
export const fr: Messages = {
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
export default fr;
