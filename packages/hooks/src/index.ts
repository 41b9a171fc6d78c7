/**
 * `@customer-kit/hooks`: headless React hooks for the customer-admin API on TanStack Query.
 * State, handlers and prop getters; never markup. The form hooks are the `./forms` entry
 * (`@customer-kit/hooks/forms`), so a host that brings its own forms does not ship them.
 */
export * from "./hooks/index";
export * from "./mutations/index";
export {
  type CustomerKitContextValue,
  CustomerKitProvider,
  type CustomerKitProviderProps,
  useCustomerKit,
} from "./provider";
export * from "./queries/index";
