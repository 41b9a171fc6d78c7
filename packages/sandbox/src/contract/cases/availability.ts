/**
 * Availability tags (tag "Availability"): replacing a customer's tags, and the tags in use, for
 * the tag filter and for completion in the tags editor.
 */
import type { operations } from "@customer-kit/client";
import { describe, expect, it } from "vitest";
import {
  type Admin,
  allPages,
  type ContractContext,
  type Customer,
  expectRawProblem,
  type Schemas,
  uniqueName,
} from "../harness";

type Query = Omit<
  NonNullable<operations["listCustomers"]["parameters"]["query"]>,
  "cursor" | "limit"
>;

export function defineAvailabilityCases(ctx: ContractContext): void {
  function list(as: Admin, query: Query, limit = 25): Promise<Customer[]> {
    return allPages<Customer>(async (cursor) => {
      const { data } = await ctx.client(as).GET("/customers", {
        params: { query: { ...query, limit, ...(cursor ? { cursor } : {}) } },
      });
      return data!;
    });
  }

  describe("tags", () => {
    it("replaces the tags, sorted and without duplicates, and filters lists by them", async () => {
      const { customer } = await ctx.newCustomer("a", { tags: ["old"] });
      const path = { customerId: customer.id };
      const tag = uniqueName("t").replace(/[^A-Za-z0-9]+/g, "-");
      const { data, response } = await ctx.a.PUT("/customers/{customerId}/tags", {
        params: { path, header: { "If-Match": await ctx.tagsEtag(customer.id, "a") } },
        body: { tags: ["zeta", tag, "alpha", "zeta"] },
      });
      expect(data).toEqual({ tags: ["alpha", tag, "zeta"].sort() });
      const { data: read } = await ctx.a.GET("/customers/{customerId}/tags", { params: { path } });
      expect(read).toEqual(data);
      const { data: asCustomer } = await ctx.a.GET("/customers/{customerId}", { params: { path } });
      expect(asCustomer?.tags).toEqual(data?.tags);
      const { data: found } = await ctx.a.GET("/customers", { params: { query: { tag } } });
      expect(found?.items.map((c) => c.id)).toEqual([customer.id]);
      const { data: cleared } = await ctx.a.PUT("/customers/{customerId}/tags", {
        params: { path, header: { "If-Match": response.headers.get("ETag")! } },
        body: { tags: [] },
      });
      expect(cleared).toEqual({ tags: [] });
    });
  });

  describe("tags in use", () => {
    it("lists the tags of the caller's customers with counts that match the tag filter", async () => {
      const tags = await allPages<Schemas["TagUsage"]>(async (cursor) => {
        const { data } = await ctx.a.GET("/tags", {
          params: { query: { limit: 5, ...(cursor ? { cursor } : {}) } },
        });
        return data!;
      });
      expect(tags.length).toBeGreaterThan(0);
      const names = tags.map((t) => t.tag);
      expect(names).toEqual([...new Set(names)].sort());
      for (const usage of tags.slice(0, 5)) {
        const { data } = await ctx.a.GET("/customers", {
          params: { query: { tag: usage.tag, limit: 1 } },
        });
        expect(data!.total, usage.tag).toBe(usage.customerCount);
      }
      // Every tag of every customer is among them.
      const customers = await list("a", {}, 200);
      for (const customer of customers) {
        for (const tag of customer.tags) expect(names).toContain(tag);
      }
    });

    it("completes a prefix, without regard to case", async () => {
      const stem = `Cmpl${Math.random().toString(36).slice(2, 7)}`;
      await ctx.newCustomer("a", { tags: [`${stem}-gpu`, `${stem}-ssd`, "other"] });
      await ctx.newCustomer("a", { tags: [`${stem}-gpu`] });
      for (const q of [stem, stem.toLowerCase(), stem.toUpperCase()]) {
        const { data } = await ctx.a.GET("/tags", { params: { query: { q } } });
        expect(data).toEqual({
          items: [
            { tag: `${stem}-gpu`, customerCount: 2 },
            { tag: `${stem}-ssd`, customerCount: 1 },
          ],
          nextCursor: null,
          total: 2,
        });
      }
      const { data: narrower } = await ctx.a.GET("/tags", {
        params: { query: { q: `${stem}-s` } },
      });
      expect(narrower!.items.map((t) => t.tag)).toEqual([`${stem}-ssd`]);
    });

    it("never shows a reseller the tags only another billing entity's customers carry", async () => {
      const secret = `only-b-${Math.random().toString(36).slice(2, 8)}`;
      const { customer, etag } = await ctx.newCustomer("b", { tags: [secret] });
      const seen = async (as: Admin) =>
        (await ctx.client(as).GET("/tags", { params: { query: { q: secret } } })).data!.items;
      expect(await seen("a")).toEqual([]);
      expect(await seen("b")).toEqual([{ tag: secret, customerCount: 1 }]);
      expect(await seen("mbe")).toEqual([{ tag: secret, customerCount: 1 }]);
      // A deleted customer's tags are not in use.
      await ctx.b.DELETE("/customers/{customerId}", {
        params: { path: { customerId: customer.id }, header: { "If-Match": etag } },
      });
      expect(await seen("mbe")).toEqual([]);
    });

    it("answers 400 naming q when it is empty or too long", async () => {
      expectRawProblem(await ctx.raw("GET", "/tags?q="), 400, ["q"]);
      expectRawProblem(await ctx.raw("GET", `/tags?q=${"t".repeat(51)}`), 400, ["q"]);
    });
  });
}
