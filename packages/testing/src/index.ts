/**
 * `@customer-kit/testing`: Playwright page objects for customer-kit's components, so that a host
 * can test its own embedding. Each takes a `Page` or a `Locator` root (open shadow roots are
 * pierced), finds things by the kit's documented `data-part` names and form field names, and
 * returns Locators to assert on plus actions that wait as Playwright does (no sleeps).
 */
export { AssetMaximaFormPage, AssetMaximumRow } from "./AssetMaximaFormPage";
export {
  CreditNotesTablePage,
  InvoicesTablePage,
  StatementsTablePage,
  type UsagePreset,
  UsageReportPage,
} from "./billing";
export { ConfigurationFormPage } from "./ConfigurationFormPage";
export { CustomerDialogPage, type DialogTab, TAB_LABELS } from "./CustomerDialogPage";
export { CustomersTablePage } from "./CustomersTablePage";
export { KitForm } from "./form";
export { InformationPanelPage, JobsListPage, RelatedResourcesPage } from "./information";
export { KeysPanelPage, type NewKey } from "./KeysPanelPage";
export { LanguagePickerPage } from "./LanguagePickerPage";
export { type ResourceKind, ResourceListPage } from "./resources";
export {
  ConfirmDialogPage,
  exactText,
  type FieldLocators,
  fieldByName,
  pageOf,
  part,
  type Root,
} from "./root";
export { SendEmailFormPage } from "./SendEmailFormPage";
export { TagsEditorPage } from "./TagsEditorPage";
export { ThemePickerPage } from "./ThemePickerPage";
export { type UnitDirection, UnitsPanelPage, type UnitType } from "./UnitsPanelPage";
export { type NewUser, UserPage, UsersPanelPage } from "./UsersPanelPage";
export { ValidationMessageEditorPage } from "./ValidationMessageEditorPage";
