/**
 * `@customer-kit/react`: styled, themable, translated components for managing a reseller's
 * customers. Import the stylesheet once (`@customer-kit/react/styles.css`), put a
 * `CustomerKitProvider` above, and use the whole `CustomerDialog` or any panel on its own.
 * Part names (`data-part`) are public API: see the package README.
 */

export { AssetMaximaForm, type AssetMaximaFormProps } from "./AssetMaximaForm";
export { ConfigurationForm, type ConfigurationFormProps } from "./ConfigurationForm";
export { CreditNotesTable, type CreditNotesTableProps } from "./CreditNotesTable";
export {
  CustomerDialog,
  type CustomerDialogProps,
  type CustomerDialogRootProps,
  type DialogAction,
  type ImpersonationContext,
  type ImpersonationTab,
  isTabId,
  type OpenCustomerEvent,
  TAB_IDS,
  type TabId,
  useCustomerDialog,
} from "./CustomerDialog";
export {
  type CustomerSort,
  CustomersTable,
  type CustomersTableFilters,
  type CustomersTableProps,
} from "./CustomersTable";
export { InvoicesTable, type InvoicesTableProps } from "./InvoicesTable";
export type { MessageKey, Messages } from "./i18n/catalog";
export type { ColorScheme, I18n } from "./i18n/context";
export type { Formatters } from "./i18n/format";
export { useI18n } from "./i18n/public";
export { JobsList, type JobsListProps } from "./JobsList";
export { KeysPanel, type KeysPanelProps } from "./KeysPanel";
export { LanguagePicker, type LanguagePickerProps } from "./LanguagePicker";
export { CustomerKitProvider, type CustomerKitProviderProps } from "./provider/CustomerKitProvider";
export {
  InformationPanel,
  type InformationPanelProps,
  RelatedResources,
  type RelatedResourcesProps,
} from "./RelatedResources";
export {
  type ResourceKind,
  ResourceList,
  type ResourceListProps,
  type ResourceView,
} from "./ResourceList";
export { SendEmailForm, type SendEmailFormProps } from "./SendEmailForm";
export { StatementsTable, type StatementsTableProps } from "./StatementsTable";
export { TagsEditor, type TagsEditorProps } from "./TagsEditor";
export { ThemePicker, type ThemePickerProps } from "./ThemePicker";
export { UnitsPanel, type UnitsPanelProps } from "./UnitsPanel";
export {
  type UsagePreset,
  type UsageRange,
  UsageReport,
  type UsageReportProps,
} from "./UsageReport";
export { UsersPanel, type UsersPanelProps } from "./UsersPanel";
export type { CustomerPanelProps } from "./ui/panel";
export {
  ValidationMessageEditor,
  type ValidationMessageEditorProps,
} from "./ValidationMessageEditor";
