import { describe, expect, it } from "vitest";
import { toCents } from "./amounts";
import { dailyUsage, daysBetween, nextDay, USAGE_RESOURCE_TYPES, usageReport } from "./usage";

const customerId = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";
const base = {
  customerId,
  customerCreatedAt: "2025-01-15T09:00:00Z",
  today: "2026-11-28",
  granularity: "DAY" as const,
};

const cents = toCents;

describe("dailyUsage", () => {
  it("is a deterministic function of customer, day and type, a decimal string with two decimals", () => {
    const a = dailyUsage(customerId, "2026-11-02", "SERVER");
    expect(dailyUsage(customerId, "2026-11-02", "SERVER")).toBe(a);
    expect(a).toMatch(/^\d+\.\d{2}$/);
    expect(dailyUsage(customerId, "2026-11-03", "SERVER")).not.toBe(a);
    expect(dailyUsage("another", "2026-11-02", "SERVER")).not.toBe(a);
  });

  it("is never negative, and servers weigh most", () => {
    let servers = 0;
    let blobs = 0;
    for (let day = "2026-01-01"; day <= "2026-03-31"; day = nextDay(day)) {
      for (const type of USAGE_RESOURCE_TYPES)
        expect(cents(dailyUsage(customerId, day, type))).toBeGreaterThanOrEqual(0);
      servers += cents(dailyUsage(customerId, day, "SERVER"));
      blobs += cents(dailyUsage(customerId, day, "BLOB"));
    }
    expect(servers).toBeGreaterThan(blobs);
  });
});

describe("usageReport", () => {
  it("has one entry per day and type, and totals that are the sums of the series", () => {
    const report = usageReport({ ...base, from: "2026-10-30", to: "2026-11-02" });
    expect(report.series).toHaveLength(4 * USAGE_RESOURCE_TYPES.length);
    expect(report.series[0]).toEqual({
      periodStart: "2026-10-30",
      resourceType: "SERVER",
      units: dailyUsage(customerId, "2026-10-30", "SERVER"),
    });
    for (const total of report.totals) {
      const sum = report.series
        .filter((s) => s.resourceType === total.resourceType)
        .reduce((acc, s) => acc + cents(s.units), 0);
      expect(cents(total.units)).toBe(sum);
    }
  });

  it("buckets by calendar month, the first bucket starting on `from`", () => {
    const report = usageReport({
      ...base,
      granularity: "MONTH",
      from: "2026-01-15",
      to: "2026-03-01",
    });
    expect([...new Set(report.series.map((s) => s.periodStart))]).toEqual([
      "2026-01-15",
      "2026-02-01",
      "2026-03-01",
    ]);
    const february = report.series.find(
      (s) => s.periodStart === "2026-02-01" && s.resourceType === "DISK",
    );
    let expected = 0;
    for (let day = "2026-02-01"; day <= "2026-02-28"; day = nextDay(day)) {
      expected += cents(dailyUsage(customerId, day, "DISK"));
    }
    expect(cents(february?.units ?? "-1")).toBe(expected);
  });

  it("counts nothing before the customer was created or after today", () => {
    const report = usageReport({
      ...base,
      customerCreatedAt: "2026-11-27T23:59:00Z",
      from: "2026-11-26",
      to: "2026-11-29",
    });
    const byDay = (day: string) =>
      report.series
        .filter((s) => s.periodStart === day)
        .reduce((acc, s) => acc + cents(s.units), 0);
    expect(byDay("2026-11-26")).toBe(0);
    expect(byDay("2026-11-27")).toBeGreaterThan(0);
    expect(byDay("2026-11-28")).toBeGreaterThan(0);
    expect(byDay("2026-11-29")).toBe(0);
  });

  it("counts days inclusively across month and year ends", () => {
    expect(daysBetween("2026-11-01", "2026-11-01")).toBe(1);
    expect(daysBetween("2024-01-01", "2024-12-31")).toBe(366);
    expect(daysBetween("2026-11-02", "2026-11-01")).toBe(0);
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });
});
