import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { type ContractContext, cents } from "../harness";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

export function defineReportCases(ctx: ContractContext): void {
  describe("usage", () => {
    it("reports usage per day whose totals are the sums of the series", async () => {
      const from = "2026-09-01";
      const to = "2026-09-30";
      const { data } = await ctx.a.GET("/customers/{customerId}/usage", {
        params: { path: { customerId: NORTHWIND }, query: { from, to } },
      });
      expect(data).toMatchObject({ from, to, granularity: "DAY" });
      for (const point of data!.series) {
        expect(point.periodStart >= from && point.periodStart <= to).toBe(true);
      }
      for (const total of data!.totals) {
        const sum = data!.series
          .filter((p) => p.resourceType === total.resourceType)
          .reduce((s, p) => s + cents(p.units), 0);
        expect(cents(total.units), total.resourceType).toBe(sum);
      }
      expect(data!.series.length).toBeGreaterThan(0);

      const { data: monthly } = await ctx.a.GET("/customers/{customerId}/usage", {
        params: {
          path: { customerId: NORTHWIND },
          query: { from: "2026-07-15", to: to, granularity: "MONTH" },
        },
      });
      expect(monthly?.granularity).toBe("MONTH");
      // Buckets are months; the first may start at the period's start or the month's.
      expect(new Set(monthly!.series.map((p) => p.periodStart.slice(0, 7)))).toEqual(
        new Set(["2026-07", "2026-08", "2026-09"]),
      );
      // The same period in months or in days uses the same units.
      const { data: daily } = await ctx.a.GET("/customers/{customerId}/usage", {
        params: { path: { customerId: NORTHWIND }, query: { from: "2026-07-15", to } },
      });
      for (const total of monthly!.totals) {
        const day = daily!.totals.find((t) => t.resourceType === total.resourceType);
        expect(cents(total.units)).toBe(cents(day?.units ?? "0.00"));
      }
    });

    it("reports no usage for a customer before it existed", async () => {
      const { customer } = await ctx.newCustomer("a");
      const { data } = await ctx.a.GET("/customers/{customerId}/usage", {
        params: {
          path: { customerId: customer.id },
          query: { from: "2026-01-01", to: "2026-01-31" },
        },
      });
      expect(data!.series.filter((p) => p.units !== "0.00")).toEqual([]);
      expect(data!.totals.filter((t) => t.units !== "0.00")).toEqual([]);
    });

    it("accepts a period of exactly 366 days and a one-day period", async () => {
      for (const [from, to] of [
        ["2025-01-01", "2026-01-01"],
        ["2026-09-09", "2026-09-09"],
      ] as const) {
        const { response } = await ctx.a.GET("/customers/{customerId}/usage", {
          params: { path: { customerId: NORTHWIND }, query: { from, to } },
        });
        expect(response.status).toBe(200);
      }
    });
  });
}
