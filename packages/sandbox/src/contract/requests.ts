/**
 * One valid request for every operation of the contract, built from a fixture (a customer and
 * things it owns). The tenancy, authentication and bad-input matrices start from these and change
 * one thing: the caller, the token, an id, or the body.
 */
import type { Admin, ContractContext } from "./harness";
import { uniqueName } from "./harness";
import { type OperationId, type OperationWithBody, operation } from "./spec";

/** A customer and one of each thing it owns, as the requests need them. */
export interface Fixture {
  /** Who may see the customer: its own billing entity's admin. */
  owner: Admin;
  customerId: string;
  userId: string;
  invoiceId: string;
  /** A credit note of the customer (the seeded customers have some; a new one has none). */
  creditNoteId: string;
  keyId: string;
  /** A `UNIT_BUNDLE` product offer of the customer's billing entity. */
  unitOfferId: string;
  /**
   * A VDC, a server and a disk of the customer (the seeded customers have some; a new one has none,
   * and the API cannot make them: they are read-only to an admin).
   */
  vdcId: string;
  serverId: string;
  diskId: string;
}

export interface RequestSpec {
  method: string;
  /** Relative to the API base, with the query string. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The concrete path of an operation: its template with `params` filled in. */
export function pathOf(operationId: OperationId, params: Record<string, string> = {}): string {
  return operation(operationId).path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${operationId} needs ${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * Builds the request; `ctx` reads fresh ETags (as the MBE admin, who sees every customer) for the
 * operations that need `If-Match`.
 */
export type RequestBuilder = (fixture: Fixture, ctx: ContractContext) => Promise<RequestSpec>;

const c = (f: Fixture) => ({ customerId: f.customerId });

/**
 * The ETag a read answers, or a made-up one when there is nothing to read: the bad-id matrix builds
 * requests for users and keys nobody has, which must still carry an If-Match (and answer 404).
 */
async function currentOr(read: Promise<string>): Promise<string> {
  return read.catch(() => '"no-such-version"');
}

/**
 * A valid request for each operation, by operationId. Typed by the contract's operations: an
 * operation added to the contract without an entry here fails `tsc`.
 */
export const VALID_REQUESTS: Record<OperationId, RequestBuilder> = {
  getMe: async () => ({ method: "GET", path: pathOf("getMe") }),
  listCustomers: async () => ({
    method: "GET",
    path: `${pathOf("listCustomers")}?sort=-unitBalance`,
  }),
  listTags: async () => ({ method: "GET", path: `${pathOf("listTags")}?q=eu` }),
  listBillingEntities: async () => ({ method: "GET", path: pathOf("listBillingEntities") }),
  createCustomer: async () => ({
    method: "POST",
    path: pathOf("createCustomer"),
    body: { name: uniqueName("Matrix") },
  }),
  getCustomer: async (f) => ({ method: "GET", path: pathOf("getCustomer", c(f)) }),
  updateCustomer: async (f, ctx) => ({
    method: "PATCH",
    path: pathOf("updateCustomer", c(f)),
    body: { name: uniqueName("Matrix renamed") },
    headers: { "If-Match": await ctx.customerEtag(f.customerId) },
  }),
  deleteCustomer: async (f, ctx) => ({
    method: "DELETE",
    path: pathOf("deleteCustomer", c(f)),
    headers: { "If-Match": await ctx.customerEtag(f.customerId) },
  }),
  createSimilarCustomer: async (f) => ({
    method: "POST",
    path: pathOf("createSimilarCustomer", c(f)),
    body: { name: uniqueName("Matrix similar") },
  }),
  impersonateCustomer: async (f) => ({
    method: "POST",
    path: pathOf("impersonateCustomer", c(f)),
    body: { reason: "Contract suite: checking access" },
  }),
  getCustomerTags: async (f) => ({ method: "GET", path: pathOf("getCustomerTags", c(f)) }),
  replaceCustomerTags: async (f, ctx) => ({
    method: "PUT",
    path: pathOf("replaceCustomerTags", c(f)),
    body: { tags: ["contract-suite"] },
    headers: { "If-Match": await ctx.tagsEtag(f.customerId) },
  }),
  getAssetMaxima: async (f) => ({ method: "GET", path: pathOf("getAssetMaxima", c(f)) }),
  replaceAssetMaxima: async (f, ctx) => ({
    method: "PUT",
    path: pathOf("replaceAssetMaxima", c(f)),
    body: { limits: { MAX_SERVERS: 10 } },
    headers: { "If-Match": await ctx.maximaEtag(f.customerId) },
  }),
  getUnitBalance: async (f) => ({ method: "GET", path: pathOf("getUnitBalance", c(f)) }),
  listUnitTransactions: async (f) => ({
    method: "GET",
    path: pathOf("listUnitTransactions", c(f)),
  }),
  createUnitTransaction: async (f) => ({
    method: "POST",
    path: pathOf("createUnitTransaction", c(f)),
    body: { description: "Contract suite credit", direction: "CREDIT", amount: "1.00" },
  }),
  purchaseUnitOffer: async (f) => ({
    method: "POST",
    path: pathOf("purchaseUnitOffer", c(f)),
    body: { productOfferId: f.unitOfferId, description: "Contract suite top-up" },
  }),
  listProductOffers: async () => ({ method: "GET", path: pathOf("listProductOffers") }),
  listCustomerProductOffers: async (f) => ({
    method: "GET",
    path: `${pathOf("listCustomerProductOffers", c(f))}?kind=CUSTOMER_PLAN`,
  }),
  sendCustomerEmail: async (f) => ({
    method: "POST",
    path: pathOf("sendCustomerEmail", c(f)),
    body: { subject: "Contract suite", message: "Hello.", recipients: [f.userId] },
  }),
  listUsers: async (f) => ({ method: "GET", path: pathOf("listUsers", c(f)) }),
  createUser: async (f) => ({
    method: "POST",
    path: pathOf("createUser", c(f)),
    body: {
      name: "Matrix User",
      email: `${uniqueName("matrix").replace(/\W+/g, ".")}@contract.example`,
    },
  }),
  getUser: async (f) => ({
    method: "GET",
    path: pathOf("getUser", { ...c(f), userId: f.userId }),
  }),
  updateUser: async (f, ctx) => ({
    method: "PATCH",
    path: pathOf("updateUser", { ...c(f), userId: f.userId }),
    body: { name: "Matrix User Renamed" },
    headers: { "If-Match": await currentOr(ctx.userEtag(f.customerId, f.userId)) },
  }),
  deleteUser: async (f, ctx) => ({
    method: "DELETE",
    path: pathOf("deleteUser", { ...c(f), userId: f.userId }),
    headers: { "If-Match": await currentOr(ctx.userEtag(f.customerId, f.userId)) },
  }),
  listLanguages: async () => ({ method: "GET", path: pathOf("listLanguages") }),
  listThemes: async () => ({ method: "GET", path: pathOf("listThemes") }),
  listCustomerThemes: async (f) => ({ method: "GET", path: pathOf("listCustomerThemes", c(f)) }),
  listStatements: async (f) => ({ method: "GET", path: pathOf("listStatements", c(f)) }),
  listInvoices: async (f) => ({ method: "GET", path: pathOf("listInvoices", c(f)) }),
  getInvoice: async (f) => ({
    method: "GET",
    path: pathOf("getInvoice", { ...c(f), invoiceId: f.invoiceId }),
  }),
  listCreditNotes: async (f) => ({ method: "GET", path: pathOf("listCreditNotes", c(f)) }),
  getCreditNote: async (f) => ({
    method: "GET",
    path: pathOf("getCreditNote", { ...c(f), creditNoteId: f.creditNoteId }),
  }),
  getUsageReport: async (f) => ({
    method: "GET",
    path: `${pathOf("getUsageReport", c(f))}?from=2026-01-01&to=2026-01-31`,
  }),
  listVdcs: async (f) => ({ method: "GET", path: pathOf("listVdcs", c(f)) }),
  getVdc: async (f) => ({
    method: "GET",
    path: pathOf("getVdc", { ...c(f), vdcId: f.vdcId }),
  }),
  listServers: async (f) => ({
    method: "GET",
    path: `${pathOf("listServers", c(f))}?vdcId=${f.vdcId}`,
  }),
  getServer: async (f) => ({
    method: "GET",
    path: pathOf("getServer", { ...c(f), serverId: f.serverId }),
  }),
  listDisks: async (f) => ({
    method: "GET",
    path: `${pathOf("listDisks", c(f))}?vdcId=${f.vdcId}&serverId=${f.serverId}`,
  }),
  getDisk: async (f) => ({
    method: "GET",
    path: pathOf("getDisk", { ...c(f), diskId: f.diskId }),
  }),
  listJobs: async (f) => ({ method: "GET", path: pathOf("listJobs", c(f)) }),
  listRelatedResources: async (f) => ({
    method: "GET",
    path: pathOf("listRelatedResources", c(f)),
  }),
  listKeys: async (f) => ({ method: "GET", path: pathOf("listKeys", c(f)) }),
  createKey: async (f) => ({
    method: "POST",
    path: pathOf("createKey", c(f)),
    body: { name: uniqueName("matrix").replace(/[^A-Za-z0-9]+/g, "."), value: "v" },
  }),
  getKey: async (f) => ({ method: "GET", path: pathOf("getKey", { ...c(f), keyId: f.keyId }) }),
  updateKey: async (f, ctx) => ({
    method: "PATCH",
    path: pathOf("updateKey", { ...c(f), keyId: f.keyId }),
    body: { value: "matrix-edited", weight: 7 },
    headers: { "If-Match": await currentOr(ctx.keyEtag(f.customerId, f.keyId)) },
  }),
  deleteKey: async (f, ctx) => ({
    method: "DELETE",
    path: pathOf("deleteKey", { ...c(f), keyId: f.keyId }),
    headers: { "If-Match": await currentOr(ctx.keyEtag(f.customerId, f.keyId)) },
  }),
};

/** Operations whose path names a customer: the tenancy boundary runs through each of them. */
export function isCustomerScoped(operationId: OperationId): boolean {
  return operation(operationId).path.startsWith("/customers/{customerId}");
}

/**
 * Bodies that are wrong in one way each, and the fields the answer must name: wrong types, missing
 * required fields, unknown fields, out-of-range values. Every operation with a body has some.
 */
export interface BadBody {
  what: string;
  body: unknown;
  fields: string[];
}

export const BAD_BODIES: Record<OperationWithBody, BadBody[]> = {
  createCustomer: [
    { what: "missing name", body: { tags: [] }, fields: ["name"] },
    { what: "name of the wrong type", body: { name: 42 }, fields: ["name"] },
    { what: "an unknown field", body: { name: "Fine", colour: "red" }, fields: ["colour"] },
    {
      what: "two fields at fault, deep",
      body: {
        name: " padded ",
        configuration: { unitWarnLevel: "-1", address: { postalCode: "!!" } },
      },
      fields: ["name", "configuration.unitWarnLevel", "configuration.address.postalCode"],
    },
    {
      what: "an enum value that does not exist",
      body: { name: "Fine", configuration: { paymentType: "CASH" } },
      fields: ["configuration.paymentType"],
    },
    {
      what: "a __proto__ key (JSON.parse makes it an own property)",
      body: '{"name": "Fine", "__proto__": {"isAdmin": true}}',
      fields: ["__proto__"],
    },
    {
      what: "deeply nested arrays",
      body: `{"name": ${"[".repeat(5000)}${"]".repeat(5000)}}`,
      fields: ["name"],
    },
    {
      what: "an unknown field inside configuration",
      body: { name: "Fine", configuration: { warningSent: true } },
      fields: ["configuration.warningSent"],
    },
    { what: "a non-uuid theme", body: { name: "Fine", themeId: "blue" }, fields: ["themeId"] },
    {
      what: "status DELETED on create",
      body: { name: "Fine", status: "DELETED" },
      fields: ["status"],
    },
    {
      what: "more than 100 tags",
      body: { name: "Fine", tags: Array.from({ length: 101 }, (_, i) => `t${i}`) },
      fields: ["tags"],
    },
  ],
  updateCustomer: [
    { what: "an empty patch", body: {}, fields: [] },
    { what: "name of the wrong type", body: { name: ["x"] }, fields: ["name"] },
    { what: "an unknown field", body: { balance: 5 }, fields: ["balance"] },
    { what: "DELETED via PATCH", body: { status: "DELETED" }, fields: ["status"] },
    {
      what: "a null address (only its lines may be null)",
      body: { configuration: { address: null } },
      fields: ["configuration.address"],
    },
    {
      what: "a VAT number of the wrong shape",
      body: { configuration: { vatNumber: "123" } },
      fields: ["configuration.vatNumber"],
    },
    {
      what: "a language that is not offered",
      body: { defaultLanguage: "xx" },
      fields: ["defaultLanguage"],
    },
  ],
  createSimilarCustomer: [
    { what: "missing name", body: {}, fields: ["name"] },
    { what: "an unknown field", body: { name: "Fine", tags: [] }, fields: ["tags"] },
    { what: "an empty name", body: { name: "" }, fields: ["name"] },
  ],
  impersonateCustomer: [
    { what: "missing reason", body: {}, fields: ["reason"] },
    { what: "a reason too short", body: { reason: "no" }, fields: ["reason"] },
    { what: "an unknown field", body: { reason: "Because", ttl: 5 }, fields: ["ttl"] },
  ],
  replaceCustomerTags: [
    { what: "missing tags", body: {}, fields: ["tags"] },
    { what: "tags of the wrong type", body: { tags: "gpu" }, fields: ["tags"] },
    { what: "a tag of the wrong shape", body: { tags: ["ok", "-bad"] }, fields: ["tags.1"] },
  ],
  replaceAssetMaxima: [
    { what: "missing limits", body: {}, fields: ["limits"] },
    { what: "an unknown key", body: { limits: { MAX_PONIES: 1 } }, fields: ["limits.MAX_PONIES"] },
    {
      what: "a negative count",
      body: { limits: { MAX_SERVERS: -1 } },
      fields: ["limits.MAX_SERVERS"],
    },
    {
      what: "a fractional count",
      body: { limits: { MAX_CPUS: 1.5 } },
      fields: ["limits.MAX_CPUS"],
    },
    {
      what: "more than two decimals",
      body: { limits: { CUTOFF_BALANCE: "0.001" } },
      fields: ["limits.CUTOFF_BALANCE"],
    },
    {
      what: "an amount as a JSON number (amounts are decimal strings)",
      body: { limits: { CUTOFF_BALANCE: -50 } },
      fields: ["limits.CUTOFF_BALANCE"],
    },
    {
      what: "a negative money limit",
      body: { limits: { CREDIT_LIMIT: "-1.00" } },
      fields: ["limits.CREDIT_LIMIT"],
    },
    {
      what: "a cutoff balance past -1,000,000,000",
      body: { limits: { CUTOFF_BALANCE: "-1000000000.01" } },
      fields: ["limits.CUTOFF_BALANCE"],
    },
  ],
  createUnitTransaction: [
    {
      what: "missing amount and direction",
      body: { description: "x" },
      fields: ["amount", "direction"],
    },
    {
      what: "amount as a JSON number (amounts are decimal strings)",
      body: { description: "x", direction: "CREDIT", amount: 10 },
      fields: ["amount"],
    },
    {
      what: "a zero amount",
      body: { description: "x", direction: "DEBIT", amount: "0.00" },
      fields: ["amount"],
    },
    {
      what: "a negative amount (direction says debit)",
      body: { description: "x", direction: "DEBIT", amount: "-5" },
      fields: ["amount"],
    },
    {
      what: "three decimals",
      body: { description: "x", direction: "CREDIT", amount: "1.005" },
      fields: ["amount"],
    },
    {
      what: "an exponent",
      body: { description: "x", direction: "CREDIT", amount: "1e3" },
      fields: ["amount"],
    },
    {
      what: "a leading zero, spaces, or a comma",
      body: { description: "x", direction: "CREDIT", amount: " 01,50" },
      fields: ["amount"],
    },
    {
      what: "an unknown unit type",
      body: { description: "x", direction: "CREDIT", amount: "1", unitType: "GOLD" },
      fields: ["unitType"],
    },
    {
      what: "an amount that JSON parses to Infinity",
      body: '{"description": "x", "direction": "CREDIT", "amount": 1e309}',
      fields: ["amount"],
    },
    {
      what: "an amount over the maximum",
      body: { description: "x", direction: "CREDIT", amount: "1000000.01" },
      fields: ["amount"],
    },
    {
      what: "a two-line description",
      body: { description: "a\nb", direction: "CREDIT", amount: "1" },
      fields: ["description"],
    },
    {
      what: "an unknown field",
      body: { description: "x", direction: "CREDIT", amount: "1", when: "now" },
      fields: ["when"],
    },
  ],
  purchaseUnitOffer: [
    { what: "missing productOfferId", body: { description: "x" }, fields: ["productOfferId"] },
    {
      what: "a non-uuid productOfferId",
      body: { productOfferId: "bundle", description: "x" },
      fields: ["productOfferId"],
    },
  ],
  sendCustomerEmail: [
    { what: "missing subject and message", body: {}, fields: ["subject", "message"] },
    {
      what: "a two-line subject",
      body: { subject: "a\r\nBcc: x@example.com", message: "m" },
      fields: ["subject"],
    },
    {
      what: "recipients that are not uuids",
      body: { subject: "s", message: "m", recipients: ["jane"] },
      fields: ["recipients.0"],
    },
    {
      what: "the same recipient twice",
      body: {
        subject: "s",
        message: "m",
        recipients: [
          "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
          "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
        ],
      },
      fields: ["recipients"],
    },
    {
      what: "an empty recipient list",
      body: { subject: "s", message: "m", recipients: [] },
      fields: ["recipients"],
    },
  ],
  createUser: [
    { what: "missing email", body: { name: "Jane" }, fields: ["email"] },
    { what: "a bad email", body: { name: "Jane", email: "jane" }, fields: ["email"] },
    {
      what: "an unknown type",
      body: { name: "Jane", email: "jane@contract.example", type: "ROBOT" },
      fields: ["type"],
    },
    {
      what: "an unknown field",
      body: { name: "Jane", email: "jane@contract.example", password: "x" },
      fields: ["password"],
    },
  ],
  updateUser: [
    { what: "an empty patch", body: {}, fields: [] },
    { what: "isAdmin as a string", body: { isAdmin: "yes" }, fields: ["isAdmin"] },
    { what: "an unknown field", body: { customerId: "x" }, fields: ["customerId"] },
    { what: "a status that does not exist", body: { status: "REMOVED" }, fields: ["status"] },
    { what: "a type change (not editable)", body: { type: "API_KEY" }, fields: ["type"] },
  ],
  createKey: [
    { what: "missing value", body: { name: "k" }, fields: ["value"] },
    { what: "a name of the wrong shape", body: { name: "a b", value: "v" }, fields: ["name"] },
    {
      what: "a weight out of range",
      body: { name: "k", value: "v", weight: 1001 },
      fields: ["weight"],
    },
  ],
  updateKey: [
    { what: "an empty patch", body: {}, fields: [] },
    { what: "a name of the wrong shape", body: { name: "a b" }, fields: ["name"] },
    { what: "an unknown type", body: { type: "SECRET_KEY" }, fields: ["type"] },
    { what: "a fractional weight", body: { weight: 1.5 }, fields: ["weight"] },
    { what: "a value too long", body: { value: "v".repeat(1001) }, fields: ["value"] },
    {
      what: "an unknown field",
      body: { createdAt: "2026-01-01T00:00:00Z" },
      fields: ["createdAt"],
    },
  ],
};
