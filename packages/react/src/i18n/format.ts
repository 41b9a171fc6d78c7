import type { Money } from "@customer-kit/client";

/**
 * Numbers, units, money and dates in the user's locale, through `Intl` only. Amounts arrive from
 * the API as decimal strings (`"1250.50"`); they are shown, never computed with, so a JavaScript
 * number is exact enough for display (the contract caps amounts far below 2^53 cents).
 */
export interface Formatters {
  /** A count: `1,234`. */
  number(value: number): string;
  /** A units amount, two decimals: `"1250.5"` → `1,250.50`. */
  units(value: string | number): string;
  /** A units amount with its sign, for a ledger: `+250.00`, `−12.50`. */
  signedUnits(value: string | number): string;
  /** Money in its currency: `{ amount: "12.00", currency: "EUR" }` → `€12.00`. */
  money(value: Money): string;
  /** A share, `0.42` → `42%`. */
  percent(value: number): string;
  /** A date: `1 Dec 2026`; a date-only `"2026-12-01"` is that calendar day wherever the user is. */
  date(value: string | Date): string;
  /** A date and time: `1 Dec 2026, 14:05`. */
  dateTime(value: string | Date): string;
}

const cache = new Map<string, Formatters>();

/**
 * A date-only string (`"2026-10-31"`, a calendar day) as that day in the user's time zone:
 * `new Date("2026-10-31")` is midnight UTC, which west of Greenwich is the day before.
 */
const toDate = (value: string | Date) => {
  if (typeof value !== "string") return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
};

/** The formatters of `locale`, made once per locale (Intl's constructors are not free). */
export function formatters(locale: string): Formatters {
  const known = cache.get(locale);
  if (known) return known;
  const number = new Intl.NumberFormat(locale);
  const units = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const money = new Map<string, Intl.NumberFormat>();
  const made: Formatters = {
    number: (value) => number.format(value),
    units: (value) => units.format(Number(value)),
    signedUnits: (value) => signed.format(Number(value)),
    money: ({ amount, currency }) => {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: "currency", currency });
        money.set(currency, format);
      }
      return format.format(Number(amount));
    },
    percent: (value) => percent.format(value),
    date: (value) => date.format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
  };
  cache.set(locale, made);
  return made;
}
