import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxServer } from "../server";
import { ContractContext, type ContractTarget, uniqueName } from "./harness";
import { defineContractSuite } from "./suite";

/** The Node server on a fresh SQLite file; the file goes with the server. */
async function serverTarget(
  dir = mkdtempSync(join(tmpdir(), "ck-contract-")),
): Promise<ContractTarget & { db: string }> {
  const db = join(dir, "sandbox.db");
  const server = await startSandboxServer({ port: 0, db, seed: "default" });
  return {
    baseUrl: server.apiUrl,
    store: server.store,
    db,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

defineContractSuite("server on SQLite", () => serverTarget());

// Only the server keeps data across a restart; MSW's memory store is meant to start over.
describe("contract: server persistence", () => {
  const dir = mkdtempSync(join(tmpdir(), "ck-persist-"));
  const db = join(dir, "sandbox.db");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts the server on the same file, runs `use` against it, and stops it. */
  async function withServer<T>(use: (ctx: ContractContext) => Promise<T>): Promise<T> {
    const server = await startSandboxServer({ port: 0, db, seed: "default" });
    const ctx = new ContractContext();
    ctx.attach({ baseUrl: server.apiUrl, close: () => server.close() });
    try {
      const result = await use(ctx);
      expect(ctx.recorder.takeViolations()).toEqual([]);
      return result;
    } finally {
      await server.close();
    }
  }

  const seeded = { customers: 0, languages: 0, offers: 0 };
  beforeAll(async () => {
    await withServer(async (ctx) => {
      seeded.customers = (await ctx.mbe.GET("/customers")).data!.total;
      seeded.languages = (await ctx.a.GET("/languages")).data!.total;
      seeded.offers = (await ctx.a.GET("/product-offers")).data!.total;
    });
  });

  it("keeps what was created across a restart, without seeding twice", async () => {
    const name = uniqueName("Persistent");
    const key = uniqueName("persist").replace(/\s+/g, "-");
    const credit = { description: "Kept", direction: "CREDIT", amount: "12.34" } as const;
    const before = await withServer(async (ctx) => {
      const created = await ctx.newCustomer("a", { name, tags: ["kept"] });
      const { customer } = created;
      const { data } = await ctx.a.POST("/customers/{customerId}/unit-transactions", {
        params: { path: { customerId: customer.id }, header: { "Idempotency-Key": key } },
        body: credit,
      });
      // Read after the credit, which leaves it as it was on creation (the balance is read-only).
      const etag = await ctx.customerEtag(customer.id, "a");
      expect(etag).toBe(created.etag);
      // A user and a key, whose ETags must outlive the restart too.
      const { data: user } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path: { customerId: customer.id } },
        body: { name: "Kept User", email: "kept@persist.example", isAdmin: true },
      });
      const { data: kept } = await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path: { customerId: customer.id } },
        body: { name: "kept.key", value: "v1" },
      });
      const tagsEtag = await ctx.tagsEtag(customer.id, "a");
      return { customer, etag, tagsEtag, user: user!, key: kept!, transaction: data!.transaction };
    });
    await withServer(async (ctx) => {
      const path = { customerId: before.customer.id };
      const { data } = await ctx.a.GET("/customers/{customerId}", { params: { path } });
      expect(data).toMatchObject({
        id: path.customerId,
        name,
        tags: ["kept"],
        unitBalance: "12.34",
      });
      const { data: ledger } = await ctx.a.GET("/customers/{customerId}/unit-transactions", {
        params: { path },
      });
      expect(ledger?.items).toEqual([before.transaction]);
      // The seed ran once: the same customers, languages and offers as before, plus ours.
      const { data: all } = await ctx.mbe.GET("/customers");
      expect(all?.total).toBe(seeded.customers + 1);
      expect((await ctx.a.GET("/languages")).data?.total).toBe(seeded.languages);
      expect((await ctx.a.GET("/product-offers")).data?.total).toBe(seeded.offers);
      // Idempotency keys outlive the restart: the same request replays, with no second credit.
      const replay = await ctx.a.POST("/customers/{customerId}/unit-transactions", {
        params: { path, header: { "Idempotency-Key": key } },
        body: credit,
      });
      expect(replay.response.headers.get("Idempotency-Replayed")).toBe("true");
      expect(replay.data?.transaction).toEqual(before.transaction);
      // The ETag read before the restart is still current, so it still allows a change.
      const { response } = await ctx.a.PATCH("/customers/{customerId}", {
        params: { path, header: { "If-Match": before.etag } },
        body: { name: `${name} renamed` },
      });
      expect(response.status).toBe(200);
      // So are the tags', the user's and the key's (the ones in their bodies, too).
      expect(await ctx.tagsEtag(path.customerId, "a")).toBe(before.tagsEtag);
      const tags = await ctx.a.PUT("/customers/{customerId}/tags", {
        params: { path, header: { "If-Match": before.tagsEtag } },
        body: { tags: ["kept", "still"] },
      });
      expect(tags.response.status).toBe(200);
      const user = await ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
        params: {
          path: { ...path, userId: before.user.id },
          header: { "If-Match": before.user.etag },
        },
        body: { name: "Kept User, renamed" },
      });
      expect(user.response.status).toBe(200);
      const edited = await ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: {
          path: { ...path, keyId: before.key.id },
          header: { "If-Match": before.key.etag },
        },
        body: { value: "v2" },
      });
      expect(edited.response.status).toBe(200);
    });
  });
});
