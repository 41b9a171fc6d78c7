import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { type ContractContext, expectProblem } from "../harness";

export function defineCommunicationCases(ctx: ContractContext): void {
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
}
