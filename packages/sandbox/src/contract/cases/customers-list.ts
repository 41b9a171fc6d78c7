/**
 * The Customers widget (tags "Customers", "Availability", "Reference"): the customer list sorted
 * and filtered by billing entity, the billing entities to filter by (and to create a customer
 * in), and the tags in use, for the tag filter and for completion in the tags editor.
 */
import type { operations } from "@customer-kit/client";
import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import {
  type Admin,
  allPages,
  type ContractContext,
  type Customer,
  expectRawProblem,
  type Schemas,
  uniqueName,
} from "../harness";

const { mbe: MBE, resellerA: RESELLER_A, resellerB: RESELLER_B } = SANDBOX_IDS.billingEntities;
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

type Query = Omit<
  NonNullable<operations["listCustomers"]["parameters"]["query"]>,
  "cursor" | "limit"
>;

/** A customer's value for a sort field, as the list must order it. */
function keyOf(customer: Customer, field: string): string | number {
  switch (field) {
    case "name":
      return customer.name.toLowerCase();
    case "createdAt":
      return Date.parse(customer.createdAt);
    case "unitBalance":
      // Exact: decimal strings (or numbers) to integer cents.
      return Math.round(Number(customer.unitBalance) * 100);
    default:
      return customer.status;
  }
}

export function defineCustomerListCases(ctx: ContractContext): void {
  function list(as: Admin, query: Query, limit = 25): Promise<Customer[]> {
    return allPages<Customer>(async (cursor) => {
      const { data } = await ctx.client(as).GET("/customers", {
        params: { query: { ...query, limit, ...(cursor ? { cursor } : {}) } },
      });
      return data!;
    });
  }

  describe("customer list", () => {
    it("sorts by name, created, balance and status, both ways, and the order holds across pages", async () => {
      // Two customers alike in every sort key but their id, so the tiebreak shows.
      const name = uniqueName("Twin");
      await ctx.newCustomer("b", { name });
      await ctx.newCustomer("b", { name });
      const everyone = await list("mbe", { billingEntityId: RESELLER_B }, 200);
      const ids = new Set(everyone.map((c) => c.id));
      for (const sort of [
        "name",
        "-name",
        "createdAt",
        "-createdAt",
        "unitBalance",
        "-unitBalance",
        "status",
        "-status",
      ] as const) {
        const field = sort.replace(/^-/, "");
        const direction = sort.startsWith("-") ? -1 : 1;
        // Small pages: many page boundaries, each one a chance to repeat or skip a customer.
        const sorted = await list("mbe", { billingEntityId: RESELLER_B, sort }, 7);
        expect(sorted.map((c) => c.id).sort(), `${sort}: every customer once`).toEqual(
          [...ids].sort(),
        );
        for (let i = 1; i < sorted.length; i++) {
          const a = keyOf(sorted[i - 1]!, field);
          const b = keyOf(sorted[i]!, field);
          if (a === b) {
            // Equal keys (but for a name's case): by id, ascending.
            if (field !== "name" || sorted[i - 1]!.name === sorted[i]!.name) {
              expect(sorted[i - 1]!.id < sorted[i]!.id, `${sort}: tiebreak by id at ${i}`).toBe(
                true,
              );
            }
          } else {
            expect((a < b ? 1 : -1) * direction, `${sort}: ${a} before ${b}`).toBe(1);
          }
        }
      }
    });

    it("sorts by the balance as it is now, after credits between two requests", async () => {
      const prefix = uniqueName("Balance");
      const x = (await ctx.newCustomer("a", { name: `${prefix} x` })).customer;
      const y = (await ctx.newCustomer("a", { name: `${prefix} y` })).customer;
      const credit = (customerId: string, amount: string) =>
        ctx.a.POST("/customers/{customerId}/unit-transactions", {
          params: { path: { customerId } },
          body: { description: "Sort test", direction: "CREDIT", amount },
        });
      const richestFirst = async () =>
        (await list("a", { search: prefix, sort: "-unitBalance" }, 1)).map((c) => c.name);
      await credit(x.id, "5");
      await credit(y.id, "10");
      expect(await richestFirst()).toEqual([`${prefix} y`, `${prefix} x`]);
      await credit(x.id, "10");
      expect(await richestFirst()).toEqual([`${prefix} x`, `${prefix} y`]);
    });

    it("is newest first by default, as `sort=-createdAt` is", async () => {
      const { data: byDefault } = await ctx.a.GET("/customers", {
        params: { query: { limit: 50 } },
      });
      const { data: newest } = await ctx.a.GET("/customers", {
        params: { query: { limit: 50, sort: "-createdAt" } },
      });
      expect(byDefault!.items.map((c) => c.id)).toEqual(newest!.items.map((c) => c.id));
    });

    it("filters by billing entity for an MBE admin", async () => {
      for (const [entity, admin] of [
        [RESELLER_A, "a"],
        [RESELLER_B, "b"],
      ] as const) {
        const filtered = await list("mbe", { billingEntityId: entity, sort: "name" }, 200);
        expect(filtered.length).toBeGreaterThan(0);
        expect(filtered.filter((c) => c.billingEntity.id !== entity)).toEqual([]);
        // Exactly what that billing entity's own admin sees.
        const own = await list(admin, { sort: "name" }, 200);
        expect(filtered.map((c) => c.id)).toEqual(own.map((c) => c.id));
      }
      const mbeOwn = await list("mbe", { billingEntityId: MBE }, 200);
      expect(mbeOwn.map((c) => c.id)).toContain(SANDBOX_IDS.customers.mbeOwn);
      expect(mbeOwn.filter((c) => c.billingEntity.id !== MBE)).toEqual([]);
    });

    it("gives a reseller naming another billing entity an empty page, whether it exists or not", async () => {
      for (const billingEntityId of [RESELLER_B, MBE, UNKNOWN_ID]) {
        const { data } = await ctx.a.GET("/customers", { params: { query: { billingEntityId } } });
        expect(data).toEqual({ items: [], nextCursor: null, total: 0 });
      }
      // Its own is the same as no filter.
      const own = await list("a", { billingEntityId: RESELLER_A, sort: "name" }, 200);
      expect(own.map((c) => c.id)).toEqual(
        (await list("a", { sort: "name" }, 200)).map((c) => c.id),
      );
    });

    it("combines filters with a sort", async () => {
      const tag = `combo-${Math.random().toString(36).slice(2, 8)}`;
      const prefix = uniqueName("Combo");
      const made: Customer[] = [];
      for (const [suffix, status] of [
        ["c", "ACTIVE"],
        ["a", "ACTIVE"],
        ["b", "DISABLED"],
      ] as const) {
        made.push(
          (await ctx.newCustomer("a", { name: `${prefix} ${suffix}`, status, tags: [tag] }))
            .customer,
        );
      }
      const found = await list(
        "mbe",
        { billingEntityId: RESELLER_A, tag, status: "ACTIVE", search: prefix, sort: "-name" },
        1,
      );
      expect(found.map((c) => c.name)).toEqual([`${prefix} c`, `${prefix} a`]);
      const byOther = await list("mbe", { billingEntityId: RESELLER_B, tag }, 10);
      expect(byOther).toEqual([]);
      expect(made).toHaveLength(3);
    });

    it("answers 400 naming a sort or billing entity it does not know", async () => {
      for (const [query, field] of [
        ["sort=balance", "sort"],
        ["sort=%2Bname", "sort"],
        ["sort=-", "sort"],
        ["billingEntityId=reseller-a", "billingEntityId"],
      ] as const) {
        const response = await ctx.raw("GET", `/customers?${query}`, { as: "mbe" });
        expectRawProblem(response, 400, [field]);
      }
    });
  });

  describe("billing entities", () => {
    it("lists every billing entity for an MBE admin and only its own for a reseller", async () => {
      const { data: all } = await ctx.mbe.GET("/billing-entities");
      expect(all!.items.map((e) => e.id).sort()).toEqual([MBE, RESELLER_A, RESELLER_B].sort());
      const names = all!.items.map((e) => e.name);
      expect(names).toEqual([...names].sort());
      expect(all!.items.filter((e) => e.isMaster).map((e) => e.id)).toEqual([MBE]);
      for (const [admin, entity] of [
        ["a", RESELLER_A],
        ["b", RESELLER_B],
      ] as const) {
        const { data } = await ctx.client(admin).GET("/billing-entities");
        expect(data!.items.map((e) => e.id)).toEqual([entity]);
        expect(data!.total).toBe(1);
        // The same billing entity as the caller's own, in /me.
        const { data: me } = await ctx.client(admin).GET("/me");
        expect(data!.items[0]).toEqual(me!.billingEntity);
      }
    });

    it("names the billing entity of every listed customer, and one a new customer can go to", async () => {
      const { data: entities } = await ctx.mbe.GET("/billing-entities");
      const byId = new Map(entities!.items.map((e) => [e.id, e]));
      const { data: customers } = await ctx.mbe.GET("/customers", {
        params: { query: { limit: 200 } },
      });
      for (const customer of customers!.items) {
        expect(byId.get(customer.billingEntity.id)?.name).toBe(customer.billingEntity.name);
      }
      const target = byId.get(RESELLER_B)!;
      const { data: created } = await ctx.mbe.POST("/customers", {
        body: { name: uniqueName("In B"), billingEntityId: target.id },
      });
      expect(created!.billingEntity).toEqual({ id: target.id, name: target.name });
      // It inherits that billing entity's defaults.
      expect(created!.effectiveLanguage).toBe(target.defaultLanguage);
      expect(created!.activeTheme).toMatchObject({
        id: target.defaultThemeId,
        source: "BILLING_ENTITY",
      });
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
