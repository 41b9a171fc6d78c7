import assetMaxima from "../AssetMaximaForm/messages/de";
import configuration from "../ConfigurationForm/messages/de";
import creditNotes from "../CreditNotesTable/messages/de";
import dialog from "../CustomerDialog/messages/de";
import customers from "../CustomersTable/messages/de";
import invoices from "../InvoicesTable/messages/de";
import type { Messages } from "../i18n/catalog";
import common from "../i18n/messages/de";
import jobs from "../JobsList/messages/de";
import keys from "../KeysPanel/messages/de";
import languagePicker from "../LanguagePicker/messages/de";
import related from "../RelatedResources/messages/de";
import resources from "../ResourceList/messages/de";
import email from "../SendEmailForm/messages/de";
import statements from "../StatementsTable/messages/de";
import tags from "../TagsEditor/messages/de";
import themes from "../ThemePicker/messages/de";
import units from "../UnitsPanel/messages/de";
import usage from "../UsageReport/messages/de";
import users from "../UsersPanel/messages/de";
import validation from "../ValidationMessageEditor/messages/de";

/** Every message of the kit in this locale: `<CustomerKitProvider locale="de" messages={de}>`. */
export const de: Messages = {
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
export default de;
