import type { components } from "@customer-kit/client";
import type { Cents } from "../store/types";

export type Money = components["schemas"]["Money"];

/** A decimal amount as the contract writes them: an optional `-`, digits, at most two decimals. */
const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * A decimal string of the contract (`"1250.5"`, `"-50.00"`, `"250"`) to integer cents, exactly: the
 * digits are read as integers, never through a floating-point number (`0.29 * 100` is
 * 28.999999999999996). Throws for anything else: the contract's patterns keep such values out of
 * requests, so reaching here with one is a bug.
 */
export function toCents(amount: string): Cents {
  const match = DECIMAL.exec(amount);
  if (!match) throw new Error(`Not a decimal amount: ${JSON.stringify(amount)}`);
  const [, sign, whole = "0", fraction = ""] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) throw new Error(`Amount out of range: ${amount}`);
  // `-0` is 0: no negative zero reaches a sum or a view.
  return sign === "-" && cents !== 0 ? -cents : cents;
}

/**
 * Integer cents to the decimal string the API answers with: always exactly two decimals
 * (`125050` → `"1250.50"`, `-5000` → `"-50.00"`, `0` → `"0.00"`, never `"-0.00"`).
 */
export function toUnits(cents: Cents): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A decimal string with exactly two decimals, from one with 0 to 2 (`"100"` → `"100.00"`). */
export function normaliseUnits(amount: string): string {
  return toUnits(toCents(amount));
}

/** Money as the API shows it: `toMoney(12000, "EUR")` → `{ amount: "120.00", currency: "EUR" }`. */
export function toMoney(cents: Cents, currency: string): Money {
  return { amount: toUnits(cents), currency };
}
