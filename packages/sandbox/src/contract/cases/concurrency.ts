import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { type ContractContext, expectProblem, expectRawProblem } from "../harness";
import { pathOf } from "../requests";

export function defineConcurrencyCases(ctx: ContractContext): void {
  describe("concurrency: the customer's settings", () => {
    it("keeps the customer's ETag across a credit, an offer purchase, a tag and a quota change; a PATCH with it succeeds", async () => {
      const { customer, etag } = await ctx.newCustomer("a", { tags: ["before"] });
      const path = { customerId: customer.id };
      await ctx.a.POST("/customers/{customerId}/unit-transactions", {
        params: { path },
        body: { description: "Credit while a form is open", direction: "CREDIT", amount: "25.00" },
      });
      await ctx.a.POST("/customers/{customerId}/unit-offer-purchases", {
        params: { path },
        body: {
          productOfferId: SANDBOX_IDS.productOffers.resellerAUnits1000,
          description: "Top-up while a form is open",
        },
      });
      await ctx.a.PUT("/customers/{customerId}/tags", {
        params: { path, header: { "If-Match": await ctx.tagsEtag(customer.id, "a") } },
        body: { tags: ["after"] },
      });
      await ctx.a.PUT("/customers/{customerId}/asset-maxima", {
        params: { path, header: { "If-Match": await ctx.maximaEtag(customer.id, "a") } },
        body: { limits: { MAX_SERVERS: 3 } },
      });

      // The read-only parts moved; the settings, and so the ETag, did not.
      const { data: read, response } = await ctx.a.GET("/customers/{customerId}", {
        params: { path },
      });
      expect(read?.tags).toEqual(["after"]);
      expect(read?.unitBalance).not.toBe(customer.unitBalance);
      expect(read?.modifiedAt).toBe(customer.modifiedAt);
      expect(response.headers.get("ETag")).toBe(etag);

      // The form opened before all of that still saves, and then the ETag moves.
      const { data: saved, response: savedResponse } = await ctx.a.PATCH(
        "/customers/{customerId}",
        {
          params: { path, header: { "If-Match": etag } },
          body: { name: `${customer.name} (saved)` },
        },
      );
      expect(saved?.name).toBe(`${customer.name} (saved)`);
      expect(saved?.tags).toEqual(["after"]);
      expect(savedResponse.headers.get("ETag")).not.toBe(etag);
    });

    it("fails a PATCH with 412 when another admin changed the settings in between, and keeps theirs", async () => {
      const { customer, etag } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      // The MBE admin and reseller A both opened the form with `etag`; the MBE admin saves first.
      const { response } = await ctx.mbe.PATCH("/customers/{customerId}", {
        params: { path, header: { "If-Match": etag } },
        body: { name: `${customer.name} (MBE)` },
      });
      expect(response.status).toBe(200);
      await expectProblem(
        ctx.a.PATCH("/customers/{customerId}", {
          params: { path, header: { "If-Match": etag } },
          body: { name: `${customer.name} (reseller)` },
        }),
        412,
      );
      const { data } = await ctx.a.GET("/customers/{customerId}", { params: { path } });
      expect(data?.name).toBe(`${customer.name} (MBE)`);
    });
  });

  describe("concurrency: tags", () => {
    it("gives the tags an ETag of their own: a settings change leaves it, a tag change moves it", async () => {
      const { customer, etag } = await ctx.newCustomer("a", { tags: ["one"] });
      const path = { customerId: customer.id };
      const tagsEtag = await ctx.tagsEtag(customer.id, "a");
      expect(tagsEtag).not.toBe(etag);
      await ctx.a.PATCH("/customers/{customerId}", {
        params: { path, header: { "If-Match": etag } },
        body: { name: `${customer.name} renamed` },
      });
      expect(await ctx.tagsEtag(customer.id, "a")).toBe(tagsEtag);

      const { data, response } = await ctx.a.PUT("/customers/{customerId}/tags", {
        params: { path, header: { "If-Match": tagsEtag } },
        body: { tags: ["two", "one"] },
      });
      expect(data).toEqual({ tags: ["one", "two"] });
      const moved = response.headers.get("ETag");
      expect(moved).toBeTruthy();
      expect(moved).not.toBe(tagsEtag);
      expect(await ctx.tagsEtag(customer.id, "a")).toBe(moved);
    });

    it("refuses a tag change with a stale If-Match (412) or none (428), changing nothing", async () => {
      const { customer } = await ctx.newCustomer("a", { tags: ["kept"] });
      const path = { customerId: customer.id };
      const stale = await ctx.tagsEtag(customer.id, "a");
      // Another admin replaces the tags first.
      await ctx.mbe.PUT("/customers/{customerId}/tags", {
        params: { path, header: { "If-Match": stale } },
        body: { tags: ["theirs"] },
      });
      await expectProblem(
        ctx.a.PUT("/customers/{customerId}/tags", {
          params: { path, header: { "If-Match": stale } },
          body: { tags: ["mine"] },
        }),
        412,
      );
      const missing = await ctx.raw("PUT", pathOf("replaceCustomerTags", path), {
        body: { tags: ["mine"] },
      });
      expectRawProblem(missing, 428);
      const { data } = await ctx.a.GET("/customers/{customerId}/tags", { params: { path } });
      expect(data).toEqual({ tags: ["theirs"] });
    });
  });

  describe("concurrency: one user or key", () => {
    it("moves a user's ETag only with that user: another user's change or a settings change leave it", async () => {
      const { customer, etag } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      const { data: first } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "First", email: "first@concurrency.example", isAdmin: true },
      });
      const { data: second } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Second", email: "second@concurrency.example" },
      });
      await ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
        params: { path: { ...path, userId: second!.id }, header: { "If-Match": second!.etag } },
        body: { name: "Second, renamed" },
      });
      await ctx.a.PATCH("/customers/{customerId}", {
        params: { path, header: { "If-Match": etag } },
        body: { defaultLanguage: "fr" },
      });
      // First's ETag as of its creation still works (its effective language changed, but that
      // follows the customer: it is not what the user's writes change).
      const { data: edited } = await ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
        params: { path: { ...path, userId: first!.id }, header: { "If-Match": first!.etag } },
        body: { language: "de" },
      });
      expect(edited).toMatchObject({ language: "de", effectiveLanguage: "de" });
      expect(edited?.etag).not.toBe(first!.etag);
    });

    it("moves a key's ETag only with that key", async () => {
      const { customer } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      const { data: one } = await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: "one", value: "1" },
      });
      const { data: two } = await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: "two", value: "2" },
      });
      await ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: { path: { ...path, keyId: two!.id }, header: { "If-Match": two!.etag } },
        body: { value: "22" },
      });
      const { response } = await ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: { path: { ...path, keyId: one!.id }, header: { "If-Match": one!.etag } },
        body: { value: "11" },
      });
      expect(response.status).toBe(200);
    });
  });

  describe("races", () => {
    it("lets exactly one of 10 concurrent users with one e-mail in; the rest are 409", async () => {
      const { customer } = await ctx.newCustomer("a");
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          ctx.a
            .POST("/customers/{customerId}/users", {
              params: { path: { customerId: customer.id } },
              body: { name: `Twin ${i}`, email: "twin@race.example" },
            })
            .then(
              ({ response }) => response.status,
              (error: { status?: number }) => error.status,
            ),
        ),
      );
      expect(results.sort()).toEqual([201, ...Array(9).fill(409)]);
      const { data } = await ctx.a.GET("/customers/{customerId}/users", {
        params: { path: { customerId: customer.id } },
      });
      expect(data?.total).toBe(1);
    });

    it("lets exactly one of 10 concurrent keys with one name and type in; the rest are 409", async () => {
      const { customer } = await ctx.newCustomer("a");
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          ctx.a
            .POST("/customers/{customerId}/keys", {
              params: { path: { customerId: customer.id } },
              body: { name: "race.key", value: `v${i}` },
            })
            .then(
              ({ response }) => response.status,
              (error: { status?: number }) => error.status,
            ),
        ),
      );
      expect(results.sort()).toEqual([201, ...Array(9).fill(409)]);
    });
  });
}
