/**
 * Session, customers and their lifecycle, tags, asset maxima, users, keys, e-mail and reference
 * lists: each operation through the typed client, asserting what a user of the API would notice.
 */
import type { CustomerKitError } from "@customer-kit/client";
import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import {
  allPages,
  type ContractContext,
  type Customer,
  expectProblem,
  type Schemas,
  uniqueName,
} from "../harness";

const BE = SANDBOX_IDS.billingEntities;

export function defineCustomerCases(ctx: ContractContext): void {
  describe("session", () => {
    it("tells each admin who it is and whether it is the MBE's", async () => {
      const expected = [
        ["mbe", SANDBOX_IDS.admins.mbe, BE.mbe, true],
        ["a", SANDBOX_IDS.admins.resellerA, BE.resellerA, false],
        ["b", SANDBOX_IDS.admins.resellerB, BE.resellerB, false],
      ] as const;
      for (const [admin, adminId, beId, isMbe] of expected) {
        const { data } = await ctx.client(admin).GET("/me");
        expect(data).toMatchObject({
          admin: { id: adminId },
          billingEntity: { id: beId, isMaster: isMbe },
          isMbeAdmin: isMbe,
        });
      }
    });

    it("answers an unknown token 401 problem+json", async () => {
      await expectProblem(ctx.client({ token: "nobody" }).GET("/me"), 401);
    });
  });

  describe("customers", () => {
    it("creates a customer with every field, and reads it back the same", async () => {
      const body = {
        name: uniqueName("Full"),
        status: "ACTIVE",
        configuration: {
          productOfferId: SANDBOX_IDS.productOffers.resellerABusinessPlan,
          address: {
            street: "1 Harbour Road",
            locality: "Docklands",
            town: "London",
            region: "Greater London",
            country: "GB",
            postalCode: "E14 5AB",
          },
          vatNumber: "GB123456789",
          vatExempt: true,
          paymentType: "INVOICE",
          unitWarnLevel: "12.50",
        },
        validationHtml: "<p>Signed by <b>us</b></p>",
        defaultLanguage: "fr",
        themeId: SANDBOX_IDS.themes.resellerADefault,
        tags: ["gpu", "eu-west"],
      } satisfies Schemas["CustomerCreate"];
      const { data, response } = await ctx.a.POST("/customers", { body });
      expect(response.status).toBe(201);
      const customer = data!;
      expect(response.headers.get("Location")).toMatch(new RegExp(`/customers/${customer.id}$`));
      expect(response.headers.get("ETag")).toBeTruthy();
      expect(customer).toMatchObject({
        name: body.name,
        status: "ACTIVE",
        billingEntity: { id: BE.resellerA, name: "Reseller A" },
        configuration: { ...body.configuration, warningSent: false },
        validationHtml: body.validationHtml,
        defaultLanguage: "fr",
        effectiveLanguage: "fr",
        themeId: body.themeId,
        unitBalance: "0.00",
      });
      expect([...customer.tags].sort()).toEqual(["eu-west", "gpu"]);
      const { data: read, response: readResponse } = await ctx.a.GET("/customers/{customerId}", {
        params: { path: { customerId: customer.id } },
      });
      expect(read).toEqual(customer);
      expect(readResponse.headers.get("ETag")).toBe(response.headers.get("ETag"));
    });

    it("fills defaults on a minimal create: ACTIVE, no tags, zero balance, the billing entity's language", async () => {
      const { customer } = await ctx.newCustomer("a");
      expect(customer).toMatchObject({
        status: "ACTIVE",
        tags: [],
        unitBalance: "0.00",
        defaultLanguage: null,
        // Reseller A's default language is German.
        effectiveLanguage: "de",
        billingEntity: { id: BE.resellerA },
        configuration: { vatExempt: false, warningSent: false },
      });
    });

    it("lets the MBE admin create a customer for a reseller, and refuses that to a reseller", async () => {
      const { customer } = await ctx.newCustomer("mbe", { billingEntityId: BE.resellerB });
      expect(customer.billingEntity.id).toBe(BE.resellerB);
      const { data } = await ctx.b.GET("/customers/{customerId}", {
        params: { path: { customerId: customer.id } },
      });
      expect(data?.id).toBe(customer.id);

      const name = uniqueName("Trespass");
      const error = await ctx.a
        .POST("/customers", { body: { name, billingEntityId: BE.resellerB } })
        .then(
          () => undefined,
          (reason: unknown) => reason as CustomerKitError,
        );
      // Both 400 and 422 are declared for createCustomer; either way the field is named.
      expect([400, 422]).toContain(error?.status);
      expect(error?.fieldErrors.map((f) => f.field)).toContain("billingEntityId");
      const { data: found } = await ctx.mbe.GET("/customers", {
        params: { query: { search: name } },
      });
      expect(found?.total).toBe(0);
    });

    it("refuses references to things that do not exist with 422 naming the field", async () => {
      const missing = "00000000-0000-4000-8000-000000000001";
      await expectProblem(
        ctx.a.POST("/customers", {
          body: { name: uniqueName("Ref"), configuration: { productOfferId: missing } },
        }),
        422,
        ["configuration.productOfferId"],
      );
      await expectProblem(
        ctx.a.POST("/customers", { body: { name: uniqueName("Ref"), themeId: missing } }),
        422,
        ["themeId"],
      );
      // Another reseller's theme does not exist for reseller A.
      await expectProblem(
        ctx.a.POST("/customers", {
          body: { name: uniqueName("Ref"), themeId: SANDBOX_IDS.themes.resellerBDefault },
        }),
        422,
        ["themeId"],
      );
    });

    it("lists customers newest first, page by page, with a total", async () => {
      const items = await allPages<Customer>(async (cursor) => {
        const { data } = await ctx.a.GET("/customers", {
          params: { query: { limit: 7, ...(cursor ? { cursor } : {}) } },
        });
        expect(data!.items.length).toBeLessThanOrEqual(7);
        return data!;
      });
      expect(new Set(items.map((c) => c.id)).size).toBe(items.length);
      const created = items.map((c) => Date.parse(c.createdAt));
      expect(created).toEqual([...created].sort((x, y) => y - x));
      expect(items.some((c) => c.status === "DELETED")).toBe(false);
      // The default page size is 25.
      const { data } = await ctx.a.GET("/customers");
      expect(data!.items.length).toBe(Math.min(25, items.length));
    });

    it("pages on from a cursor without repeating or skipping when customers come and go meanwhile", async () => {
      const listed = async (cursor?: string) =>
        (
          await ctx.a.GET("/customers", {
            params: { query: { limit: 5, ...(cursor ? { cursor } : {}) } },
          })
        ).data!;
      const everything = await allPages<Customer>(
        async (cursor) =>
          (
            await ctx.a.GET("/customers", {
              params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } },
            })
          ).data!,
      );
      const first = await listed();
      expect(first.items.map((c) => c.id)).toEqual(everything.slice(0, 5).map((c) => c.id));
      // Newer customers land before the page already seen; one seen is deleted.
      await ctx.newCustomer("a");
      await ctx.newCustomer("a");
      const gone = first.items[1]!;
      await ctx.a.DELETE("/customers/{customerId}", {
        params: {
          path: { customerId: gone.id },
          header: { "If-Match": await ctx.customerEtag(gone.id, "a") },
        },
      });
      const rest: string[] = [];
      let cursor = first.nextCursor;
      for (let pages = 0; cursor !== null && pages < 100; pages++) {
        const page = await listed(cursor);
        rest.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      }
      expect(rest).toEqual(everything.slice(5).map((c) => c.id));
    });

    it("filters customers by a case-insensitive name search, a status and a tag", async () => {
      const marker = uniqueName("Needle").replace(/\W+/g, "");
      const { customer: active } = await ctx.newCustomer("a", {
        name: `Haystack ${marker} One`,
        tags: [marker],
      });
      const { customer: disabled } = await ctx.newCustomer("a", {
        name: `Haystack ${marker} Two`,
        status: "DISABLED",
      });
      const search = await ctx.a.GET("/customers", {
        params: { query: { search: marker.toLowerCase() } },
      });
      expect(search.data?.items.map((c) => c.id).sort()).toEqual([active.id, disabled.id].sort());
      expect(search.data?.total).toBe(2);
      const byStatus = await ctx.a.GET("/customers", {
        params: { query: { search: marker, status: "DISABLED" } },
      });
      expect(byStatus.data?.items.map((c) => c.id)).toEqual([disabled.id]);
      const allDisabled = await ctx.a.GET("/customers", {
        params: { query: { status: "DISABLED", limit: 200 } },
      });
      expect(allDisabled.data?.items.every((c) => c.status === "DISABLED")).toBe(true);
      const byTag = await ctx.a.GET("/customers", { params: { query: { tag: marker } } });
      expect(byTag.data?.items.map((c) => c.id)).toEqual([active.id]);
    });

    it("searches names literally: characters that mean something in a pattern match only themselves", async () => {
      const marker = uniqueName("Lit").replace(/\W+/g, "");
      const { customer: dotted } = await ctx.newCustomer("a", { name: `${marker} a.c (x)%_` });
      await ctx.newCustomer("a", { name: `${marker} abc x` });
      for (const search of [`${marker} a.c`, "a.c (x)%_", `${marker.toUpperCase()} A.C`]) {
        const { data } = await ctx.a.GET("/customers", { params: { query: { search } } });
        expect(
          data?.items.map((c) => c.id),
          search,
        ).toEqual([dotted.id]);
      }
    });

    it("lets exactly one of 10 concurrent PATCHes with the same If-Match win; the rest are 412", async () => {
      const { customer, etag } = await ctx.newCustomer("a");
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          ctx.a
            .PATCH("/customers/{customerId}", {
              params: { path: { customerId: customer.id }, header: { "If-Match": etag } },
              body: { name: `Racer ${i}` },
            })
            .then(
              ({ data }) => data!.name,
              (error: { status?: number }) => error.status,
            ),
        ),
      );
      const winners = results.filter((r) => typeof r === "string");
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r === 412)).toHaveLength(9);
      const { data } = await ctx.a.GET("/customers/{customerId}", {
        params: { path: { customerId: customer.id } },
      });
      expect(data?.name).toBe(winners[0]);
    });

    it("merges a patch: absent fields stay, null clears, nested objects merge; the ETag moves", async () => {
      const { customer, etag } = await ctx.newCustomer("a", {
        configuration: {
          address: { street: "1 Main St", town: "Leeds" },
          vatNumber: "GB999999973",
          // Requests may send fewer than two decimals; the API answers with two.
          unitWarnLevel: "5",
        },
        validationHtml: "<b>x</b>",
      });
      const { data, response } = await ctx.a.PATCH("/customers/{customerId}", {
        params: { path: { customerId: customer.id }, header: { "If-Match": etag } },
        body: {
          configuration: { address: { town: "York" }, vatNumber: null },
          validationHtml: null,
          status: "CLOSED",
        },
      });
      expect(data).toMatchObject({
        name: customer.name,
        status: "CLOSED",
        validationHtml: null,
        configuration: {
          address: { street: "1 Main St", town: "York" },
          vatNumber: null,
          unitWarnLevel: "5.00",
        },
      });
      const newEtag = response.headers.get("ETag");
      expect(newEtag).toBeTruthy();
      expect(newEtag).not.toBe(etag);
      expect(Date.parse(data!.modifiedAt)).toBeGreaterThanOrEqual(Date.parse(customer.modifiedAt));
      // The old ETag is now stale; the new one works.
      await expectProblem(
        ctx.a.PATCH("/customers/{customerId}", {
          params: { path: { customerId: customer.id }, header: { "If-Match": etag } },
          body: { name: uniqueName("Late") },
        }),
        412,
      );
      const renamed = uniqueName("Renamed");
      const { data: again } = await ctx.a.PATCH("/customers/{customerId}", {
        params: { path: { customerId: customer.id }, header: { "If-Match": newEtag! } },
        body: { name: renamed },
      });
      expect(again?.name).toBe(renamed);
    });

    it("needs If-Match on PATCH and DELETE: 428 without, 412 when stale", async () => {
      const { customer, etag } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      await expectProblem(
        ctx.a.PATCH("/customers/{customerId}", {
          params: { path } as never,
          body: { name: uniqueName("NoMatch") },
        }),
        428,
      );
      await expectProblem(
        ctx.a.DELETE("/customers/{customerId}", { params: { path } as never }),
        428,
      );
      const { response } = await ctx.a.PATCH("/customers/{customerId}", {
        params: { path, header: { "If-Match": etag } },
        body: { name: uniqueName("Moved") },
      });
      await expectProblem(
        ctx.a.DELETE("/customers/{customerId}", { params: { path, header: { "If-Match": etag } } }),
        412,
      );
      // Still there after both refusals, then deleted with the current ETag.
      const current = response.headers.get("ETag")!;
      const { response: deleted } = await ctx.a.DELETE("/customers/{customerId}", {
        params: { path, header: { "If-Match": current } },
      });
      expect(deleted.status).toBe(204);
    });

    it("deletes a customer: 404 from then on, on every path, and gone from every list", async () => {
      const { customer, etag } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      await ctx.a.DELETE("/customers/{customerId}", {
        params: { path, header: { "If-Match": etag } },
      });
      await expectProblem(ctx.a.GET("/customers/{customerId}", { params: { path } }), 404);
      await expectProblem(ctx.mbe.GET("/customers/{customerId}", { params: { path } }), 404);
      await expectProblem(ctx.a.GET("/customers/{customerId}/units", { params: { path } }), 404);
      await expectProblem(ctx.a.GET("/customers/{customerId}/users", { params: { path } }), 404);
      await expectProblem(
        ctx.a.DELETE("/customers/{customerId}", { params: { path, header: { "If-Match": etag } } }),
        404,
      );
      for (const query of [{ search: customer.name }, { status: "DELETED" as const }]) {
        const { data } = await ctx.mbe.GET("/customers", { params: { query } });
        expect(data?.items.map((c) => c.id)).not.toContain(customer.id);
      }
    });

    it("creates a similar customer: same settings, own name, no users or resources, zero balance", async () => {
      const { customer: source } = await ctx.newCustomer("a", {
        configuration: {
          productOfferId: SANDBOX_IDS.productOffers.resellerABusinessPlan,
          address: { street: "2 Dock St", town: "Hull", country: "GB", postalCode: "HU1 1AA" },
          vatNumber: "GB123456789",
          vatExempt: true,
          paymentType: "INVOICE",
          unitWarnLevel: "42.00",
        },
        defaultLanguage: "es",
        themeId: SANDBOX_IDS.themes.resellerADefault,
        tags: ["blue", "green"],
      });
      const path = { customerId: source.id };
      const etag = await ctx.maximaEtag(source.id, "a");
      const limits = { MAX_SERVERS: 3, MAX_RAM: 4096, CUTOFF_BALANCE: "-10.00" };
      await ctx.a.PUT("/customers/{customerId}/asset-maxima", {
        params: { path, header: { "If-Match": etag } },
        body: { limits },
      });
      await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Someone", email: "someone@similar.example" },
      });
      await ctx.a.POST("/customers/{customerId}/unit-transactions", {
        params: { path },
        body: { description: "Credit", direction: "CREDIT", amount: "99" },
      });

      const name = uniqueName("Similar");
      const { data, response } = await ctx.a.POST("/customers/{customerId}/similar", {
        params: { path },
        body: { name },
      });
      expect(response.status).toBe(201);
      const copy = data!;
      expect(response.headers.get("Location")).toMatch(new RegExp(`/customers/${copy.id}$`));
      expect(response.headers.get("ETag")).toBeTruthy();
      expect(copy.id).not.toBe(source.id);
      expect(copy).toMatchObject({
        name,
        billingEntity: source.billingEntity,
        configuration: { ...source.configuration, warningSent: false },
        defaultLanguage: "es",
        effectiveLanguage: "es",
        themeId: source.themeId,
        unitBalance: "0.00",
      });
      expect([...copy.tags].sort()).toEqual(["blue", "green"]);
      const copyPath = { params: { path: { customerId: copy.id } } };
      const { data: maxima } = await ctx.a.GET("/customers/{customerId}/asset-maxima", copyPath);
      expect(maxima?.limits).toMatchObject(limits);
      const { data: users } = await ctx.a.GET("/customers/{customerId}/users", copyPath);
      expect(users?.total).toBe(0);
      const { data: ledger } = await ctx.a.GET(
        "/customers/{customerId}/unit-transactions",
        copyPath,
      );
      expect(ledger?.total).toBe(0);
      const { data: balance } = await ctx.a.GET("/customers/{customerId}/units", copyPath);
      expect(balance).toMatchObject({
        carryOver: "0.00",
        nonCarryOver: "0.00",
        unitBalance: "0.00",
      });
      for (const list of [
        "/customers/{customerId}/vdcs",
        "/customers/{customerId}/servers",
        "/customers/{customerId}/disks",
      ] as const) {
        const { data: resources } = await ctx.a.GET(list, copyPath);
        expect(resources?.total, list).toBe(0);
      }
    });

    it("copies a seeded customer with resources without copying the resources", async () => {
      const { data: copy } = await ctx.a.POST("/customers/{customerId}/similar", {
        params: { path: { customerId: SANDBOX_IDS.customers.resellerAPrepay } },
        body: { name: uniqueName("Northwind copy") },
      });
      const { data: source } = await ctx.a.GET("/customers/{customerId}", {
        params: { path: { customerId: SANDBOX_IDS.customers.resellerAPrepay } },
      });
      expect(copy?.configuration).toEqual({ ...source!.configuration, warningSent: false });
      const copyPath = { params: { path: { customerId: copy!.id } } };
      const { data: servers } = await ctx.a.GET("/customers/{customerId}/servers", copyPath);
      expect(servers?.total).toBe(0);
      const { data: vdcs } = await ctx.a.GET("/customers/{customerId}/vdcs", copyPath);
      expect(vdcs?.total).toBe(0);
      const { data: maxima } = await ctx.a.GET("/customers/{customerId}/asset-maxima", copyPath);
      for (const usage of maxima!.usage) expect(usage.used, usage.key).toBe(0);
    });
  });

  describe("impersonation", () => {
    async function impersonate(as: "mbe" | "a" | "b", customerId: string, reason: string) {
      const { data, response } = await ctx
        .client(as)
        .POST("/customers/{customerId}/impersonations", {
          params: { path: { customerId } },
          body: { reason },
        });
      expect(response.status).toBe(201);
      expect(data!.token.length).toBeGreaterThan(8);
      // Short-lived: it expires, and within two hours of being issued. The sandbox may run on a
      // fixed clock, so "issued" is the server's Date header when there is one.
      const issued = Date.parse(response.headers.get("Date") ?? "") || Date.now();
      const lifetime = Date.parse(data!.expiresAt) - issued;
      expect(lifetime).toBeGreaterThan(-1000);
      expect(lifetime).toBeLessThanOrEqual(2 * 60 * 60 * 1000);
      return data!;
    }

    async function jobOf(as: "mbe" | "a" | "b", customerId: string, jobId: string) {
      const { data: jobs } = await ctx.client(as).GET("/customers/{customerId}/jobs", {
        params: { path: { customerId }, query: { limit: 200 } },
      });
      // Newest first: the job just made heads the list.
      expect(jobs?.items[0]?.id).toBe(jobId);
      return jobs?.items.find((j) => j.id === jobId);
    }

    it("shows a reseller's admin the customer's branding, and records a job naming the admin and reason", async () => {
      const { customer } = await ctx.newCustomer("a", {
        themeId: SANDBOX_IDS.themes.resellerADefault,
      });
      const reason = uniqueName("Ticket");
      const result = await impersonate("a", customer.id, reason);
      expect(result.branding).toMatchObject({
        source: "CUSTOMER",
        billingEntityId: BE.resellerA,
        billingEntityName: "Reseller A",
        themeId: SANDBOX_IDS.themes.resellerADefault,
        themeName: "Ocean",
      });
      const { data: me } = await ctx.a.GET("/me");
      expect(await jobOf("a", customer.id, result.jobId)).toMatchObject({
        type: "IMPERSONATION",
        createdBy: me!.admin.name,
        reason,
      });
    });

    it("shows the billing entity's default branding for a customer without a theme", async () => {
      const { customer } = await ctx.newCustomer("a", { themeId: null });
      const result = await impersonate("a", customer.id, "No theme of its own");
      expect(result.branding).toMatchObject({
        source: "CUSTOMER",
        billingEntityId: BE.resellerA,
        themeId: SANDBOX_IDS.themes.resellerADefault,
        themeName: "Ocean",
      });
    });

    it("shows the MBE's branding when an MBE admin impersonates a reseller's customer", async () => {
      const { customer } = await ctx.newCustomer("b");
      const reason = uniqueName("Support");
      const result = await impersonate("mbe", customer.id, reason);
      expect(result.branding).toMatchObject({
        source: "MBE",
        billingEntityId: BE.mbe,
        themeId: SANDBOX_IDS.themes.mbeDefault,
      });
      const { data: me } = await ctx.mbe.GET("/me");
      // The reseller sees who logged in as its customer, and why.
      expect(await jobOf("b", customer.id, result.jobId)).toMatchObject({
        type: "IMPERSONATION",
        createdBy: me!.admin.name,
        reason,
      });
    });

    it("shows the customer's own branding when an MBE admin impersonates an MBE customer", async () => {
      const { customer } = await ctx.newCustomer("mbe");
      const result = await impersonate("mbe", customer.id, "Own customer check");
      expect(result.branding).toMatchObject({ source: "CUSTOMER", billingEntityId: BE.mbe });
    });
  });

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

  describe("users", () => {
    it("adds, reads, lists by name and edits users; a duplicate e-mail is 409 naming email", async () => {
      const { customer } = await ctx.newCustomer("a", { defaultLanguage: "es" });
      const path = { customerId: customer.id };
      const { data: zed, response } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Zed Last", email: "zed@users.example" },
      });
      expect(response.status).toBe(201);
      expect(response.headers.get("Location")).toMatch(new RegExp(`/users/${zed!.id}$`));
      expect(zed).toMatchObject({
        customerId: customer.id,
        type: "NORMAL",
        isAdmin: false,
        status: "ACTIVE",
        language: null,
        effectiveLanguage: "es",
      });
      const { data: amy } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Amy First", email: "amy@users.example", type: "API_KEY", isAdmin: true },
      });
      expect(amy).toMatchObject({ type: "API_KEY", isAdmin: true });
      const { data: list } = await ctx.a.GET("/customers/{customerId}/users", { params: { path } });
      expect(list?.items.map((u) => u.name)).toEqual(["Amy First", "Zed Last"]);
      expect(list?.total).toBe(2);

      await expectProblem(
        ctx.a.POST("/customers/{customerId}/users", {
          params: { path },
          body: { name: "Zed Again", email: "zed@users.example" },
        }),
        409,
        ["email"],
      );
      await expectProblem(
        ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
          params: { path: { ...path, userId: amy!.id }, header: { "If-Match": amy!.etag } },
          body: { email: "zed@users.example" },
        }),
        409,
        ["email"],
      );
      const { data: edited } = await ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
        params: { path: { ...path, userId: zed!.id }, header: { "If-Match": zed!.etag } },
        body: { status: "DISABLED", isAdmin: true, name: "Zed Disabled" },
      });
      expect(edited).toMatchObject({
        status: "DISABLED",
        isAdmin: true,
        name: "Zed Disabled",
        email: "zed@users.example",
      });
      const { data: read } = await ctx.a.GET("/customers/{customerId}/users/{userId}", {
        params: { path: { ...path, userId: zed!.id } },
      });
      expect(read).toEqual(edited);
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

  describe("keys", () => {
    it("adds keys with defaults, lists them by name, refuses a duplicate name (of one type), removes them", async () => {
      const { customer } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      const { data: b, response } = await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: "billing.costCentre", value: "CC-4711" },
      });
      expect(response.status).toBe(201);
      expect(b).toMatchObject({
        name: "billing.costCentre",
        value: "CC-4711",
        type: "USER_KEY",
        weight: 0,
      });
      const { data: a } = await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: "affinity", value: "rack-1", type: "PLACEMENT_KEY", weight: -5 },
      });
      expect(a).toMatchObject({ type: "PLACEMENT_KEY", weight: -5 });
      await expectProblem(
        ctx.a.POST("/customers/{customerId}/keys", {
          params: { path },
          body: { name: "affinity", value: "other", type: "PLACEMENT_KEY" },
        }),
        409,
        ["name"],
      );
      const { data: list } = await ctx.a.GET("/customers/{customerId}/keys", { params: { path } });
      expect(list?.items.map((k) => k.name)).toEqual(["affinity", "billing.costCentre"]);
      const { response: removed } = await ctx.a.DELETE("/customers/{customerId}/keys/{keyId}", {
        params: { path: { ...path, keyId: a!.id }, header: { "If-Match": a!.etag } },
      });
      expect(removed.status).toBe(204);
      await expectProblem(
        ctx.a.DELETE("/customers/{customerId}/keys/{keyId}", {
          params: { path: { ...path, keyId: a!.id }, header: { "If-Match": a!.etag } },
        }),
        404,
      );
      const { data: after } = await ctx.a.GET("/customers/{customerId}/keys", { params: { path } });
      expect(after?.items.map((k) => k.id)).toEqual([b!.id]);
    });
  });

  describe("e-mail", () => {
    it("sends to the admin users by default, or to the users named; 422 for a user not of the customer", async () => {
      const { customer } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      const { data: admin } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Admin User", email: "admin@mail.example", isAdmin: true },
      });
      const { data: plain } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Plain User", email: "plain@mail.example" },
      });
      const { data: sent, response } = await ctx.a.POST("/customers/{customerId}/emails", {
        params: { path },
        body: { subject: "Maintenance", message: "Hello,\n\nWe upgrade on Monday." },
      });
      expect(response.status).toBe(202);
      expect(sent).toMatchObject({
        subject: "Maintenance",
        recipients: [{ userId: admin!.id, name: "Admin User", email: "admin@mail.example" }],
      });
      const { data: named } = await ctx.a.POST("/customers/{customerId}/emails", {
        params: { path },
        body: { subject: "Just you", message: "Hi", recipients: [plain!.id] },
      });
      expect(named?.recipients.map((r) => r.userId)).toEqual([plain!.id]);
      const error = await expectProblem(
        ctx.a.POST("/customers/{customerId}/emails", {
          params: { path },
          body: {
            subject: "Stranger",
            message: "Hi",
            recipients: [SANDBOX_IDS.users.northwindAdmin],
          },
        }),
        422,
      );
      expect(error.fieldErrors.some((f) => f.field.startsWith("recipients"))).toBe(true);
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
}
