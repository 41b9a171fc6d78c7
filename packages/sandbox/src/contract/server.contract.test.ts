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

  let seeded = 0;
  beforeAll(async () => {
    seeded = await withServer(async (ctx) => (await ctx.mbe.GET("/customers")).data!.total);
  });

  it("keeps what was created across a restart, without seeding twice", async () => {
    const name = uniqueName("Persistent");
    const created = await withServer(async (ctx) => {
      const { customer } = await ctx.newCustomer("a", { name, tags: ["kept"] });
      await ctx.a.POST("/customers/{customerId}/unit-transactions", {
        params: { path: { customerId: customer.id } },
        body: { description: "Kept", direction: "CREDIT", amount: 12.34 },
      });
      return customer;
    });
    await withServer(async (ctx) => {
      const { data } = await ctx.a.GET("/customers/{customerId}", {
        params: { path: { customerId: created.id } },
      });
      expect(data).toMatchObject({ id: created.id, name, tags: ["kept"], unitBalance: 12.34 });
      const { data: ledger } = await ctx.a.GET("/customers/{customerId}/unit-transactions", {
        params: { path: { customerId: created.id } },
      });
      expect(ledger?.items.map((t) => t.description)).toEqual(["Kept"]);
      const { data: all } = await ctx.mbe.GET("/customers");
      expect(all?.total).toBe(seeded + 1);
    });
  });
});
