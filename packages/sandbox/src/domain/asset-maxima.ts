import type { components } from "@customer-kit/client";
import type { CustomerRecord, SandboxStore } from "../store/types";
import { normaliseUnits } from "./amounts";

type Schemas = components["schemas"];
export type AssetMaximumKey = Schemas["AssetMaximumKey"];
export type AssetMaxima = Schemas["AssetMaxima"];
export type AssetMaximaLimits = Schemas["AssetMaximaLimits"];

/** Every key, in the contract's order. */
export const ASSET_MAXIMUM_KEYS: readonly AssetMaximumKey[] = [
  "MAX_SERVERS",
  "MAX_CPUS",
  "MAX_RAM",
  "MAX_STORAGEGB",
  "MAX_DISKS",
  "MAX_VDCS",
  "MAX_IMAGES",
  "MAX_SNAPSHOTS",
  "MAX_BLOBS",
  "MAX_BLOB_SIZE",
  "MAX_NETWORK_PUBLIC",
  "MAX_NETWORK_PRIVATE",
  "MAX_VLANS",
  "MAX_SUBNETS",
  "MAX_IPv4_ADDRESSES",
  "MAX_IPv6_SUBNETS",
  "MAX_CUSTOMER_USERS",
  "CUTOFF_BALANCE",
  "CREDIT_LIMIT",
  "CUTOFF_LIMIT",
  "CREDIT_LIMIT_DUE_DAYS",
  "CUTOFF_DUE_DAYS",
  "OVERALL_28_DAY_SPEND_LIMIT",
];

/** The keys that count resources, and so have a usage; the money and balance limits have none. */
export const COUNTED_KEYS: readonly AssetMaximumKey[] = ASSET_MAXIMUM_KEYS.filter((key) =>
  key.startsWith("MAX_"),
);

/**
 * The keys whose limit is an amount (a decimal string): the cutoff balance in units, and the money
 * limits in the billing entity's currency. The others count things (integers).
 */
export const AMOUNT_KEYS: ReadonlySet<AssetMaximumKey> = new Set<AssetMaximumKey>([
  "CUTOFF_BALANCE",
  "CREDIT_LIMIT",
  "CUTOFF_LIMIT",
  "OVERALL_28_DAY_SPEND_LIMIT",
]);

/** Every limit, `null` where there is none, so that a form gets every field. */
export function limitsView(limits: AssetMaximaLimits): AssetMaximaLimits {
  const result: Record<string, number | string | null> = {};
  for (const key of ASSET_MAXIMUM_KEYS) result[key] = limits[key] ?? null;
  return result as AssetMaximaLimits;
}

/**
 * Limits as stored: only the keys that have a limit, amounts with exactly two decimals (a request
 * may send `"-50"`; the API answers `"-50.00"`).
 */
export function storedLimits(limits: AssetMaximaLimits): AssetMaximaLimits {
  const result: Record<string, number | string> = {};
  for (const key of ASSET_MAXIMUM_KEYS) {
    const value = limits[key];
    if (value === null || value === undefined) continue;
    result[key] = typeof value === "string" && AMOUNT_KEYS.has(key) ? normaliseUnits(value) : value;
  }
  return result as AssetMaximaLimits;
}

/**
 * What the customer uses now, per counted key: servers, CPUs, RAM, disks, storage, VDCs and users
 * are counted from their records; the rest (images, networks, …) has no records in the sandbox and
 * comes from the customer's `otherUsage`.
 */
export function currentUsage(
  store: SandboxStore,
  customer: CustomerRecord,
): Partial<Record<AssetMaximumKey, number>> {
  const servers = store.scan("servers", customer.id);
  const disks = store.scan("disks", customer.id);
  const counted: Partial<Record<AssetMaximumKey, number>> = {
    MAX_SERVERS: servers.length,
    MAX_CPUS: servers.reduce((sum, s) => sum + s.cpus, 0),
    MAX_RAM: servers.reduce((sum, s) => sum + s.ramMb, 0),
    MAX_STORAGEGB: disks.reduce((sum, d) => sum + d.sizeGb, 0),
    MAX_DISKS: disks.length,
    MAX_VDCS: store.count("vdcs", customer.id),
    MAX_CUSTOMER_USERS: store.count("users", customer.id),
  };
  const result: Partial<Record<AssetMaximumKey, number>> = {};
  for (const key of COUNTED_KEYS) {
    result[key] = counted[key] ?? Math.max(0, customer.otherUsage[key] ?? 0);
  }
  return result;
}

export function assetMaximaView(store: SandboxStore, customer: CustomerRecord): AssetMaxima {
  const usage = currentUsage(store, customer);
  const entity = store.get("billingEntities", customer.billingEntityId);
  return {
    limits: limitsView(customer.assetMaxima),
    // The money limits are in the billing entity's currency: its invoices are.
    currency: entity?.currency ?? "EUR",
    usage: COUNTED_KEYS.map((key) => ({ key, used: usage[key] ?? 0 })),
    modifiedAt: customer.assetMaximaModifiedAt,
  };
}
