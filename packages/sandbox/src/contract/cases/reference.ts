/**
 * Branding and choices per customer (tag "Reference", and the customer's `activeTheme`): the
 * themes and product offers one customer may be assigned, whoever asks; the active theme named
 * even when it is inherited; what a theme preview needs, its logo included.
 */
import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { allPages, type ContractContext, expectProblem, type Schemas } from "../harness";

const { mbe: MBE, resellerA: RESELLER_A, resellerB: RESELLER_B } = SANDBOX_IDS.billingEntities;
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const DUPONT = SANDBOX_IDS.customers.resellerBPrepay;

export function defineReferenceCases(ctx: ContractContext): void {
  function customerThemes(customerId: string): Promise<Schemas["Theme"][]> {
    return allPages(async (cursor) => {
      const { data } = await ctx.mbe.GET("/customers/{customerId}/themes", {
        params: { path: { customerId }, query: { limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      return data!;
    });
  }
  function customerOffers(
    customerId: string,
    kind?: Schemas["ProductOfferKind"],
  ): Promise<Schemas["ProductOffer"][]> {
    return allPages(async (cursor) => {
      const { data } = await ctx.mbe.GET("/customers/{customerId}/product-offers", {
        params: {
          path: { customerId },
          query: { limit: 3, ...(kind ? { kind } : {}), ...(cursor ? { cursor } : {}) },
        },
      });
      return data!;
    });
  }

  describe("choices per customer", () => {
    it("offers an MBE admin a customer's themes: its billing entity's and the platform's, never another reseller's", async () => {
      for (const [customerId, entity, other] of [
        [NORTHWIND, RESELLER_A, RESELLER_B],
        [DUPONT, RESELLER_B, RESELLER_A],
      ] as const) {
        const themes = await customerThemes(customerId);
        const owners = new Set(themes.map((t) => t.billingEntityId));
        expect(owners).toEqual(new Set([entity, MBE]));
        expect(owners.has(other)).toBe(false);
        // Its own billing entity's first.
        const firstMbe = themes.findIndex((t) => t.billingEntityId === MBE);
        expect(themes.slice(firstMbe).every((t) => t.billingEntityId === MBE)).toBe(true);
        // The owner's admin is offered the same.
        const owner = entity === RESELLER_A ? ctx.a : ctx.b;
        const { data } = await owner.GET("/customers/{customerId}/themes", {
          params: { path: { customerId }, query: { limit: 200 } },
        });
        expect(data!.items).toEqual(themes);
      }
      // The global list, for an MBE admin, has every reseller's (as documented).
      const { data: all } = await ctx.mbe.GET("/themes", { params: { query: { limit: 200 } } });
      expect(new Set(all!.items.map((t) => t.billingEntityId))).toEqual(
        new Set([MBE, RESELLER_A, RESELLER_B]),
      );
    });

    it("accepts every theme it offers for the customer, and refuses one of another reseller", async () => {
      const { customer, etag } = await ctx.newCustomer("a");
      const themes = await customerThemes(customer.id);
      let current = etag;
      for (const theme of themes) {
        const { data, response } = await ctx.mbe.PATCH("/customers/{customerId}", {
          params: { path: { customerId: customer.id }, header: { "If-Match": current } },
          body: { themeId: theme.id },
        });
        expect(data!.activeTheme).toEqual({ id: theme.id, name: theme.name, source: "CUSTOMER" });
        current = response.headers.get("ETag")!;
      }
      const [foreign] = await customerThemes(DUPONT);
      expect(foreign!.billingEntityId).toBe(RESELLER_B);
      await expectProblem(
        ctx.mbe.PATCH("/customers/{customerId}", {
          params: { path: { customerId: customer.id }, header: { "If-Match": current } },
          body: { themeId: foreign!.id },
        }),
        422,
        ["themeId"],
      );
    });

    it("offers an MBE admin a customer's product offers: its billing entity's only, by kind", async () => {
      const offers = await customerOffers(NORTHWIND);
      expect(offers.length).toBeGreaterThan(0);
      expect(offers.filter((o) => o.billingEntityId !== RESELLER_A)).toEqual([]);
      const plans = await customerOffers(NORTHWIND, "CUSTOMER_PLAN");
      const bundles = await customerOffers(NORTHWIND, "UNIT_BUNDLE");
      expect(plans.every((o) => o.kind === "CUSTOMER_PLAN")).toBe(true);
      expect(bundles.every((o) => o.kind === "UNIT_BUNDLE")).toBe(true);
      expect(plans.length + bundles.length).toBe(offers.length);
      expect(plans.length).toBeGreaterThan(0);
      expect(bundles.length).toBeGreaterThan(0);
      // The owner's admin sees the same as the MBE admin.
      const { data } = await ctx.a.GET("/customers/{customerId}/product-offers", {
        params: { path: { customerId: NORTHWIND }, query: { limit: 200 } },
      });
      expect(data!.items).toEqual(offers);
      // Reseller B's customer: reseller B's offers.
      const dupont = await customerOffers(DUPONT);
      expect(new Set(dupont.map((o) => o.billingEntityId))).toEqual(new Set([RESELLER_B]));
    });

    it("accepts every plan it offers for the customer, and every bundle for a purchase", async () => {
      const { customer, etag } = await ctx.newCustomer("a");
      let current = etag;
      for (const plan of await customerOffers(customer.id, "CUSTOMER_PLAN")) {
        const { data, response } = await ctx.mbe.PATCH("/customers/{customerId}", {
          params: { path: { customerId: customer.id }, header: { "If-Match": current } },
          body: { configuration: { productOfferId: plan.id } },
        });
        expect(data!.configuration.productOfferId).toBe(plan.id);
        current = response.headers.get("ETag")!;
      }
      const [bundle] = await customerOffers(customer.id, "UNIT_BUNDLE");
      const { response } = await ctx.mbe.POST("/customers/{customerId}/unit-offer-purchases", {
        params: { path: { customerId: customer.id } },
        body: { productOfferId: bundle!.id, description: "Offered to this customer" },
      });
      expect(response.status).toBe(201);
      // A plan of another reseller is refused.
      const [foreign] = await customerOffers(DUPONT, "CUSTOMER_PLAN");
      await expectProblem(
        ctx.mbe.PATCH("/customers/{customerId}", {
          params: { path: { customerId: customer.id }, header: { "If-Match": current } },
          body: { configuration: { productOfferId: foreign!.id } },
        }),
        422,
        ["configuration.productOfferId"],
      );
    });
  });

  describe("active theme", () => {
    it("names the customer's own theme, or the inherited one and where it comes from", async () => {
      const { data: northwind } = await ctx.a.GET("/customers/{customerId}", {
        params: { path: { customerId: NORTHWIND } },
      });
      expect(northwind!.activeTheme).toEqual({
        id: SANDBOX_IDS.themes.resellerADefault,
        name: "Ocean",
        source: "CUSTOMER",
      });

      const { customer, etag } = await ctx.newCustomer("a");
      expect(customer.themeId).toBeNull();
      expect(customer.activeTheme).toEqual({
        id: SANDBOX_IDS.themes.resellerADefault,
        name: "Ocean",
        source: "BILLING_ENTITY",
      });
      const forest = (await customerThemes(customer.id)).find((t) => t.name === "Forest")!;
      const { data: own, response } = await ctx.a.PATCH("/customers/{customerId}", {
        params: { path: { customerId: customer.id }, header: { "If-Match": etag } },
        body: { themeId: forest.id },
      });
      expect(own!.activeTheme).toEqual({ id: forest.id, name: "Forest", source: "CUSTOMER" });
      // Part of the customer's settings: the ETag moved with it.
      const moved = response.headers.get("ETag")!;
      expect(moved).not.toBe(etag);
      const { data: back } = await ctx.a.PATCH("/customers/{customerId}", {
        params: { path: { customerId: customer.id }, header: { "If-Match": moved } },
        body: { themeId: null },
      });
      expect(back!.activeTheme?.source).toBe("BILLING_ENTITY");
      // The list shows the same as the record.
      const { data: listed } = await ctx.a.GET("/customers", {
        params: { query: { search: customer.name } },
      });
      expect(listed!.items[0]!.activeTheme).toEqual(back!.activeTheme);
    });

    it("falls back to the platform's theme when the billing entity has none, without moving the ETag", async (test) => {
      const store = ctx.target.store;
      if (!store) return test.skip();
      const { customer, etag } = await ctx.newCustomer("b");
      const entity = store.get("billingEntities", RESELLER_B)!;
      store.put("billingEntities", { ...entity, defaultThemeId: null });
      try {
        const { data, response } = await ctx.b.GET("/customers/{customerId}", {
          params: { path: { customerId: customer.id } },
        });
        expect(data!.activeTheme).toEqual({
          id: SANDBOX_IDS.themes.mbeDefault,
          name: "Skyline",
          source: "PLATFORM",
        });
        // A billing entity's default is not the customer's setting: an open form stays valid.
        expect(response.headers.get("ETag")).toBe(etag);
      } finally {
        store.put("billingEntities", entity);
      }
    });
  });

  describe("theme preview", () => {
    it("gives each theme its colours and a logo that loads without credentials", async () => {
      const themes = await customerThemes(NORTHWIND);
      const fetch = ctx.target.fetch ?? globalThis.fetch;
      for (const theme of themes) {
        for (const colour of [
          theme.primaryColor,
          theme.accentColor,
          theme.backgroundColor,
          theme.textColor,
        ]) {
          expect(colour).toMatch(/^#[0-9a-f]{6}$/);
        }
        expect(theme.backgroundColor).not.toBe(theme.textColor);
        expect(theme.logoUrl).not.toBeNull();
        // On the API's origin, outside its base: what an <img> loads, with no bearer token.
        const url = new URL(theme.logoUrl!);
        expect(url.origin).toBe(new URL(ctx.target.baseUrl).origin);
        expect(url.pathname.startsWith(new URL(ctx.target.baseUrl).pathname)).toBe(false);
        const response = await fetch(url);
        expect(response.status, theme.logoUrl!).toBe(200);
        expect(response.headers.get("Content-Type")).toBe("image/svg+xml");
        expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'");
        const svg = await response.text();
        expect(svg.startsWith("<svg")).toBe(true);
        expect(svg).toContain(theme.primaryColor);
        expect(svg).not.toMatch(/<script|on\w+=|href=/i);
      }
      const unknown = await fetch(
        new URL(themes[0]!.logoUrl!.replace(themes[0]!.id, "00000000-0000-4000-8000-000000000000")),
      );
      expect(unknown.status).toBe(404);
    });
  });
}
