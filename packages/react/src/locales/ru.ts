import assetMaxima from "../AssetMaximaForm/messages/ru";
import configuration from "../ConfigurationForm/messages/ru";
import creditNotes from "../CreditNotesTable/messages/ru";
import dialog from "../CustomerDialog/messages/ru";
import customers from "../CustomersTable/messages/ru";
import invoices from "../InvoicesTable/messages/ru";
import type { Messages } from "../i18n/catalog";
import common from "../i18n/messages/ru";
import jobs from "../JobsList/messages/ru";
import keys from "../KeysPanel/messages/ru";
import languagePicker from "../LanguagePicker/messages/ru";
import related from "../RelatedResources/messages/ru";
import resources from "../ResourceList/messages/ru";
import email from "../SendEmailForm/messages/ru";
import statements from "../StatementsTable/messages/ru";
import tags from "../TagsEditor/messages/ru";
import themes from "../ThemePicker/messages/ru";
import units from "../UnitsPanel/messages/ru";
import usage from "../UsageReport/messages/ru";
import users from "../UsersPanel/messages/ru";
import validation from "../ValidationMessageEditor/messages/ru";

/** Every message of the kit in this locale: `<CustomerKitProvider locale="ru" messages={ru}>`. */
export const ru: Messages = {
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
export default ru;
