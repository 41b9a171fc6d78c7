/** The read hooks: one per GET of the contract, thin over `useQuery` and the query factories. */
export { useKey, useKeys } from "./access-keys";
export { useAssetMaxima } from "./asset-maxima";
export { useCreditNote, useCreditNotes, useInvoice, useInvoices, useStatements } from "./billing";
export { useCustomer, useCustomers, useCustomerTags, useTagsInUse } from "./customers";
export {
  useBillingEntities,
  useCustomerProductOffers,
  useCustomerThemes,
  useLanguages,
  useProductOffers,
  useThemes,
} from "./reference";
export {
  useDisk,
  useDisks,
  useJobs,
  useRelatedResources,
  useServer,
  useServers,
  useVdc,
  useVdcs,
} from "./resources";
export { type UseMeResult, useMe } from "./session";
export { useLedger, useUnitBalance } from "./units";
export { useUsageReport } from "./usage";
export { useUser, useUsers } from "./users";
export { useVersionedQuery, type VersionedQueryResult } from "./versioned";
