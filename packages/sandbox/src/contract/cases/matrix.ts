/**
 * The matrices: every operation, one change at a time, from a valid request (requests.ts).
 * - authentication: no token or a wrong one is 401 everywhere;
 * - tenancy: another billing entity's customer is 404 on every customer-scoped operation, the MBE
 *   admin reaches it everywhere, and nothing a refused request asked for happens;
 * - bad input: malformed, mistyped, incomplete, unknown-field and oversized bodies, unknown and
 *   non-uuid ids, bad cursors and limits: all 4xx problem+json naming the field, never a 5xx (the
 *   recorder flags any status the contract does not declare, 5xx included).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import {
  allPages,
  type ContractContext,
  type Customer,
  expectRawProblem,
  TOKENS,
  uniqueName,
} from "../harness";
import {
  BAD_BODIES,
  type Fixture,
  isCustomerScoped,
  pathOf,
  type RequestSpec,
  VALID_REQUESTS,
} from "../requests";
import { type OperationId, operation, operations, operationsWithBody } from "../spec";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
/** The writes a UI makes from a form or a list, each guarded by an ETag of its own. */
const CONDITIONAL_WRITES: OperationId[] = [
  "updateCustomer",
  "deleteCustomer",
  "replaceCustomerTags",
  "replaceAssetMaxima",
  "updateUser",
  "deleteUser",
  "updateKey",
  "deleteKey",
];
/** Operations on records only the seed makes (the API cannot create them). */
const SEEDED_ONLY = new Set<OperationId>(["getInvoice", "getVdc", "getServer", "getDisk"]);
/** More than the 256 KiB the contract allows, as a JSON string value. */
const HUGE = "x".repeat(300 * 1024);

/**
 * A customer of `owner` with a user and a key, and the billing entity's unit bundle: a fresh
 * customer, or the seeded `customerId` with users and keys of its own (left as they are).
 */
export async function makeFixture(
  ctx: ContractContext,
  owner: "a" | "b",
  customerId?: string,
): Promise<Fixture> {
  const client = ctx.client(owner);
  const id = customerId ?? (await ctx.newCustomer(owner)).customer.id;
  const path = { customerId: id };
  const [
    { data: users },
    { data: keys },
    { data: offers },
    { data: invoices },
    { data: creditNotes },
    { data: disks },
  ] = await Promise.all([
    client.GET("/customers/{customerId}/users", { params: { path } }),
    client.GET("/customers/{customerId}/keys", { params: { path } }),
    client.GET("/product-offers", { params: { query: { kind: "UNIT_BUNDLE" } } }),
    client.GET("/customers/{customerId}/invoices", { params: { path } }),
    client.GET("/customers/{customerId}/credit-notes", { params: { path } }),
    client.GET("/customers/{customerId}/disks", { params: { path, query: { limit: 200 } } }),
  ]);
  // An attached disk names its server and VDC: one of each that belong together.
  const disk = disks?.items.find((d) => d.server !== null);
  const userId =
    users?.items[0]?.id ??
    (
      await client.POST("/customers/{customerId}/users", {
        params: { path },
        body: {
          name: "Fixture User",
          email: `${uniqueName("fx").replace(/\W+/g, ".")}@contract.example`,
          // Not an admin: deleteUser may then remove it (the last active admin stays).
          isAdmin: false,
        },
      })
    ).data!.id;
  const keyId =
    keys?.items[0]?.id ??
    (
      await client.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: uniqueName("fx").replace(/[^A-Za-z0-9]+/g, "."), value: "fixture" },
      })
    ).data!.id;
  const unitOffer = offers?.items[0];
  expect(unitOffer, `the ${owner} billing entity sells a unit bundle`).toBeDefined();
  return {
    owner,
    customerId: id,
    userId,
    keyId,
    unitOfferId: unitOffer!.id,
    invoiceId: invoices?.items[0]?.id ?? UNKNOWN_ID,
    creditNoteId: creditNotes?.items[0]?.id ?? UNKNOWN_ID,
    vdcId: disk?.vdcId ?? UNKNOWN_ID,
    serverId: disk?.serverId ?? UNKNOWN_ID,
    diskId: disk?.id ?? UNKNOWN_ID,
  };
}

async function send(
  ctx: ContractContext,
  request: RequestSpec,
  as: "mbe" | "a" | "b" | null,
  changes: Partial<RequestSpec> = {},
) {
  const merged = { ...request, ...changes };
  return ctx.raw(merged.method, merged.path, {
    as,
    body: merged.body,
    headers: merged.headers ?? {},
  });
}

export function defineMatrixCases(ctx: ContractContext): void {
  describe("authentication", () => {
    let fixture: Fixture;
    beforeAll(async () => {
      fixture = await makeFixture(ctx, "a");
    });

    it("answers every operation 401 problem+json without a token or with an unknown one", async () => {
      const before = await snapshot(ctx, fixture.customerId);
      for (const { operationId } of operations) {
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        const none = await send(ctx, request, null);
        expectRawProblem(none, 401);
        const wrong = await send(ctx, request, null, {
          headers: { ...request.headers, Authorization: "Bearer not-a-sandbox-token" },
        });
        expectRawProblem(wrong, 401);
      }
      // Nothing any of them asked for happened.
      expect(await snapshot(ctx, fixture.customerId)).toEqual(before);
    });
  });

  describe("tenancy", () => {
    // Reseller B's seeded prepay customer, with its seeded users, keys and invoices; and its
    // seeded invoice customer, which has a credit note.
    let fixtureB: Fixture;
    let notesB: Fixture;
    beforeAll(async () => {
      fixtureB = await makeFixture(ctx, "b", SANDBOX_IDS.customers.resellerBPrepay);
      notesB = await makeFixture(ctx, "b", SANDBOX_IDS.customers.resellerBInvoice);
    });

    const scoped = operations.filter((op) => isCustomerScoped(op.operationId));

    it("has customer-scoped operations to check (sanity)", () => {
      expect(scoped.length).toBeGreaterThan(25);
      expect(fixtureB.invoiceId).not.toBe(UNKNOWN_ID);
      expect(notesB.creditNoteId).not.toBe(UNKNOWN_ID);
      expect(fixtureB.diskId).not.toBe(UNKNOWN_ID);
    });

    it("answers reseller A 404 on every customer-scoped operation for a reseller B customer, and changes nothing", async () => {
      const before = await snapshot(ctx, fixtureB.customerId);
      for (const { operationId } of scoped) {
        const target = operationId === "getCreditNote" ? notesB : fixtureB;
        const request = await VALID_REQUESTS[operationId]!(target, ctx);
        const response = await send(ctx, request, "a");
        expect(response.status, `${operationId} as reseller A`).toBe(404);
        expectRawProblem(response, 404);
        // The answer must not tell the customer exists: same problem as for an id nobody has.
        const unknown = await send(
          ctx,
          {
            ...request,
            path: request.path.replace(target.customerId, UNKNOWN_ID),
          },
          "a",
        );
        expect(unknown.status).toBe(404);
        expect((response.body as { title: string }).title).toBe(
          (unknown.body as { title: string }).title,
        );
      }
      expect(await snapshot(ctx, fixtureB.customerId)).toEqual(before);
    });

    // deleteUser, deleteKey and deleteCustomer go last, since they remove what the others use.
    const inOrder = () => [
      ...scoped.filter((op) => !op.operationId.startsWith("delete")),
      operation("deleteUser"),
      operation("deleteKey"),
      operation("deleteCustomer"),
    ];

    for (const [admin, who] of [
      ["mbe", "the MBE admin"],
      ["b", "reseller B"],
    ] as const) {
      it(`lets ${who} do every customer-scoped operation on a reseller B customer`, async () => {
        // A customer of its own for the changes; the seeded one (read only) for its invoice.
        const own = await makeFixture(ctx, "b");
        for (const { operationId } of inOrder()) {
          // The seeded customers for what the API cannot make: invoices, credit notes, resources.
          const target = SEEDED_ONLY.has(operationId)
            ? fixtureB
            : operationId === "getCreditNote"
              ? notesB
              : own;
          const request = await VALID_REQUESTS[operationId]!(target, ctx);
          const response = await send(ctx, request, admin);
          expect(
            response.status,
            `${operationId} as ${who}: ${JSON.stringify(response.body)}`,
          ).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(300);
        }
      });
    }

    it("never lists another billing entity's customers", async () => {
      for (const [admin, be] of [
        ["a", SANDBOX_IDS.billingEntities.resellerA],
        ["b", SANDBOX_IDS.billingEntities.resellerB],
      ] as const) {
        const items = await allPages<Customer>(async (cursor) => {
          const { data } = await ctx.client(admin).GET("/customers", {
            params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } },
          });
          return data!;
        });
        expect(items.length).toBeGreaterThan(0);
        expect(items.filter((c) => c.billingEntity.id !== be)).toEqual([]);
      }
      // A name search for the other reseller's customer finds nothing either.
      const { data: bCustomer } = await ctx.b.GET("/customers/{customerId}", {
        params: { path: { customerId: SANDBOX_IDS.customers.resellerBPrepay } },
      });
      const { data: search } = await ctx.a.GET("/customers", {
        params: { query: { search: bCustomer!.name } },
      });
      expect(search?.items.map((c) => c.id)).not.toContain(bCustomer!.id);
      // While the MBE admin sees both resellers' customers.
      const { data: all } = await ctx.mbe.GET("/customers", { params: { query: { limit: 200 } } });
      const bes = new Set(all?.items.map((c) => c.billingEntity.id));
      expect(bes.size).toBeGreaterThan(1);
    });
  });

  describe("idempotency of every POST", () => {
    let fixture: Fixture;
    beforeAll(async () => {
      fixture = await makeFixture(ctx, "a");
    });

    it("replays a repeated key with the same body, and refuses it with another body (422)", async () => {
      const posts = operations.filter((op) => op.method === "POST");
      expect(posts.length).toBeGreaterThan(5);
      for (const { operationId, responses } of posts) {
        // The replay marker is declared wherever it can be sent: on every 2xx of every POST.
        for (const [status, response] of Object.entries(responses)) {
          if (!status.startsWith("2")) continue;
          expect(
            Object.keys(response.headers ?? {}),
            `${operationId} ${status} declares Idempotency-Replayed`,
          ).toContain("Idempotency-Replayed");
        }
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        const key = uniqueName(operationId).replace(/\s+/g, "-");
        const headers = { ...request.headers, "Idempotency-Key": key };
        const first = await send(ctx, request, "a", { headers });
        const again = await send(ctx, request, "a", { headers });
        expect(first.status, `${operationId}: ${JSON.stringify(first.body)}`).toBeLessThan(300);
        expect(first.headers.get("Idempotency-Replayed"), operationId).toBeNull();
        expect(again.status, operationId).toBe(first.status);
        expect(again.headers.get("Idempotency-Replayed"), operationId).toBe("true");
        expect(again.body, operationId).toEqual(first.body);
        const other = (await VALID_REQUESTS[operationId]!(fixture, ctx)).body as Record<
          string,
          unknown
        >;
        const changed = { ...other, ...differentBody(operationId) };
        const reused = await send(ctx, request, "a", { headers, body: changed });
        expect(reused.status, `${operationId} reusing a key`).toBe(422);
        expectRawProblem(reused, 422);
      }
    });

    it("refuses an Idempotency-Key that is not 1–255 visible ASCII characters with 400", async () => {
      const request = await VALID_REQUESTS.createUnitTransaction!(fixture, ctx);
      for (const key of ["k".repeat(256), "has space", "tab\there"]) {
        const response = await send(ctx, request, "a", { headers: { "Idempotency-Key": key } });
        expect(response.status, JSON.stringify(key)).toBe(400);
        expectRawProblem(response, 400, ["Idempotency-Key"]);
      }
    });
  });

  describe("bad input", () => {
    let fixture: Fixture;
    beforeAll(async () => {
      fixture = await makeFixture(ctx, "a");
    });

    const withBody = operationsWithBody;

    it("has a body for each operation that takes one, and bad bodies for each (sanity)", () => {
      for (const op of withBody) expect(BAD_BODIES[op.operationId], op.operationId).toBeDefined();
    });

    it("answers malformed JSON, a non-object and an empty body with 400 on every operation with a body", async () => {
      for (const { operationId } of withBody) {
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        for (const body of ['{"name": ', "[1, 2]", '"text"', "null", ""]) {
          const response = await send(ctx, request, "a", { body });
          expect(response.status, `${operationId} with body ${JSON.stringify(body)}`).toBe(400);
          expectRawProblem(response, 400);
        }
      }
    });

    it("answers a body over 256 KiB with 413 on every operation with a body", async () => {
      for (const { operationId } of withBody) {
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        const body = { ...(request.body as object), padding: HUGE };
        const response = await send(ctx, request, "a", { body });
        expect(response.status, operationId).toBe(413);
        expectRawProblem(response, 413);
      }
    });

    it("answers a streamed body over 256 KiB (no Content-Length) with 413 on every operation with a body", async () => {
      for (const { operationId } of withBody) {
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        const body = JSON.stringify({ ...(request.body as object), padding: HUGE });
        // A server that stops reading must still answer: give it 5 s, not the test's 30.
        const streamed = await ctx
          .rawFetch(`${ctx.target.baseUrl}${request.path}`, {
            method: request.method,
            headers: {
              ...request.headers,
              Authorization: `Bearer ${TOKENS.a}`,
              "Content-Type": "application/json",
            },
            body: chunked(body),
            duplex: "half",
            signal: AbortSignal.timeout(5000),
          } as RequestInit)
          .catch((error: Error) => error);
        if (streamed instanceof Error) {
          expect.fail(`${operationId}: no answer to a streamed 300 KiB body (${streamed.name})`);
        }
        expect(streamed.status, `${operationId}, streamed`).toBe(413);
        await streamed.body?.cancel();
      }
    });

    it("answers wrong types, missing and unknown fields with 400 naming every field at fault", async () => {
      for (const { operationId } of withBody) {
        for (const bad of BAD_BODIES[operationId] ?? []) {
          const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
          const response = await send(ctx, request, "a", { body: bad.body });
          expect(
            response.status,
            `${operationId}: ${bad.what}: ${JSON.stringify(response.body)}`,
          ).toBe(400);
          expectRawProblem(response, 400, bad.fields);
        }
      }
    });

    it("answers an unknown customer id with 404 on every customer-scoped operation", async () => {
      for (const { operationId } of operations.filter((op) => isCustomerScoped(op.operationId))) {
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        const path = request.path.replace(fixture.customerId, UNKNOWN_ID);
        const response = await send(ctx, request, "mbe", { path });
        expect(response.status, operationId).toBe(404);
        expectRawProblem(response, 404);
      }
    });

    it("answers a customer id that is not a uuid with 400 or 404 on every customer-scoped operation", async () => {
      for (const { operationId } of operations.filter((op) => isCustomerScoped(op.operationId))) {
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        for (const bad of [
          "not-a-uuid",
          "3F1C2B4A-5D6E-4F70-8A9B-0C1D2E3F4A5B-00",
          "%20",
          "x".repeat(4000),
        ]) {
          const path = request.path.replace(fixture.customerId, bad);
          const response = await send(ctx, request, "mbe", { path });
          // The recorder also checks the status is one this operation declares.
          expectRawProblem(response, [400, 404]);
        }
      }
    });

    it("answers unknown and non-uuid user, invoice and key ids with 404 (or 400 where declared)", async () => {
      const subIds: [OperationId, keyof Fixture][] = [
        ["getUser", "userId"],
        ["updateUser", "userId"],
        ["deleteUser", "userId"],
        ["getInvoice", "invoiceId"],
        ["getCreditNote", "creditNoteId"],
        ["getVdc", "vdcId"],
        ["getServer", "serverId"],
        ["getDisk", "diskId"],
        ["getKey", "keyId"],
        ["updateKey", "keyId"],
        ["deleteKey", "keyId"],
      ];
      for (const [operationId, key] of subIds) {
        for (const bad of [UNKNOWN_ID, "nope"]) {
          const request = await VALID_REQUESTS[operationId]!({ ...fixture, [key]: bad }, ctx);
          const response = await send(ctx, request, "a");
          expectRawProblem(response, bad === UNKNOWN_ID ? 404 : [400, 404]);
        }
        // Another customer's user/key under this customer's path is not found either.
        if (!["invoiceId", "creditNoteId", "vdcId", "serverId", "diskId"].includes(key)) {
          const other = await makeFixture(ctx, "a");
          const request = await VALID_REQUESTS[operationId]!(
            { ...fixture, [key]: other[key] },
            ctx,
          );
          expect((await send(ctx, request, "a")).status, `${operationId} across customers`).toBe(
            404,
          );
        }
      }
    });

    it("answers bad cursors and limits with 400 naming the parameter on every list", async () => {
      const lists = operations.filter((op) =>
        op.parameters.some((p) => p.in === "query" && p.name === "limit"),
      );
      expect(lists.length).toBeGreaterThan(10);
      for (const { operationId } of lists) {
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        const join = request.path.includes("?") ? "&" : "?";
        for (const [query, field] of [
          ["limit=0", "limit"],
          ["limit=201", "limit"],
          ["limit=abc", "limit"],
          ["limit=2.5", "limit"],
          ["cursor=not-a-cursor", "cursor"],
          ["cursor=", "cursor"],
          [`cursor=${"c".repeat(201)}`, "cursor"],
        ] as const) {
          const response = await send(ctx, request, "a", {
            path: `${request.path}${join}${query}`,
          });
          expect(response.status, `${operationId}?${query}`).toBe(400);
          expectRawProblem(response, 400, [field]);
        }
      }
    });

    it("answers bad filters with 400 naming the parameter", async () => {
      const customerPath = { customerId: fixture.customerId };
      const cases: [string, string][] = [
        [`${pathOf("listCustomers")}?status=GONE`, "status"],
        [`${pathOf("listCustomers")}?tag=-bad`, "tag"],
        [`${pathOf("listCustomers")}?search=${"s".repeat(101)}`, "search"],
        [`${pathOf("listProductOffers")}?kind=GIFT`, "kind"],
        [`${pathOf("listJobs", customerPath)}?status=DONE`, "status"],
        [`${pathOf("getUsageReport", customerPath)}?to=2026-01-31`, "from"],
        [`${pathOf("getUsageReport", customerPath)}?from=2026-01-01`, "to"],
        [`${pathOf("getUsageReport", customerPath)}?from=2026-13-01&to=2026-01-31`, "from"],
        [
          `${pathOf("getUsageReport", customerPath)}?from=2026-01-01&to=2026-01-31&granularity=WEEK`,
          "granularity",
        ],
      ];
      for (const [path, field] of cases) {
        const response = await ctx.raw("GET", path);
        expect(response.status, path).toBe(400);
        expectRawProblem(response, 400, [field]);
      }
      // `from` after `to`, and a period over 366 days, are refused too.
      for (const query of ["from=2026-02-01&to=2026-01-01", "from=2024-01-01&to=2026-01-01"]) {
        const response = await ctx.raw("GET", `${pathOf("getUsageReport", customerPath)}?${query}`);
        expect(response.status, query).toBe(400);
        expectRawProblem(response, 400);
      }
    });

    it("answers a stale If-Match with 412 and a missing one with 428, changing nothing", async () => {
      const before = await snapshot(ctx, fixture.customerId);
      // Every operation that takes If-Match: the customer, its tags and asset maxima, users, keys.
      const guarded = operations
        .filter((op) => op.parameters.some((p) => p.in === "header" && p.name === "If-Match"))
        .map((op) => op.operationId);
      expect(guarded).toEqual(expect.arrayContaining(CONDITIONAL_WRITES));
      for (const operationId of guarded) {
        const request = await VALID_REQUESTS[operationId]!(fixture, ctx);
        const missing = await send(ctx, request, "a", { headers: {} });
        expect(missing.status, `${operationId} without If-Match`).toBe(428);
        expectRawProblem(missing, 428);
        const stale = await send(ctx, request, "a", { headers: { "If-Match": '"stale-0"' } });
        expect(stale.status, `${operationId} with a stale If-Match`).toBe(412);
        expectRawProblem(stale, 412);
      }
      // The customer is still there and unchanged by the refused requests.
      expect(await snapshot(ctx, fixture.customerId)).toEqual(before);
    });
  });
}

/** `text` as a stream of 16 KiB chunks (a request body of unknown length). */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 16 * 1024));
      offset += 16 * 1024;
    },
  });
}

/** A change to a valid body of each POST that keeps it valid but makes it another request. */
function differentBody(operationId: OperationId): Record<string, unknown> {
  switch (operationId) {
    case "createUnitTransaction":
      return { amount: "2" };
    case "purchaseUnitOffer":
      return { description: "Another top-up" };
    case "sendCustomerEmail":
      return { subject: "Another subject" };
    case "impersonateCustomer":
      return { reason: "Another reason entirely" };
    default:
      // createCustomer, createSimilarCustomer, createUser, createKey: builders make fresh names.
      return {};
  }
}

/** What a customer looks like through every read, to tell that a refused request changed nothing. */
async function snapshot(ctx: ContractContext, customerId: string) {
  const path = { params: { path: { customerId } } };
  const mbe = ctx.mbe;
  const [customer, maxima, tags, balance, ledger, users, keys, jobs] = await Promise.all([
    mbe.GET("/customers/{customerId}", path),
    mbe.GET("/customers/{customerId}/asset-maxima", path),
    mbe.GET("/customers/{customerId}/tags", path),
    mbe.GET("/customers/{customerId}/units", path),
    mbe.GET("/customers/{customerId}/unit-transactions", path),
    mbe.GET("/customers/{customerId}/users", {
      params: { path: { customerId }, query: { limit: 200 } },
    }),
    mbe.GET("/customers/{customerId}/keys", {
      params: { path: { customerId }, query: { limit: 200 } },
    }),
    mbe.GET("/customers/{customerId}/jobs", path),
  ]);
  const { data: similar } = await mbe.GET("/customers", {
    params: { query: { search: "Matrix", limit: 200 } },
  });
  return {
    customer: customer.data,
    etag: customer.response.headers.get("ETag"),
    maxima: maxima.data,
    maximaEtag: maxima.response.headers.get("ETag"),
    tags: tags.data,
    balance: balance.data,
    ledgerTotal: ledger.data?.total,
    users: users.data,
    keys: keys.data,
    jobsTotal: jobs.data?.total,
    matrixCustomers: similar?.total,
  };
}
