import type { Random } from "./random";
import { SEED_REFERENCE_TIME } from "./reference";

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;
export const REFERENCE_MS = Date.parse(SEED_REFERENCE_TIME);

/** An ISO timestamp to the second, as the contract writes them ("2026-01-10T08:30:00Z"). */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** "YYYY-MM-DD" of an instant (UTC). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A random instant in [from, to), to the minute. */
export function between(random: Random, from: number, to: number): number {
  const ms = from + Math.floor(random.next() * Math.max(0, to - from));
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

/** A time of day in office hours (08:00–18:00 UTC) on the day of `dayMs`. */
export function officeHours(random: Random, dayMs: number): number {
  const midnight = Math.floor(dayMs / DAY_MS) * DAY_MS;
  return midnight + random.int(8 * 60, 18 * 60 - 1) * MINUTE_MS;
}

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
  /** First instant of the month. */
  start: number;
  /** First instant of the next month. */
  end: number;
  days: number;
  /** "October 2026" */
  label: string;
  /** Its days as "YYYY-MM-DD", computed once: the seed walks them for every customer. */
  isoDays: readonly string[];
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function month(year: number, monthNumber: number): Month {
  const start = Date.UTC(year, monthNumber - 1, 1);
  const end = Date.UTC(year, monthNumber, 1);
  const days = Math.round((end - start) / DAY_MS);
  return {
    year,
    month: monthNumber,
    start,
    end,
    days,
    label: `${MONTH_NAMES[monthNumber - 1]} ${year}`,
    isoDays: Array.from({ length: days }, (_, d) => isoDate(start + d * DAY_MS)),
  };
}

/** The six months of ledger and billing a full customer has: May to October 2026. */
export const LEDGER_MONTHS: readonly Month[] = [5, 6, 7, 8, 9, 10].map((m) => month(2026, m));
