import { describe, expect, it } from "vitest";
import { type ContractContext, expectProblem, expectRawProblem, uniqueName } from "../harness";
import { pathOf } from "../requests";

function email(prefix: string): string {
  return `${uniqueName(prefix).replace(/\W+/g, ".")}@users.example`;
}

export function defineUserCases(ctx: ContractContext): void {
  /** A new customer of reseller A with one active admin user. */
  async function customerWithAdmin() {
    const { customer } = await ctx.newCustomer("a");
    const path = { customerId: customer.id };
    const { data: admin } = await ctx.a.POST("/customers/{customerId}/users", {
      params: { path },
      body: { name: "Only Admin", email: email("admin"), isAdmin: true },
    });
    return { customer, path, admin: admin! };
  }

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

  describe("users: ETags", () => {
    it("answers a user's ETag on create, read and list (as etag), and only the current one edits it", async () => {
      const { path, admin } = await customerWithAdmin();
      const userPath = { ...path, userId: admin.id };
      const { data: read, response } = await ctx.a.GET("/customers/{customerId}/users/{userId}", {
        params: { path: userPath },
      });
      expect(response.headers.get("ETag")).toBe(admin.etag);
      expect(read?.etag).toBe(admin.etag);
      const { data: list } = await ctx.a.GET("/customers/{customerId}/users", { params: { path } });
      expect(list?.items.find((u) => u.id === admin.id)?.etag).toBe(admin.etag);

      // From the list, without a GET: the list's etag is an If-Match.
      const { data: renamed, response: patched } = await ctx.a.PATCH(
        "/customers/{customerId}/users/{userId}",
        {
          params: { path: userPath, header: { "If-Match": admin.etag } },
          body: { name: "Renamed" },
        },
      );
      expect(renamed?.name).toBe("Renamed");
      expect(patched.headers.get("ETag")).toBe(renamed?.etag);
      expect(renamed?.etag).not.toBe(admin.etag);

      // Another admin's form, opened before the rename, is stale now.
      await expectProblem(
        ctx.mbe.PATCH("/customers/{customerId}/users/{userId}", {
          params: { path: userPath, header: { "If-Match": admin.etag } },
          body: { name: "Overwritten" },
        }),
        412,
      );
      const missing = await ctx.raw("PATCH", pathOf("updateUser", userPath), {
        body: { name: "Overwritten" },
      });
      expectRawProblem(missing, 428);
      const { data: after } = await ctx.a.GET("/customers/{customerId}/users/{userId}", {
        params: { path: userPath },
      });
      expect(after?.name).toBe("Renamed");
    });
  });

  describe("users: disabling", () => {
    it("disables a user with status DISABLED: still listed and counted, no longer sent the admins' e-mail; enables it again", async () => {
      const { customer, path, admin } = await customerWithAdmin();
      const { data: second } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Second Admin", email: email("second"), isAdmin: true },
      });
      const secondPath = { ...path, userId: second!.id };
      const { data: disabled } = await ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
        params: { path: secondPath, header: { "If-Match": second!.etag } },
        body: { status: "DISABLED" },
      });
      expect(disabled).toMatchObject({ status: "DISABLED", isAdmin: true });
      const { data: list } = await ctx.a.GET("/customers/{customerId}/users", { params: { path } });
      expect(list?.total).toBe(2);
      const { data: sent } = await ctx.a.POST("/customers/{customerId}/emails", {
        params: { path },
        body: { subject: "To the admins", message: "Hello." },
      });
      expect(sent?.recipients.map((r) => r.userId)).toEqual([admin.id]);

      // A disabled user still counts towards MAX_CUSTOMER_USERS.
      await ctx.a.PUT("/customers/{customerId}/asset-maxima", {
        params: { path, header: { "If-Match": await ctx.maximaEtag(customer.id, "a") } },
        body: { limits: { MAX_CUSTOMER_USERS: 2 } },
      });
      await expectProblem(
        ctx.a.POST("/customers/{customerId}/users", {
          params: { path },
          body: { name: "Third", email: email("third") },
        }),
        422,
      );

      const { data: enabled } = await ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
        params: { path: secondPath, header: { "If-Match": disabled!.etag } },
        body: { status: "ACTIVE" },
      });
      expect(enabled?.status).toBe("ACTIVE");
    });
  });

  describe("users: removing", () => {
    it("removes a user: 204, then 404 and gone from the list, no recipient any more, no longer counted", async () => {
      const { customer, path } = await customerWithAdmin();
      const { data: leaver } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Leaver", email: email("leaver") },
      });
      await ctx.a.PUT("/customers/{customerId}/asset-maxima", {
        params: { path, header: { "If-Match": await ctx.maximaEtag(customer.id, "a") } },
        body: { limits: { MAX_CUSTOMER_USERS: 2 } },
      });
      const leaverPath = { ...path, userId: leaver!.id };
      const { response } = await ctx.a.DELETE("/customers/{customerId}/users/{userId}", {
        params: { path: leaverPath, header: { "If-Match": leaver!.etag } },
      });
      expect(response.status).toBe(204);
      await expectProblem(
        ctx.a.GET("/customers/{customerId}/users/{userId}", { params: { path: leaverPath } }),
        404,
      );
      const { data: list } = await ctx.a.GET("/customers/{customerId}/users", { params: { path } });
      expect(list?.items.map((u) => u.id)).not.toContain(leaver!.id);
      expect(list?.total).toBe(1);
      await expectProblem(
        ctx.a.POST("/customers/{customerId}/emails", {
          params: { path },
          body: { subject: "Bye", message: "Hello.", recipients: [leaver!.id] },
        }),
        422,
        ["recipients.0"],
      );
      // Its place under MAX_CUSTOMER_USERS is free again.
      const { response: added } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Newcomer", email: email("newcomer") },
      });
      expect(added.status).toBe(201);
      // Removing it again: not found (whatever the ETag).
      await expectProblem(
        ctx.a.DELETE("/customers/{customerId}/users/{userId}", {
          params: { path: leaverPath, header: { "If-Match": leaver!.etag } },
        }),
        404,
      );
    });

    it("removes a user only with its current ETag: 412 when stale, 428 when missing", async () => {
      const { path } = await customerWithAdmin();
      const { data: user } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Guarded", email: email("guarded") },
      });
      const userPath = { ...path, userId: user!.id };
      await ctx.mbe.PATCH("/customers/{customerId}/users/{userId}", {
        params: { path: userPath, header: { "If-Match": user!.etag } },
        body: { name: "Guarded, renamed" },
      });
      await expectProblem(
        ctx.a.DELETE("/customers/{customerId}/users/{userId}", {
          params: { path: userPath, header: { "If-Match": user!.etag } },
        }),
        412,
      );
      expectRawProblem(await ctx.raw("DELETE", pathOf("deleteUser", userPath)), 428);
      const { data } = await ctx.a.GET("/customers/{customerId}/users/{userId}", {
        params: { path: userPath },
      });
      expect(data?.name).toBe("Guarded, renamed");
    });

    it("keeps the last active admin user: removing, disabling or demoting it is 409 naming the field", async () => {
      const { path, admin } = await customerWithAdmin();
      const adminPath = { ...path, userId: admin.id };
      const header = { "If-Match": admin.etag };
      await expectProblem(
        ctx.a.DELETE("/customers/{customerId}/users/{userId}", {
          params: { path: adminPath, header },
        }),
        409,
        ["userId"],
      );
      await expectProblem(
        ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
          params: { path: adminPath, header },
          body: { status: "DISABLED" },
        }),
        409,
        ["status"],
      );
      await expectProblem(
        ctx.a.PATCH("/customers/{customerId}/users/{userId}", {
          params: { path: adminPath, header },
          body: { isAdmin: false },
        }),
        409,
        ["isAdmin"],
      );
      // With another active admin, the first may go.
      await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Successor", email: email("successor"), isAdmin: true },
      });
      const { response } = await ctx.a.DELETE("/customers/{customerId}/users/{userId}", {
        params: { path: adminPath, header },
      });
      expect(response.status).toBe(204);
    });
  });

  describe("users: API-key credentials", () => {
    it("shows a new API-key user's credential once: in the 201 (and its replay), never in a read or list", async () => {
      const { path } = await customerWithAdmin();
      const key = uniqueName("api-user").replace(/\s+/g, "-");
      const body = { name: "Terraform", email: email("terraform"), type: "API_KEY" } as const;
      const { data: created, response } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path, header: { "Idempotency-Key": key } },
        body,
      });
      expect(response.status).toBe(201);
      const credential = created?.credential;
      expect(credential).toMatch(/^ck_test_[0-9a-f]{32}$/);
      expect(created?.credentialHint).toBe(credential!.slice(-4));

      const userPath = { ...path, userId: created!.id };
      const { data: read } = await ctx.a.GET("/customers/{customerId}/users/{userId}", {
        params: { path: userPath },
      });
      expect(read).not.toHaveProperty("credential");
      expect(read?.credentialHint).toBe(credential!.slice(-4));
      const { data: list } = await ctx.a.GET("/customers/{customerId}/users", { params: { path } });
      expect(JSON.stringify(list)).not.toContain(credential!);

      // The replay of the same request (its first answer lost, say) shows the same credential;
      // nothing new is created.
      const { data: replayed, response: replay } = await ctx.a.POST(
        "/customers/{customerId}/users",
        { params: { path, header: { "Idempotency-Key": key } }, body },
      );
      expect(replay.headers.get("Idempotency-Replayed")).toBe("true");
      expect(replayed).toEqual(created);
      const { data: after } = await ctx.a.GET("/customers/{customerId}/users", {
        params: { path },
      });
      expect(after?.total).toBe(2);

      // Each API-key user has a credential of its own; a normal user has none.
      const { data: other } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { ...body, email: email("terraform2") },
      });
      expect(other?.credential).toMatch(/^ck_test_/);
      expect(other?.credential).not.toBe(credential);
      const { data: normal } = await ctx.a.POST("/customers/{customerId}/users", {
        params: { path },
        body: { name: "Normal", email: email("normal") },
      });
      expect(normal).not.toHaveProperty("credential");
      expect(normal?.credentialHint).toBeNull();
    });
  });
}
