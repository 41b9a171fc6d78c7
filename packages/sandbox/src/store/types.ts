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
  /** Bumped on every change of the customer; the customer's ETag is derived from it. */
  version: number;
  configuration: {
    productOfferId: string | null;
    address: Schemas["Address"];
    vatNumber: string | null;
    vatExempt: boolean;
    paymentType: Schemas["PaymentType"];
    /** In units, as the API has it (not cents). */
    unitWarnLevel: number | null;
    warningSent: boolean;
  };
  validationHtml: string | null;
  defaultLanguage: Schemas["LanguageCode"] | null;
  themeId: string | null;
  tags: string[];
  /** As the API has it (units, not cents, for CUTOFF_BALANCE); absent or null means no limit. */
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
  createdAt: string;
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
export type ThemeRecord = Schemas["Theme"];
export type LanguageRecord = Schemas["Language"] & { id: string };
export type StatementRecord = Schemas["Statement"] & { customerId: string };
export type InvoiceRecord = Schemas["InvoiceDetail"] & { customerId: string };
export type CreditNoteRecord = Schemas["CreditNote"] & { customerId: string };
export type VdcRecord = Schemas["Vdc"] & { customerId: string };
export type ServerRecord = Schemas["Server"] & { customerId: string };
export type DiskRecord = Schemas["Disk"] & { customerId: string };
export type JobRecord = Schemas["Job"] & { customerId: string };
/** Related resources that no other record stands for (networks, images, …). */
export type RelatedResourceRecord = Schemas["RelatedResource"] & { customerId: string };
export type KeyRecord = Schemas["Key"] & { customerId: string };
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
