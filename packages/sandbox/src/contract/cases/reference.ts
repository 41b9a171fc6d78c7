import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import {
  allPages,
  type ContractContext,
  expectProblem,
  type Schemas,
  uniqueName,
} from "../harness";

const { mbe: MBE, resellerA: RESELLER_A, resellerB: RESELLER_B } = SANDBOX_IDS.billingEntities;
const BE = SANDBOX_IDS.billingEntities;

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

  describe("languages", () => {
    it("keeps a user's own language when the customer's default changes; a user without one follows", async () => {
      const { customer, etag } = await ctx.newCustomer("a", { defaultLanguage: "en" });
      const path = { customerId: customer.id };
      const { data: own } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Own Language", email: "own@lang.example", language: "de" },
      });
      const { data: follows } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Follows", email: "follows@lang.example" },
      });
      expect(own).toMatchObject({ language: "de", effectiveLanguage: "de" });
      expect(follows).toMatchObject({ language: null, effectiveLanguage: "en" });

      const { data: changed, response } = await ctx.a.PATCH("/customers/{customerId}", {
        params: { path, header: { "If-Match": etag } },
        body: { defaultLanguage: "fr" },
      });
      expect(changed).toMatchObject({ defaultLanguage: "fr", effectiveLanguage: "fr" });
      const read = async (userId: string) =>
        (
          await ctx.a.GET("/customers/{customerId}/users/{userId}", {
            params: { path: { ...path, userId } },
          })
        ).data!;
      expect(await read(own!.id)).toMatchObject({ language: "de", effectiveLanguage: "de" });
      expect(await read(follows!.id)).toMatchObject({ language: null, effectiveLanguage: "fr" });

      // Without a customer default, the billing entity's (Reseller A: German) applies.
      await ctx.a.PATCH("/customers/{customerId}", {
        params: { path, header: { "If-Match": response.headers.get("ETag")! } },
        body: { defaultLanguage: null },
      });
      expect(await read(follows!.id)).toMatchObject({ effectiveLanguage: "de" });
      // A user who drops their own language follows the customer again.
      const { data: dropped } = await ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
        params: { path: { ...path, userId: own!.id }, header: { "If-Match": own!.etag } },
        body: { language: null },
      });
      expect(dropped).toMatchObject({ language: null, effectiveLanguage: "de" });
      const { data: setOwn } = await ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
        params: { path: { ...path, userId: follows!.id }, header: { "If-Match": follows!.etag } },
        body: { language: "ru" },
      });
      expect(setOwn).toMatchObject({ language: "ru", effectiveLanguage: "ru" });
    });

    it("lists the five platform languages", async () => {
      const { data } = await ctx.a.GET("/languages");
      expect(data?.items.map((l) => l.code).sort()).toEqual(["de", "en", "es", "fr", "ru"]);
      expect(data?.total).toBe(5);
      expect(data?.items.find((l) => l.code === "de")).toMatchObject({ nativeName: "Deutsch" });
    });
  });

  describe("reference lists", () => {
    it("lists the product offers the caller's billing entity sells, filtered by kind", async () => {
      const offers = await allPages<Schemas["ProductOffer"]>(async (cursor) => {
        const { data } = await ctx.a.GET("/product-offers", {
          params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } },
        });
        return data!;
      });
      expect(offers.every((o) => o.billingEntityId === BE.resellerA)).toBe(true);
      expect(offers.map((o) => o.id)).toEqual(
        expect.arrayContaining(Object.values(SANDBOX_IDS.productOffers)),
      );
      const { data: bundles } = await ctx.a.GET("/product-offers", {
        params: { query: { kind: "UNIT_BUNDLE", limit: 200 } },
      });
      expect(bundles!.items.length).toBeGreaterThan(0);
      for (const offer of bundles!.items) {
        expect(offer.kind).toBe("UNIT_BUNDLE");
        expect(offer.units).toMatch(/^\d+\.\d{2}$/);
        expect(Number(offer.units)).toBeGreaterThan(0);
      }
      const { data: plans } = await ctx.a.GET("/product-offers", {
        params: { query: { kind: "CUSTOMER_PLAN", limit: 200 } },
      });
      expect(plans!.items.every((o) => o.kind === "CUSTOMER_PLAN" && o.units === null)).toBe(true);
      expect(bundles!.total + plans!.total).toBe(offers.length);
    });

    it("lists the themes the caller may assign", async () => {
      const { data } = await ctx.a.GET("/themes", { params: { query: { limit: 200 } } });
      expect(data?.items.map((t) => t.id)).toContain(SANDBOX_IDS.themes.resellerADefault);
      expect(data?.items.map((t) => t.id)).not.toContain(SANDBOX_IDS.themes.resellerBDefault);
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
