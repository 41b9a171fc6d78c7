import { describe, expect, it } from "vitest";
import { type ContractContext, expectProblem, expectRawProblem } from "../harness";
import { pathOf } from "../requests";

export function defineKeyCases(ctx: ContractContext): void {
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

  describe("keys: one key", () => {
    it("reads a key with its ETag, the same as its etag in the create answer and in the list", async () => {
      const { customer } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      const { data: created, response: createdResponse } = await ctx.a.POST(
        "/customers/{customerId}/keys",
        { params: { path }, body: { name: "billing.costCentre", value: "CC-4711" } },
      );
      expect(createdResponse.headers.get("ETag")).toBe(created?.etag);
      expect(createdResponse.headers.get("Location")).toMatch(
        new RegExp(`/customers/${customer.id}/keys/${created!.id}$`),
      );
      const keyPath = { ...path, keyId: created!.id };
      const { data: read, response } = await ctx.a.GET("/customers/{customerId}/keys/{keyId}", {
        params: { path: keyPath },
      });
      expect(read).toEqual(created);
      expect(response.headers.get("ETag")).toBe(created?.etag);
      const { data: list } = await ctx.a.GET("/customers/{customerId}/keys", { params: { path } });
      expect(list?.items).toEqual([created]);
    });

    it("edits a key (merge semantics) with its current ETag; a stale one is 412, none is 428", async () => {
      const { customer } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      const { data: key } = await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: "affinity", value: "rack-1", type: "PLACEMENT_KEY", weight: 5 },
      });
      const keyPath = { ...path, keyId: key!.id };
      const { data: edited, response } = await ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: { path: keyPath, header: { "If-Match": key!.etag } },
        body: { value: "rack-2" },
      });
      expect(edited).toMatchObject({
        id: key!.id,
        name: "affinity",
        value: "rack-2",
        type: "PLACEMENT_KEY",
        weight: 5,
        createdAt: key!.createdAt,
      });
      expect(response.headers.get("ETag")).toBe(edited?.etag);
      expect(edited?.etag).not.toBe(key!.etag);

      await expectProblem(
        ctx.mbe.PATCH("/customers/{customerId}/keys/{keyId}", {
          params: { path: keyPath, header: { "If-Match": key!.etag } },
          body: { weight: 100 },
        }),
        412,
      );
      expectRawProblem(
        await ctx.raw("PATCH", pathOf("updateKey", keyPath), { body: { weight: 100 } }),
        428,
      );
      const { data: all } = await ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: { path: keyPath, header: { "If-Match": edited!.etag } },
        body: { name: "affinity.rack", type: "USER_KEY", weight: -3 },
      });
      expect(all).toMatchObject({
        name: "affinity.rack",
        value: "rack-2",
        type: "USER_KEY",
        weight: -3,
      });
      const { data: read } = await ctx.a.GET("/customers/{customerId}/keys/{keyId}", {
        params: { path: keyPath },
      });
      expect(read).toEqual(all);
    });

    it("refuses an edit into a name and type another key has with 409 on name; another type is fine", async () => {
      const { customer } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: "taken", value: "first", type: "USER_KEY" },
      });
      const { data: other } = await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: "free", value: "second", type: "USER_KEY" },
      });
      const keyPath = { ...path, keyId: other!.id };
      const header = { "If-Match": other!.etag };
      await expectProblem(
        ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
          params: { path: keyPath, header },
          body: { name: "taken" },
        }),
        409,
        ["name"],
      );
      // A key may keep its own name and type (an edit of its value, say) ...
      const { response: same } = await ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: { path: keyPath, header },
        body: { name: "free", type: "USER_KEY", value: "second, edited" },
      });
      expect(same.status).toBe(200);
      // ... and take the name of another type's key.
      const { data: retyped } = await ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: { path: keyPath, header: { "If-Match": same.headers.get("ETag")! } },
        body: { name: "taken", type: "SYSTEM_KEY" },
      });
      expect(retyped).toMatchObject({ name: "taken", type: "SYSTEM_KEY" });
      // Retyping it back into the taken USER_KEY name is the same conflict.
      await expectProblem(
        ctx.a.PATCH("/customers/{customerId}/keys/{keyId}", {
          params: { path: keyPath, header: { "If-Match": retyped!.etag } },
          body: { type: "USER_KEY" },
        }),
        409,
        ["name"],
      );
    });

    it("removes a key only with its current ETag", async () => {
      const { customer } = await ctx.newCustomer("a");
      const path = { customerId: customer.id };
      const { data: key } = await ctx.a.POST("/customers/{customerId}/keys", {
        params: { path },
        body: { name: "doomed", value: "v" },
      });
      const keyPath = { ...path, keyId: key!.id };
      const { data: edited } = await ctx.mbe.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: { path: keyPath, header: { "If-Match": key!.etag } },
        body: { value: "changed by someone else" },
      });
      await expectProblem(
        ctx.a.DELETE("/customers/{customerId}/keys/{keyId}", {
          params: { path: keyPath, header: { "If-Match": key!.etag } },
        }),
        412,
      );
      expectRawProblem(await ctx.raw("DELETE", pathOf("deleteKey", keyPath)), 428);
      const { response } = await ctx.a.DELETE("/customers/{customerId}/keys/{keyId}", {
        params: { path: keyPath, header: { "If-Match": edited!.etag } },
      });
      expect(response.status).toBe(204);
      await expectProblem(
        ctx.a.GET("/customers/{customerId}/keys/{keyId}", { params: { path: keyPath } }),
        404,
      );
    });
  });
}
