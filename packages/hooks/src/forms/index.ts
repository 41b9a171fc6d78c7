export { type AssetMaximaValues, type AssetUsageState, useAssetMaximaForm } from "./asset-maxima";
export { type ConfigurationValues, useConfigurationForm } from "./configuration";
export {
  checkField,
  type FieldProps,
  type Form,
  type FormError,
  type FormValueProps,
  formError,
  type UseFormOptions,
  useForm,
} from "./core";
export type { CustomerFormOptions } from "./customer";
export { createDraftStore, type DraftStore, useDrafts } from "./drafts";
export { type SendEmailValues, useSendEmailForm } from "./email";
export { type KeyFormOptions, type KeyValues, useNewKeyForm } from "./key";
export { type LanguageValues, useLanguageForm } from "./language";
export { type CustomerNameValues, useCustomerNameForm } from "./name";
export { type TagsValues, useTagsForm } from "./tags";
export { type ThemeValues, useThemeForm } from "./theme";
export {
  type UnitOfferValues,
  type UnitTransactionValues,
  useUnitOfferForm,
  useUnitTransactionForm,
} from "./units";
export { type NewUserValues, useNewUserForm } from "./user";
export {
  useSanitizedHtml,
  useValidationHtmlForm,
  type ValidationHtmlValues,
} from "./validation-html";
