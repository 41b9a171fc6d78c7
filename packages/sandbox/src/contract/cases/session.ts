import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { type ContractContext, expectProblem } from "../harness";

const BE = SANDBOX_IDS.billingEntities;

export function defineSessionCases(ctx: ContractContext): void {
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
}
