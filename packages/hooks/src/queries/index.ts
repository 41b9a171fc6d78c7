/**
 * `@customer-kit/hooks/queries`: the query keys, query-options factories and prefetch helpers.
 * No React state and no "use client", so a server (a Next.js server component, a loader) can
 * import them to prefetch what the hooks will read.
 */

export { type KeyFilters, keyQueries } from "./access-keys";
export { assetMaximaQueries } from "./asset-maxima";
export {
  billingQueries,
  type CreditNoteFilters,
  type InvoiceFilters,
  type StatementFilters,
} from "./billing";
export { type CustomerFilters, customerQueries, type TagsInUseFilters } from "./customers";
export { type Filters, kitKeys } from "./keys";
export type { QueryParams } from "./params";
export {
  prefetchAssetMaxima,
  prefetchCustomer,
  prefetchCustomers,
  prefetchMe,
  prefetchUnits,
} from "./prefetch";
export {
  type BillingEntityFilters,
  type LanguageFilters,
  type ProductOfferFilters,
  referenceQueries,
  type ThemeFilters,
} from "./reference";
export {
  type DiskFilters,
  type JobFilters,
  type RelatedResourceFilters,
  resourceQueries,
  type ServerFilters,
  type VdcFilters,
} from "./resources";
export { sessionQueries } from "./session";
export { type LedgerFilters, unitQueries } from "./units";
export { type UsagePeriod, usageQueries } from "./usage";
export { type UserFilters, userQueries } from "./users";
export { type Versioned, versioned } from "./versioned";
