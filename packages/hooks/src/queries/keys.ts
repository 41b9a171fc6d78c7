/**
 * Every query key of the kit, in one place, ordered general → specific so that a prefix names a
 * group: `kitKeys.customer(id)` is everything of one customer, `kitKeys.customers.lists()` every
 * page of the Customers list, `kitKeys.customer(id).units()` its balance and ledger. Mutations
 * invalidate by these prefixes, so a new query must get its key here.
 *
 * Filters are the last element (an object), so TanStack's partial matching finds every filter
 * combination of a list by the list's prefix.
 */
const ROOT = ["customer-kit"] as const;

/** The filters of a paged list: cursor and limit and the list's own query parameters. */
export type Filters = Readonly<Record<string, unknown>>;

/** The keys of one customer's resources. */
function customerKeys(customerId: string) {
  const all = [...ROOT, "customer", customerId] as const;
  return {
    /** Everything of this customer. */
    all,
    detail: () => [...all, "detail"] as const,
    tags: () => [...all, "tags"] as const,
    assetMaxima: () => [...all, "asset-maxima"] as const,
    /** Balance and ledger. */
    units: () => [...all, "units"] as const,
    balance: () => [...all, "units", "balance"] as const,
    ledger: (filters: Filters = {}) => [...all, "units", "ledger", filters] as const,
    productOffers: (filters: Filters = {}) => [...all, "product-offers", filters] as const,
    themes: (filters: Filters = {}) => [...all, "themes", filters] as const,
    users: () => [...all, "users"] as const,
    userList: (filters: Filters = {}) => [...all, "users", "list", filters] as const,
    user: (userId: string) => [...all, "users", "detail", userId] as const,
    statements: (filters: Filters = {}) => [...all, "statements", filters] as const,
    invoices: () => [...all, "invoices"] as const,
    invoiceList: (filters: Filters = {}) => [...all, "invoices", "list", filters] as const,
    invoice: (invoiceId: string) => [...all, "invoices", "detail", invoiceId] as const,
    creditNotes: () => [...all, "credit-notes"] as const,
    creditNoteList: (filters: Filters = {}) => [...all, "credit-notes", "list", filters] as const,
    creditNote: (creditNoteId: string) => [...all, "credit-notes", "detail", creditNoteId] as const,
    usage: (filters: Filters = {}) => [...all, "usage", filters] as const,
    vdcs: () => [...all, "vdcs"] as const,
    vdcList: (filters: Filters = {}) => [...all, "vdcs", "list", filters] as const,
    vdc: (vdcId: string) => [...all, "vdcs", "detail", vdcId] as const,
    servers: () => [...all, "servers"] as const,
    serverList: (filters: Filters = {}) => [...all, "servers", "list", filters] as const,
    server: (serverId: string) => [...all, "servers", "detail", serverId] as const,
    disks: () => [...all, "disks"] as const,
    diskList: (filters: Filters = {}) => [...all, "disks", "list", filters] as const,
    disk: (diskId: string) => [...all, "disks", "detail", diskId] as const,
    jobs: (filters: Filters = {}) => [...all, "jobs", filters] as const,
    relatedResources: (filters: Filters = {}) => [...all, "related-resources", filters] as const,
    keys: () => [...all, "keys"] as const,
    keyList: (filters: Filters = {}) => [...all, "keys", "list", filters] as const,
    key: (keyId: string) => [...all, "keys", "detail", keyId] as const,
  };
}

export const kitKeys = {
  /** Everything the kit has cached. */
  all: ROOT,
  /** The signed-in admin (`/me`). */
  me: () => [...ROOT, "me"] as const,
  customers: {
    /** Every page of every filter of the Customers list. */
    lists: () => [...ROOT, "customers", "list"] as const,
    list: (filters: Filters = {}) => [...ROOT, "customers", "list", filters] as const,
  },
  /** One customer's resources; `kitKeys.customer(id).all` is all of them. */
  customer: customerKeys,
  /** The tags in use by the caller's customers (completion, filters). */
  tagsInUse: (filters: Filters = {}) => [...ROOT, "tags-in-use", filters] as const,
  reference: {
    all: [...ROOT, "reference"] as const,
    languages: (filters: Filters = {}) => [...ROOT, "reference", "languages", filters] as const,
    themes: (filters: Filters = {}) => [...ROOT, "reference", "themes", filters] as const,
    productOffers: (filters: Filters = {}) =>
      [...ROOT, "reference", "product-offers", filters] as const,
    billingEntities: (filters: Filters = {}) =>
      [...ROOT, "reference", "billing-entities", filters] as const,
  },
} as const;
