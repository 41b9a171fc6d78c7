/**
 * Customers (tag "Customers"): creating, reading, editing, copying and removing a customer,
 * impersonation, the customer list sorted and filtered by billing entity, and the customer's
 * active theme, named even when it is inherited. Each through the typed client, asserting what a
 * user of the API would notice.
 */
import type { CustomerKitError, operations } from "@customer-kit/client";
import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import {
  type Admin,
  allPages,
  type ContractContext,
  type Customer,
  expectProblem,
  expectRawProblem,
  type Schemas,
  uniqueName,
} from "../harness";

const { mbe: MBE, resellerA: RESELLER_A, resellerB: RESELLER_B } = SANDBOX_IDS.billingEntities;
const BE = SANDBOX_IDS.billingEntities;

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
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

export function defineCustomerCases(ctx: ContractContext): void {
  function list(as: Admin, query: Query, limit = 25): Promise<Customer[]> {
    return allPages<Customer>(async (cursor) => {
      const { data } = await ctx.client(as).GET("/customers", {
        params: { query: { ...query, limit, ...(cursor ? { cursor } : {}) } },
      });
      return data!;
    });
  }
  function customerThemes(customerId: string): Promise<Schemas["Theme"][]> {
    return allPages(async (cursor) => {
      const { data } = await ctx.mbe.GET("/customers/{customerId}/themes", {
        params: { path: { customerId }, query: { limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      return data!;
    });
  }

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
}
