import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { type ContractContext, expectProblem } from "../harness";

export function defineAssetMaximaCases(ctx: ContractContext): void {
  describe("asset maxima", () => {
    it("replaces every limit: absent means no limit; the ETag moves; 428 and 412 guard it", async () => {
      const { customer } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      const { data: initial, response } = await ctx.a.GET("/customers/{customerId}/asset-maxima", {
        params: { path },
      });
      const etag = response.headers.get("ETag")!;
      expect(etag).toBeTruthy();
      expect(initial!.usage.length).toBeGreaterThan(0);

      const limits = {
        MAX_SERVERS: 20,
        MAX_CPUS: 64,
        CUTOFF_BALANCE: "-50.50",
        CREDIT_LIMIT: "1000.00",
      };
      await expectProblem(
        ctx.a.PUT("/customers/{customerId}/asset-maxima", {
          params: { path } as never,
          body: { limits },
        }),
        428,
      );
      const { data: put, response: putResponse } = await ctx.a.PUT(
        "/customers/{customerId}/asset-maxima",
        { params: { path, header: { "If-Match": etag } }, body: { limits } },
      );
      expect(put!.limits).toMatchObject(limits);
      // The money limits are in the billing entity's currency, which the answer names.
      expect(put!.currency).toBe("EUR");
      const newEtag = putResponse.headers.get("ETag")!;
      expect(newEtag).toBeTruthy();
      expect(newEtag).not.toBe(etag);
      await expectProblem(
        ctx.a.PUT("/customers/{customerId}/asset-maxima", {
          params: { path, header: { "If-Match": etag } },
          body: { limits: {} },
        }),
        412,
      );
      // Replacing with MAX_CPUS only lifts every other limit.
      const { data: replaced } = await ctx.a.PUT("/customers/{customerId}/asset-maxima", {
        params: { path, header: { "If-Match": newEtag } },
        body: { limits: { MAX_CPUS: 8, MAX_SERVERS: null } },
      });
      expect(replaced!.limits.MAX_CPUS).toBe(8);
      for (const key of ["MAX_SERVERS", "CUTOFF_BALANCE", "CREDIT_LIMIT"] as const) {
        expect(replaced!.limits[key] ?? null, key).toBeNull();
      }
      const { data: read } = await ctx.a.GET("/customers/{customerId}/asset-maxima", {
        params: { path },
      });
      expect(read).toEqual(replaced);
      // The balance reports the cutoff from the maxima.
      const { data: balance } = await ctx.a.GET("/customers/{customerId}/units", {
        params: { path },
      });
      expect(balance?.cutoffBalance ?? null).toBeNull();
    });

    it("allows a limit below the current usage", async () => {
      const path = { customerId: SANDBOX_IDS.customers.resellerAPrepay };
      const { data, response } = await ctx.a.GET("/customers/{customerId}/asset-maxima", {
        params: { path },
      });
      const servers = data!.usage.find((u) => u.key === "MAX_SERVERS")!.used;
      expect(servers).toBeGreaterThan(0);
      const { data: put } = await ctx.a.PUT("/customers/{customerId}/asset-maxima", {
        params: { path, header: { "If-Match": response.headers.get("ETag")! } },
        body: { limits: { ...data!.limits, MAX_SERVERS: 0 } },
      });
      expect(put!.limits.MAX_SERVERS).toBe(0);
      expect(put!.usage.find((u) => u.key === "MAX_SERVERS")!.used).toBe(servers);
      // Put the seeded customer back as it was, for the tests that read it.
      const { data: restored } = await ctx.a.PUT("/customers/{customerId}/asset-maxima", {
        params: { path, header: { "If-Match": await ctx.maximaEtag(path.customerId, "a") } },
        body: { limits: data!.limits },
      });
      expect(restored!.limits).toEqual(data!.limits);
    });
  });
}
