/**
 * `@customer-kit/hooks`: headless React hooks for the customer-admin API on TanStack Query.
 * State, handlers and prop getters; never markup.
 */
export { createDraftStore, type DraftStore } from "./drafts";
export * from "./forms/index";
export * from "./hooks/index";
export {
  type CustomerKitContextValue,
  CustomerKitProvider,
  type CustomerKitProviderProps,
  useCustomerKit,
} from "./provider";
export * from "./mutations/index";
export * from "./queries/index";
