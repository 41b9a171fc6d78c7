import type { components } from "@customer-kit/client";
import { toUnits } from "./amounts";

export type ResourceType = components["schemas"]["ResourceType"];
/** The resource types usage is metered for: the contract's one `ResourceType`, narrowed. */
export type UsageResourceType = Extract<
  ResourceType,
  "SERVER" | "DISK" | "NETWORK" | "IMAGE" | "SNAPSHOT" | "BLOB"
>;
export type UsageReport = components["schemas"]["UsageReport"];

/** Every resource type a usage report has, in the order reports list them. */
export const USAGE_RESOURCE_TYPES: readonly UsageResourceType[] = [
  "SERVER",
  "DISK",
  "NETWORK",
  "IMAGE",
  "SNAPSHOT",
  "BLOB",
];

/**
 * Typical units a day per resource type: the usage of a day is `base + spread * r`, with `r` in
 * [0, 1) drawn from the hash of (customer, day, type). Servers dominate, as they do on real bills.
 */
const PROFILE: Record<UsageResourceType, { base: number; spread: number }> = {
  SERVER: { base: 8, spread: 24 },
  DISK: { base: 2, spread: 6 },
  NETWORK: { base: 0.5, spread: 2.5 },
  IMAGE: { base: 0, spread: 1.5 },
  SNAPSHOT: { base: 0, spread: 1.2 },
  BLOB: { base: 0, spread: 0.8 },
};

/** FNV-1a, 32 bits: small, fast, the same in every JavaScript engine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The units a customer used on one day (`YYYY-MM-DD`) for one resource type: a deterministic
 * function of its arguments, as the API shows units (a decimal string with two decimals).
 *
 * The sandbox has no metering, so both the usage report and the seed's monthly `USAGE` debits in
 * the ledger are computed from this one function; that is what makes them agree. A month's debit
 * for a customer is the sum, over its days and over `USAGE_RESOURCE_TYPES`, of this function (sum
 * in cents, see `usageCents`). The report counts no usage on days before the customer was created
 * nor after today (see `usageReport`), so a debit for the month a customer was created should
 * start on its creation day.
 */
export function dailyUsage(
  customerId: string,
  isoDate: string,
  resourceType: UsageResourceType,
): string {
  return toUnits(usageCents(customerId, isoDate, resourceType));
}

/** `dailyUsage` in integer cents, for sums that must be exact. */
export function usageCents(
  customerId: string,
  isoDate: string,
  resourceType: UsageResourceType,
): number {
  const { base, spread } = PROFILE[resourceType];
  const r = fnv1a(`${customerId}|${isoDate}|${resourceType}`) / 2 ** 32;
  // Weekends are quieter: 60% of a weekday's use.
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  const weekend = day === 0 || day === 6 ? 0.6 : 1;
  return Math.round((base + spread * r) * weekend * 100);
}

/** The day after `isoDate`, as `YYYY-MM-DD` (UTC, so no daylight-saving gaps). */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return ms < 0 ? 0 : Math.round(ms / 86_400_000) + 1;
}

export interface UsageReportInput {
  customerId: string;
  /** When the customer was created (ISO timestamp): no usage before that day. */
  customerCreatedAt: string;
  from: string;
  to: string;
  granularity: "DAY" | "MONTH";
  /** Today (`YYYY-MM-DD`): no usage after it. */
  today: string;
}

/**
 * The usage report of a period: one bucket per day (`DAY`) or per calendar month (`MONTH`; a
 * bucket's `periodStart` is its first day inside the period, so a period from 15 March has a first
 * bucket starting on 15 March), one series entry per bucket and resource type, and totals per
 * resource type over the whole period. Sums are kept in cents so that totals equal the series.
 */
export function usageReport(input: UsageReportInput): UsageReport {
  const { customerId, from, to, granularity, today } = input;
  const firstDay = input.customerCreatedAt.slice(0, 10);
  const totals = new Map<UsageResourceType, number>(USAGE_RESOURCE_TYPES.map((t) => [t, 0]));
  const series: UsageReport["series"] = [];

  let bucketStart: string | null = null;
  let bucket = new Map<UsageResourceType, number>();
  const flush = () => {
    if (bucketStart === null) return;
    for (const type of USAGE_RESOURCE_TYPES) {
      series.push({
        periodStart: bucketStart,
        resourceType: type,
        units: toUnits(bucket.get(type) ?? 0),
      });
    }
  };

  for (let day = from; day <= to; day = nextDay(day)) {
    const startsBucket = bucketStart === null || granularity === "DAY" || day.slice(8) === "01";
    if (startsBucket) {
      flush();
      bucketStart = day;
      bucket = new Map();
    }
    const counts = day >= firstDay && day <= today;
    for (const type of USAGE_RESOURCE_TYPES) {
      const cents = counts ? usageCents(customerId, day, type) : 0;
      bucket.set(type, (bucket.get(type) ?? 0) + cents);
      totals.set(type, (totals.get(type) ?? 0) + cents);
    }
  }
  flush();

  return {
    from,
    to,
    granularity,
    totals: USAGE_RESOURCE_TYPES.map((type) => ({
      resourceType: type,
      units: toUnits(totals.get(type) ?? 0),
    })),
    series,
  };
}
