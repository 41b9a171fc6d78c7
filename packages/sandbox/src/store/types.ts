import type { components } from "@customer-kit/client";

/**
 * The storage behind the sandbox API. One interface, two implementations:
 * `MemoryStore` (browsers, MSW, tests) and `SqliteStore` (the Node server).
 *
 * Every method is synchronous on purpose: the API logic reads, decides and
 * writes inside one synchronous `transaction()`, so two concurrent requests can
 * never interleave between "read the balance" and "write the new balance"
 * (better-sqlite3 is synchronous, and so is a Map). Nothing outside
 * `packages/sandbox/src/store` knows how records are kept.
 */
export interface SandboxStore {
  /** Runs `fn` atomically: every write inside it lands, or (when it throws) none does. */
  transaction<T>(fn: () => T): T;
  /** One record by id, or `undefined`. The result is a copy: change it, then `put` it. */
  get<C extends CollectionName>(collection: C, id: string): Collections[C] | undefined;
  /** Inserts or replaces a record (by `id`); a replaced record keeps its place in `list` order. */
  put<C extends CollectionName>(collection: C, record: Collections[C]): void;
  /** Removes a record; `true` when there was one. */
  remove<C extends CollectionName>(collection: C, id: string): boolean;
  /**
   * Every record of a collection under one parent (see `parentOf`), or of the
   * whole collection when `parentId` is undefined, in insertion order.
   */
  list<C extends CollectionName>(collection: C, parentId?: string): Collections[C][];
  /**
   * The records `list` would return, in the same order, but NOT copies: the store's own objects,
   * shared with every other caller. They are frozen (deeply) so that a mutation throws in strict
   * mode instead of corrupting the store; the type says the same. For reading many records to
   * filter, sort or count them; use `get` or `list` for a record you mean to change and `put`.
   * The result reflects the store as of the call; scan again after a write.
   */
  scan<C extends CollectionName>(
    collection: C,
    parentId?: string,
  ): readonly DeepReadonly<Collections[C]>[];
  /** How many records `list` would return. */
  count<C extends CollectionName>(collection: C, parentId?: string): number;
  /** Releases the underlying resources (closes the SQLite file). */
  close(): void;
}

type Schemas = components["schemas"];

/** A record as `scan` hands it out: read-only all the way down (and frozen at run time). */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Integer hundredths of a unit: the ledger adds these, so that sums are exact. */
export type Cents = number;

export interface BillingEntityRecord {
  id: string;
  name: string;
  isMaster: boolean;
  /** The billing entity's default language, used when a customer has none. */
  defaultLanguage: Schemas["LanguageCode"];
  /** The branding the billing entity's customers see when they have no theme of their own. */
  defaultThemeId: string | null;
  /** Base URL of this billing entity's customer control panel (for impersonation). */
  controlPanelUrl: string;
  /**
   * The currency the billing entity invoices in (ISO 4217), and so the currency of its customers'
   * money limits (`AssetMaxima.currency`).
   */
  currency: string;
}

export interface AdminRecord {
  id: string;
  name: string;
  email: string;
  billingEntityId: string;
  /** The bearer token that authenticates this admin (sandbox only: fixed, documented tokens). */
  token: string;
}

export interface CustomerRecord {
  id: string;
  billingEntityId: string;
  name: string;
  status: Schemas["CustomerStatus"];
  createdAt: string;
  modifiedAt: string;
  /**
   * Bumped on every change of the customer's settings (name, status, configuration, validation
   * HTML, language, theme); the customer's ETag is derived from it. Not by the ledger (balance,
   * "warning sent"), the tags or the asset maxima: they have versions of their own, or none, so
   * that a credit or a tag change does not make an open settings form stale.
   */
  version: number;
  configuration: {
    productOfferId: string | null;
    address: Schemas["Address"];
    vatNumber: string | null;
    vatExempt: boolean;
    paymentType: Schemas["PaymentType"];
    /** In units, as the API has it: a decimal string with exactly two decimals (`"100.00"`). */
    unitWarnLevel: string | null;
    warningSent: boolean;
  };
  validationHtml: string | null;
  defaultLanguage: Schemas["LanguageCode"] | null;
  themeId: string | null;
  tags: string[];
  /** Bumped on every change of the tags; their ETag is derived from it. */
  tagsVersion: number;
  /**
   * As the API has it (decimal strings with exactly two decimals for CUTOFF_BALANCE, in units, and
   * the money limits); absent or null means no limit.
   */
  assetMaxima: Schemas["AssetMaximaLimits"];
  /** Bumped on every change of the asset maxima; their ETag is derived from it. */
  assetMaximaVersion: number;
  assetMaximaModifiedAt: string;
  /** The balance, kept equal to the sum of the customer's ledger. */
  balance: { carryOver: Cents; nonCarryOver: Cents };
  /**
   * Usage of the asset maxima keys that no stored resource accounts for
   * (images, snapshots, blobs, networks, VLANs, subnets, addresses). Servers,
   * CPUs, RAM, disks, storage, VDCs and users are counted from their records.
   */
  otherUsage: Partial<Record<Schemas["AssetMaximumKey"], number>>;
}

export interface UserRecord {
  id: string;
  customerId: string;
  name: string;
  email: string;
  type: Schemas["UserType"];
  isAdmin: boolean;
  status: Schemas["UserStatus"];
  /** The user's own language; null follows the customer's default. */
  language: Schemas["LanguageCode"] | null;
  /**
   * An API-key user's credential, as far as it is kept: its last four characters (null for a
   * normal user). The credential itself is in no record but the idempotency answer of its creation
   * (the sandbox never authenticates API-key users, so it keeps no hash to check one against).
   */
  credentialHint: string | null;
  createdAt: string;
  /** Bumped on every change of the user; its ETag is derived from it. */
  version: number;
}

export interface UnitTransactionRecord {
  id: string;
  customerId: string;
  createdAt: string;
  description: string;
  direction: Schemas["TransactionDirection"];
  amount: Cents;
  unitType: Schemas["UnitType"];
  source: Schemas["UnitTransaction"]["source"];
  /** Total balance (carry-over + non-carry-over) before and after, in cents. */
  openingBalance: Cents;
  closingBalance: Cents;
  resource: Schemas["ResourceRef"] | null;
  createdBy: string | null;
}

export type ProductOfferRecord = Schemas["ProductOffer"];
/** A theme; its `logoUrl` is made when it is shown (it names the API's origin). */
export type ThemeRecord = Omit<Schemas["Theme"], "logoUrl">;
export type LanguageRecord = Schemas["Language"] & { id: string };
export type StatementRecord = Schemas["Statement"] & { customerId: string };
export type InvoiceRecord = Schemas["InvoiceDetail"] & { customerId: string };
/** `invoiceNumber` is not kept: it is read from the invoice, so that the two never disagree. */
export type CreditNoteRecord = Omit<Schemas["CreditNoteDetail"], "invoiceNumber"> & {
  customerId: string;
};
/** A VDC; the totals of its servers and disks are summed when it is shown. */
export type VdcRecord = Omit<Schemas["Vdc"], "cpus" | "ramMb" | "storageGb"> & {
  customerId: string;
};
/** A server; the links to its VDC and disks, and its storage, are made when it is shown. */
export type ServerRecord = Omit<Schemas["Server"], "vdc" | "disks" | "storageGb"> & {
  customerId: string;
};
/** A disk; the links to its VDC and server are made when it is shown. */
export type DiskRecord = Omit<Schemas["Disk"], "vdc" | "server"> & { customerId: string };
/**
 * A job; what it worked on is kept as it was named then, and its `href` is made when it is shown.
 */
export type JobRecord = Omit<Schemas["Job"], "resource"> & {
  customerId: string;
  resource: Schemas["ResourceRef"] | null;
};
/** Related resources that no other record stands for (networks, images, …). */
export type RelatedResourceRecord = Schemas["RelatedResource"] & { customerId: string };
export type KeyRecord = Omit<Schemas["Key"], "etag"> & {
  customerId: string;
  /** Bumped on every change of the key; its ETag (and `etag`) is derived from it. */
  version: number;
};
export type EmailRecord = Schemas["Email"] & {
  customerId: string;
  message: string;
  /** GENERAL: sent by an admin; UNIT_WARNING: sent by the platform when the balance reached the warn level. */
  kind: "GENERAL" | "UNIT_WARNING";
};

/** A remembered answer to an Idempotency-Key. */
export interface IdempotencyRecord {
  /** `${adminId} ${operationId} ${path} ${key}` */
  id: string;
  /** The request body, canonicalised, to tell a replay from a reuse with another body. */
  fingerprint: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  createdAt: string;
}

export interface Collections {
  billingEntities: BillingEntityRecord;
  admins: AdminRecord;
  customers: CustomerRecord;
  users: UserRecord;
  unitTransactions: UnitTransactionRecord;
  productOffers: ProductOfferRecord;
  themes: ThemeRecord;
  languages: LanguageRecord;
  statements: StatementRecord;
  invoices: InvoiceRecord;
  creditNotes: CreditNoteRecord;
  vdcs: VdcRecord;
  servers: ServerRecord;
  disks: DiskRecord;
  jobs: JobRecord;
  relatedResources: RelatedResourceRecord;
  keys: KeyRecord;
  emails: EmailRecord;
  idempotency: IdempotencyRecord;
}

export type CollectionName = keyof Collections;

export const COLLECTIONS = [
  "billingEntities",
  "admins",
  "customers",
  "users",
  "unitTransactions",
  "productOffers",
  "themes",
  "languages",
  "statements",
  "invoices",
  "creditNotes",
  "vdcs",
  "servers",
  "disks",
  "jobs",
  "relatedResources",
  "keys",
  "emails",
  "idempotency",
] as const satisfies readonly CollectionName[];

/**
 * The parent a record is listed under: the billing entity for customers,
 * admins, product offers and themes; the customer for everything a customer
 * owns; "" for global collections.
 */
export function parentOf<C extends CollectionName>(collection: C, record: Collections[C]): string {
  const r = record as Partial<{ customerId: string; billingEntityId: string }>;
  switch (collection) {
    case "customers":
    case "admins":
    case "productOffers":
    case "themes":
      return r.billingEntityId ?? "";
    case "billingEntities":
    case "languages":
    case "idempotency":
      return "";
    default:
      return r.customerId ?? "";
  }
}
