import type { components, operations } from "@customer-kit/client";
import type {
  BillingEntityRecord,
  CustomerRecord,
  DeepReadonly,
  JobRecord,
  SandboxStore,
  UserRecord,
} from "../store/types";
import { activeTheme } from "./branding";
import { notFound, unknownReference } from "./errors";
import { newId } from "./ids";
import { customerLanguage, type LanguageCode, userLanguage } from "./language";
import { totalCents, toUnits } from "./ledger";

type Schemas = components["schemas"];
export type Customer = Schemas["Customer"];
export type User = Schemas["User"];
export type Address = Schemas["Address"];

const ADDRESS_LINES = ["street", "locality", "town", "region", "country", "postalCode"] as const;

/** All six address lines, `null` where unset, so that every client sees the same shape. */
export function fullAddress(address: Address | undefined): Required<Address> {
  const result = {} as Required<Address>;
  for (const line of ADDRESS_LINES) result[line] = address?.[line] ?? null;
  return result;
}

/**
 * Who is asking, as far as the tenancy boundary cares: an admin of a billing entity (of the master
 * one: it sees the customers of every billing entity). The protocol's authenticated caller is one.
 */
export interface Viewer {
  billingEntity: BillingEntityRecord;
  isMbeAdmin: boolean;
}

/**
 * Whether the caller may see the customer: not deleted, and of the caller's billing entity (an
 * MBE admin sees every billing entity's customers).
 */
export function isVisible(
  caller: Viewer,
  customer: Pick<CustomerRecord, "status" | "billingEntityId">,
): boolean {
  if (customer.status === "DELETED") return false;
  return caller.isMbeAdmin || customer.billingEntityId === caller.billingEntity.id;
}

/**
 * The customer, if the caller may see it; otherwise 404 — also for another billing entity's
 * customer, so that its existence does not leak (never 403).
 */
export function findCustomer(store: SandboxStore, caller: Viewer, id: string): CustomerRecord {
  const customer = store.get("customers", id);
  if (!customer || !isVisible(caller, customer)) throw notFound("customer", id);
  return customer;
}

/** The customer's effective language (its own default, its billing entity's, or English). */
export function effectiveLanguage(store: SandboxStore, customer: CustomerRecord): LanguageCode {
  return customerLanguage(customer, store.get("billingEntities", customer.billingEntityId));
}

/** The customer as the API shows it (a new object: nothing of `customer` is shared or changed). */
export function customerView(
  store: SandboxStore,
  customer: DeepReadonly<CustomerRecord>,
): Customer {
  const entity = store.get("billingEntities", customer.billingEntityId);
  return {
    id: customer.id,
    name: customer.name,
    status: customer.status,
    billingEntity: { id: customer.billingEntityId, name: entity?.name ?? "" },
    createdAt: customer.createdAt,
    modifiedAt: customer.modifiedAt,
    configuration: {
      productOfferId: customer.configuration.productOfferId,
      address: fullAddress(customer.configuration.address),
      vatNumber: customer.configuration.vatNumber,
      vatExempt: customer.configuration.vatExempt,
      paymentType: customer.configuration.paymentType,
      unitWarnLevel: customer.configuration.unitWarnLevel,
      warningSent: customer.configuration.warningSent,
    },
    validationHtml: customer.validationHtml,
    defaultLanguage: customer.defaultLanguage,
    effectiveLanguage: customerLanguage(customer, entity),
    themeId: customer.themeId,
    activeTheme: activeTheme(store, customer, entity),
    tags: [...customer.tags],
    unitBalance: toUnits(totalCents(customer)),
  };
}

/** A user as the API shows it, with the language it sees (its `etag` is the protocol's to add). */
export function userView(
  user: UserRecord,
  customerEffectiveLanguage: LanguageCode,
): Omit<User, "etag"> {
  return {
    id: user.id,
    customerId: user.customerId,
    name: user.name,
    email: user.email,
    type: user.type,
    isAdmin: user.isAdmin,
    status: user.status,
    language: user.language,
    effectiveLanguage: userLanguage(user, customerEffectiveLanguage),
    credentialHint: user.credentialHint,
    createdAt: user.createdAt,
  };
}

/** A record as the API shows it: without the `customerId` the store keeps beside its fields. */
export function withoutCustomer<T extends { customerId: string }>(
  record: T,
): Omit<T, "customerId"> {
  const { customerId: _, ...rest } = record;
  return rest;
}

/** Tags as stored: without duplicates, sorted (by code unit, the same in every runtime). */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A refusal of a reference on one field (`unknown-reference`, a 422 in the API). */
export { unknownReference };

/** Checks that a product offer is a customer plan of the billing entity; 422 otherwise. */
export function checkCustomerPlan(
  store: SandboxStore,
  billingEntityId: string,
  offerId: string | null | undefined,
  field: string,
): void {
  if (offerId === null || offerId === undefined) return;
  const offer = store.get("productOffers", offerId);
  if (offer?.kind !== "CUSTOMER_PLAN" || offer.billingEntityId !== billingEntityId) {
    throw unknownReference(field, "Must be a customer plan of the customer's billing entity.");
  }
}

/** Checks that a theme belongs to the billing entity or to the MBE; 422 otherwise. */
export function checkTheme(
  store: SandboxStore,
  billingEntityId: string,
  themeId: string | null | undefined,
  field: string,
): void {
  if (themeId === null || themeId === undefined) return;
  const theme = store.get("themes", themeId);
  const owner = theme ? store.get("billingEntities", theme.billingEntityId) : undefined;
  if (!theme || (theme.billingEntityId !== billingEntityId && !owner?.isMaster)) {
    throw unknownReference(
      field,
      "Must be a theme of the customer's billing entity or of the master billing entity.",
    );
  }
}

/** The billing entity a new customer goes to; only an MBE admin may name another than its own. */
export function targetBillingEntity(
  store: SandboxStore,
  caller: Viewer,
  requested: string | undefined,
): BillingEntityRecord {
  if (requested === undefined || requested === caller.billingEntity.id) return caller.billingEntity;
  const entity = caller.isMbeAdmin ? store.get("billingEntities", requested) : undefined;
  if (!entity) {
    // The same answer whether it exists or not: a reseller admin learns nothing of other resellers.
    throw unknownReference(
      "billingEntityId",
      "Must be your own billing entity, or one you manage.",
    );
  }
  return entity;
}

/** Records a job in the customer's job list (finished at once: the sandbox has no queue). */
export function recordJob(
  store: SandboxStore,
  customerId: string,
  job: Pick<JobRecord, "type" | "description" | "createdBy"> & Partial<JobRecord>,
  now: Date,
): JobRecord {
  const at = now.toISOString();
  const record: JobRecord = {
    id: newId(),
    customerId,
    status: "SUCCESSFUL",
    reason: null,
    startedAt: at,
    endedAt: at,
    resource: null,
    ...job,
  };
  store.put("jobs", record);
  return record;
}

export type BillingEntity = Schemas["BillingEntity"];
export type CustomerSort = NonNullable<
  NonNullable<operations["listCustomers"]["parameters"]["query"]>["sort"]
>;

/** A billing entity as the API shows it. */
export function billingEntityView(entity: DeepReadonly<BillingEntityRecord>): BillingEntity {
  return {
    id: entity.id,
    name: entity.name,
    isMaster: entity.isMaster,
    defaultLanguage: entity.defaultLanguage,
    defaultThemeId: entity.defaultThemeId,
  };
}

/** The billing entities whose customers the caller manages: all for an MBE admin, else its own. */
export function visibleBillingEntities(
  store: SandboxStore,
  caller: Viewer,
): readonly DeepReadonly<BillingEntityRecord>[] {
  return caller.isMbeAdmin ? store.scan("billingEntities") : [caller.billingEntity];
}

export interface CustomerFilter {
  search?: string | undefined;
  status?: Schemas["CustomerStatus"] | undefined;
  tag?: string | undefined;
  billingEntityId?: string | undefined;
}

/**
 * The customers the caller may see that match the filter, in the order of `sort`. A reseller admin
 * naming another billing entity than its own gets none, whether that billing entity exists or not.
 *
 * The stored records are sorted once per version of the collection (see `sortedOnce`), then
 * filtered, so that paging through 10,000 customers does not sort them again for every page.
 */
export function matchingCustomers(
  store: SandboxStore,
  caller: Viewer,
  filter: CustomerFilter,
  sort: CustomerSort = "-createdAt",
): DeepReadonly<CustomerRecord>[] {
  const entityId = filter.billingEntityId;
  if (!caller.isMbeAdmin && entityId !== undefined && entityId !== caller.billingEntity.id) {
    return [];
  }
  // scan, not list: filter and sort the stored records, and make views of one page only.
  const all =
    entityId !== undefined
      ? store.scan("customers", entityId)
      : caller.isMbeAdmin
        ? store.scan("customers")
        : store.scan("customers", caller.billingEntity.id);
  const search = filter.search?.toLowerCase();
  return sortedOnce(all, sort).filter(
    (customer) =>
      isVisible(caller, customer) &&
      (search === undefined || customer.name.toLowerCase().includes(search)) &&
      (filter.status === undefined || customer.status === filter.status) &&
      (filter.tag === undefined || customer.tags.includes(filter.tag)),
  );
}

/**
 * `sortCustomers`, remembered per scanned array: `scan` hands out frozen arrays, so one that is
 * the same object holds the same records (a write makes the store hand out a new one), and its
 * sorted copies stay right for as long as it lives. A store that hands out a new array per scan
 * (MemoryStore) just sorts every time.
 */
const sortedScans = new WeakMap<
  readonly DeepReadonly<CustomerRecord>[],
  Map<CustomerSort, readonly DeepReadonly<CustomerRecord>[]>
>();

function sortedOnce(
  customers: readonly DeepReadonly<CustomerRecord>[],
  sort: CustomerSort,
): readonly DeepReadonly<CustomerRecord>[] {
  if (!Object.isFrozen(customers)) return sortCustomers(customers, sort);
  let bySort = sortedScans.get(customers);
  if (!bySort) {
    bySort = new Map();
    sortedScans.set(customers, bySort);
  }
  let sorted = bySort.get(sort);
  if (!sorted) {
    sorted = Object.freeze(sortCustomers(customers, sort));
    bySort.set(sort, sorted);
  }
  return sorted;
}

/** Tag counts remembered per scanned array of customers, as `sortedScans` remembers orders. */
const tagCounts = new WeakMap<readonly DeepReadonly<CustomerRecord>[], Map<string, number>>();

/**
 * The tags the caller's customers carry (deleted customers aside), each with how many carry it,
 * by tag; `prefix` keeps those that start with it, without regard to case.
 */
export function tagsInUse(
  store: SandboxStore,
  caller: Viewer,
  prefix?: string,
): { tag: string; customerCount: number }[] {
  const all = caller.isMbeAdmin
    ? store.scan("customers")
    : store.scan("customers", caller.billingEntity.id);
  let counts = tagCounts.get(all);
  if (!counts) {
    counts = new Map();
    for (const customer of all) {
      if (!isVisible(caller, customer)) continue;
      for (const tag of customer.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    if (Object.isFrozen(all)) tagCounts.set(all, counts);
  }
  const lower = prefix?.toLowerCase();
  const tags = [...counts.keys()].filter(
    (tag) => lower === undefined || tag.toLowerCase().startsWith(lower),
  );
  return normaliseTags(tags).map((tag) => ({ tag, customerCount: counts.get(tag) ?? 0 }));
}

/**
 * Sorts customers by one field, ascending or (with a leading `-`) descending, then by id
 * (ascending either way), so that the order is total: equal names, instants or balances never
 * swap between two requests, and a cursor resumes exactly after the last customer it handed out.
 * Names compare without regard to case and independently of the runtime's locale (a browser and
 * Node must agree); timestamps compare as instants (`…08:30:00Z` equals `…08:30:00.000Z`).
 */
export function sortCustomers<T extends DeepReadonly<CustomerRecord>>(
  customers: readonly T[],
  sort: CustomerSort,
): T[] {
  const descending = sort.startsWith("-");
  const field = (descending ? sort.slice(1) : sort) as
    | "name"
    | "createdAt"
    | "unitBalance"
    | "status";
  const keyOf: (customer: T) => string | number =
    field === "name"
      ? (customer) => customer.name.toLowerCase()
      : field === "createdAt"
        ? (customer) => {
            const at = Date.parse(customer.createdAt);
            return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
          }
        : field === "unitBalance"
          ? (customer) => totalCents(customer)
          : (customer) => customer.status;
  // Keys computed once per customer, not once per comparison.
  const keyed = customers.map((customer) => ({
    customer,
    key: keyOf(customer),
    // The exact name breaks ties between names equal but for case, before the id does.
    exact: field === "name" ? customer.name : "",
  }));
  const direction = descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * direction;
    if (a.exact !== b.exact) return (a.exact < b.exact ? -1 : 1) * direction;
    return a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0;
  });
  return keyed.map((entry) => entry.customer);
}
