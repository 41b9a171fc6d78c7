/**
 * The contract suite, defined once and run against each target (the Node server on SQLite, and
 * the MSW handlers on memory), so that the two stay one behaviour.
 *
 * Coverage of the contract is enforced, not hoped for: every response goes through the
 * recorder (validator.ts), and the last test fails for any operation of the contract that no
 * test drove to a 2xx answer. Adding an operation to the contract therefore fails this suite
 * until someone writes a test for it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { defineAssetMaximaCases } from "./cases/asset-maxima";
import { defineAvailabilityCases } from "./cases/availability";
import { defineBillingCases } from "./cases/billing";
import { defineCommunicationCases } from "./cases/communication";
import { defineConcurrencyCases } from "./cases/concurrency";
import { defineCustomerCases } from "./cases/customers";
import { defineKeyCases } from "./cases/keys";
import { defineMatrixCases } from "./cases/matrix";
import { defineReferenceCases } from "./cases/reference";
import { defineReportCases } from "./cases/reports";
import { defineResourceCases } from "./cases/resources";
import { defineSessionCases } from "./cases/session";
import { defineUnitCases } from "./cases/units";
import { defineUserCases } from "./cases/users";
import { ContractContext, type ContractTarget } from "./harness";
import { operations } from "./spec";

export type { ContractTarget } from "./harness";

/**
 * Defines the whole contract suite against the target `makeTarget` starts (once, before all
 * tests; closed after them). Returns the context, for target-specific tests in the same file.
 */
export function defineContractSuite(
  name: string,
  makeTarget: () => Promise<ContractTarget>,
): ContractContext {
  const ctx = new ContractContext();

  describe(`contract: ${name}`, () => {
    beforeAll(async () => {
      ctx.attach(await makeTarget());
    });
    afterAll(async () => {
      await ctx.target.close();
    });
    // Every response of every test must keep the contract: status declared for the operation,
    // declared content type, body valid against the schema.
    afterEach(() => {
      expect(ctx.recorder.takeViolations(), "responses that break the contract").toEqual([]);
    });

    // One file of cases per tag of the contract, in the contract's order of tags (named as the
    // routes modules are: `Asset maxima` → cases/asset-maxima.ts); then the cases that cut across
    // tags. layout.test.ts holds cases/ to that.
    defineSessionCases(ctx);
    defineCustomerCases(ctx);
    defineAvailabilityCases(ctx);
    defineAssetMaximaCases(ctx);
    defineUnitCases(ctx);
    defineUserCases(ctx);
    defineCommunicationCases(ctx);
    defineBillingCases(ctx);
    defineReportCases(ctx);
    defineResourceCases(ctx);
    defineKeyCases(ctx);
    defineReferenceCases(ctx);
    defineConcurrencyCases(ctx);
    defineMatrixCases(ctx);

    // Last, by definition order (vitest runs a file's tests in order).
    describe("coverage", () => {
      it("exercised every operation of the contract through the client, with a 2xx answer", () => {
        // Raw requests (bad input, matrices) do not count: each operation needs a test that uses
        // it as a host application would, through @customer-kit/client.
        const exercised = ctx.recorder.exercised("client");
        const missing = operations
          .map((op) => op.operationId)
          .filter((id) => ![...(exercised.get(id) ?? [])].some((s) => s >= 200 && s < 300));
        expect(missing, "operations no test drove to a 2xx").toEqual([]);
      });

      it("never answered with a 5xx, whatever it was sent", () => {
        // The afterEach check flags these too; this names them once more, over the whole run.
        const failures = ctx.recorder.exchanges.filter((e) => e.status >= 500);
        expect(failures.map((e) => `${e.method} ${e.path} → ${e.status}`)).toEqual([]);
        expect(ctx.recorder.exchanges.length).toBeGreaterThan(500);
      });
    });
  });

  return ctx;
}
