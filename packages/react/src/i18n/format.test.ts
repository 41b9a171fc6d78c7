import { describe, expect, it } from "vitest";
import { formatters } from "./format";

describe("formatters", () => {
  it("show a calendar day as that day, whatever the time zone (a date-only string is not UTC midnight)", () => {
    // West of Greenwich, where UTC midnight is still the day before (Node applies TZ at once).
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(formatters("en-US").date("2026-10-31")).toBe("Oct 31, 2026");
    } finally {
      process.env.TZ = zone;
    }
  });

  it("format units with two decimals, a sign for the ledger, and money in its currency", () => {
    const f = formatters("de-DE");
    expect(f.units("1250.5")).toBe("1.250,50");
    expect(f.signedUnits("-12.5")).toBe("-12,50");
    expect(f.money({ amount: "12.00", currency: "EUR" })).toBe("12,00\u00a0€");
  });
});
