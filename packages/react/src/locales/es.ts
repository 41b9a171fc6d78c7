import assetMaxima from "../AssetMaximaForm/messages/es";
import configuration from "../ConfigurationForm/messages/es";
import creditNotes from "../CreditNotesTable/messages/es";
import dialog from "../CustomerDialog/messages/es";
import customers from "../CustomersTable/messages/es";
import invoices from "../InvoicesTable/messages/es";
import type { Messages } from "../i18n/catalog";
import common from "../i18n/messages/es";
import jobs from "../JobsList/messages/es";
import keys from "../KeysPanel/messages/es";
import languagePicker from "../LanguagePicker/messages/es";
import related from "../RelatedResources/messages/es";
import resources from "../ResourceList/messages/es";
import email from "../SendEmailForm/messages/es";
import statements from "../StatementsTable/messages/es";
import tags from "../TagsEditor/messages/es";
import themes from "../ThemePicker/messages/es";
import units from "../UnitsPanel/messages/es";
import usage from "../UsageReport/messages/es";
import users from "../UsersPanel/messages/es";
import validation from "../ValidationMessageEditor/messages/es";

/** Every message of the kit in this locale: `<CustomerKitProvider locale="es" messages={es}>`. */
export const es: Messages = {
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
export default es;
