/**
 * Units: the balance and its ledger, unit offers, the cutoff balance, the warn level, idempotency
 * of POSTs, and the ledger invariant under concurrency.
 */
import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import {
  allPages,
  type ContractContext,
  cents,
  expectProblem,
  type Schemas,
  uniqueName,
} from "../harness";

type Transaction = Schemas["UnitTransaction"];

export function defineUnitCases(ctx: ContractContext): void {
  /** A fresh customer of reseller A, and its path params. */
  async function customerWith(body: Parameters<ContractContext["newCustomer"]>[1] = {}) {
    const { customer } = await ctx.newCustomer("a", body);
    return { customer, path: { customerId: customer.id } };
  }

  async function setCutoff(customerId: string, cutoff: string | null) {
    const etag = await ctx.maximaEtag(customerId, "a");
    await ctx.a.PUT("/customers/{customerId}/asset-maxima", {
      params: { path: { customerId }, header: { "If-Match": etag } },
      body: { limits: { CUTOFF_BALANCE: cutoff } },
    });
  }

  function transact(
    customerId: string,
    body: Schemas["UnitTransactionCreate"],
    idempotencyKey?: string,
  ) {
    return ctx.a.POST("/customers/{customerId}/unit-transactions", {
      params: {
        path: { customerId },
        ...(idempotencyKey ? { header: { "Idempotency-Key": idempotencyKey } } : {}),
      },
      body,
    });
  }

  async function ledgerOf(customerId: string): Promise<Transaction[]> {
    return allPages<Transaction>(async (cursor) => {
      const { data } = await ctx.a.GET("/customers/{customerId}/unit-transactions", {
        params: { path: { customerId }, query: { limit: 50, ...(cursor ? { cursor } : {}) } },
      });
      return data!;
    });
  }

  async function balanceOf(customerId: string) {
    const { data } = await ctx.a.GET("/customers/{customerId}/units", {
      params: { path: { customerId } },
    });
    return data!;
  }

  /**
   * The ledger invariant: every transaction closes at its opening ± its amount, each opens where
   * the one before closed (from zero), and the balance is the last closing balance.
   */
  async function expectLedgerConsistent(customerId: string): Promise<Transaction[]> {
    const ledger = await ledgerOf(customerId);
    const oldestFirst = [...ledger].reverse();
    let running = 0;
    let sum = 0;
    for (const tx of oldestFirst) {
      const sign = tx.direction === "CREDIT" ? 1 : -1;
      expect(cents(tx.openingBalance), `transaction ${tx.id} opens where the last closed`).toBe(
        running,
      );
      expect(cents(tx.closingBalance), `transaction ${tx.id} closes at opening ± amount`).toBe(
        cents(tx.openingBalance) + sign * cents(tx.amount),
      );
      running = cents(tx.closingBalance);
      sum += sign * cents(tx.amount);
    }
    const balance = await balanceOf(customerId);
    expect(cents(balance.unitBalance)).toBe(sum);
    expect(cents(balance.unitBalance)).toBe(running);
    expect(cents(balance.carryOver) + cents(balance.nonCarryOver)).toBe(cents(balance.unitBalance));
    const { data: customer } = await ctx.a.GET("/customers/{customerId}", {
      params: { path: { customerId } },
    });
    expect(cents(customer!.unitBalance)).toBe(sum);
    return ledger;
  }

  describe("units", () => {
    it("credits and debits with a description, newest first in the ledger, by the admin who did it", async () => {
      const { customer } = await customerWith({ configuration: { unitWarnLevel: null } });
      const etagBefore = await ctx.customerEtag(customer.id, "a");
      const { data: me } = await ctx.a.GET("/me");
      const { data: credit, response } = await transact(customer.id, {
        description: "Goodwill credit",
        direction: "CREDIT",
        amount: "250",
        unitType: "NON_CARRY_OVER",
      });
      expect(response.status).toBe(201);
      expect(credit?.transaction).toMatchObject({
        description: "Goodwill credit",
        direction: "CREDIT",
        amount: "250.00",
        unitType: "NON_CARRY_OVER",
        source: "MANUAL",
        openingBalance: "0.00",
        closingBalance: "250.00",
        resource: null,
        createdBy: me!.admin.name,
      });
      expect(credit?.balance).toMatchObject({
        nonCarryOver: "250.00",
        unitBalance: "250.00",
        paymentType: "PREPAY",
      });
      const { data: credit2 } = await transact(customer.id, {
        description: "Carry-over by default",
        direction: "CREDIT",
        amount: "0.35",
      });
      expect(credit2?.transaction.unitType).toBe("CARRY_OVER");
      expect(credit2?.balance).toMatchObject({ carryOver: "0.35", unitBalance: "250.35" });
      const { data: debit } = await transact(customer.id, {
        description: "Debit",
        direction: "DEBIT",
        amount: "100.1",
      });
      // "100.1" was sent; the API answers with two decimals.
      expect(debit?.transaction).toMatchObject({
        amount: "100.10",
        openingBalance: "250.35",
        closingBalance: "150.25",
      });
      expect(debit?.balance.unitBalance).toBe("150.25");

      const ledger = await expectLedgerConsistent(customer.id);
      expect(ledger.map((t) => t.id)).toEqual([
        debit!.transaction.id,
        credit2!.transaction.id,
        credit!.transaction.id,
      ]);
      expect(await balanceOf(customer.id)).toEqual(debit!.balance);
      // The balance is read-only, not one of the settings the customer's ETag versions: it stays,
      // so that a settings form opened before the credits still saves.
      expect(await ctx.customerEtag(customer.id, "a")).toBe(etagBefore);
    });

    it("adds a unit product offer: credits its units, sourced OFFER_PURCHASE", async () => {
      const { customer } = await customerWith();
      const offerId = SANDBOX_IDS.productOffers.resellerAUnits1000;
      const { data, response } = await ctx.a.POST("/customers/{customerId}/unit-offer-purchases", {
        params: { path: { customerId: customer.id } },
        body: { productOfferId: offerId, description: "Monthly top-up" },
      });
      expect(response.status).toBe(201);
      expect(data?.productOffer).toMatchObject({
        id: offerId,
        kind: "UNIT_BUNDLE",
        units: "1000.00",
        price: { amount: "100.00", currency: "EUR" },
      });
      expect(data?.transaction).toMatchObject({
        direction: "CREDIT",
        amount: "1000.00",
        source: "OFFER_PURCHASE",
        description: "Monthly top-up",
        openingBalance: "0.00",
        closingBalance: "1000.00",
      });
      expect(data?.balance.unitBalance).toBe("1000.00");
      await expectLedgerConsistent(customer.id);
    });

    it("refuses an offer that is not a unit bundle of the customer's billing entity with 422 naming productOfferId", async () => {
      const { customer } = await customerWith();
      const { data: bOffers } = await ctx.b.GET("/product-offers", {
        params: { query: { kind: "UNIT_BUNDLE" } },
      });
      for (const productOfferId of [
        SANDBOX_IDS.productOffers.resellerABusinessPlan,
        bOffers!.items[0]!.id,
        "00000000-0000-4000-8000-000000000002",
      ]) {
        await expectProblem(
          ctx.a.POST("/customers/{customerId}/unit-offer-purchases", {
            params: { path: { customerId: customer.id } },
            body: { productOfferId, description: "Nope" },
          }),
          422,
          ["productOfferId"],
        );
      }
      expect((await balanceOf(customer.id)).unitBalance).toBe("0.00");
    });

    it("refuses a debit below CUTOFF_BALANCE for a PREPAY customer with 422 on amount, leaving the balance", async () => {
      const { customer } = await customerWith({ configuration: { paymentType: "PREPAY" } });
      await setCutoff(customer.id, "-50");
      await transact(customer.id, { description: "Start", direction: "CREDIT", amount: "100" });
      const error = await expectProblem(
        transact(customer.id, { description: "Too much", direction: "DEBIT", amount: "150.01" }),
        422,
        ["amount"],
      );
      expect(error.type).toMatch(/cutoff-balance$/);
      const balance = await balanceOf(customer.id);
      expect(balance).toMatchObject({
        unitBalance: "100.00",
        cutoffBalance: "-50.00",
        paymentType: "PREPAY",
      });
      expect((await ledgerOf(customer.id)).length).toBe(1);
      // Down to the cutoff itself is allowed: only *below* it is refused.
      const { data } = await transact(customer.id, {
        description: "Exactly to the cutoff",
        direction: "DEBIT",
        amount: "150",
      });
      expect(data?.balance.unitBalance).toBe("-50.00");
      await expectProblem(
        transact(customer.id, { description: "One cent more", direction: "DEBIT", amount: "0.01" }),
        422,
        ["amount"],
      );
      await expectLedgerConsistent(customer.id);
    });

    it("keeps the balance within the contract's range: a credit past 1,000,000,000 units is refused", async () => {
      const { customer } = await customerWith({ configuration: { unitWarnLevel: null } });
      const credit = { description: "Big", direction: "CREDIT", amount: "1000000" } as const;
      // 1,000 credits of the largest amount reach the maximum exactly; in parallel batches.
      for (let batch = 0; batch < 20; batch++) {
        await Promise.all(Array.from({ length: 50 }, () => transact(customer.id, credit)));
      }
      expect((await balanceOf(customer.id)).unitBalance).toBe("1000000000.00");
      const error = await ctx.a
        .POST("/customers/{customerId}/unit-transactions", {
          params: { path: { customerId: customer.id } },
          body: { ...credit, amount: "0.01" },
        })
        .then(
          () => undefined,
          (reason: { status?: number }) => reason,
        );
      expect([400, 422]).toContain(error?.status);
      // Every read still answers within the schema (the recorder checks unitBalance's maximum).
      expect((await balanceOf(customer.id)).unitBalance).toBe("1000000000.00");
    });

    it("lets an INVOICE customer go below its cutoff balance", async () => {
      const { customer } = await customerWith({ configuration: { paymentType: "INVOICE" } });
      await setCutoff(customer.id, "-50.00");
      const { data } = await transact(customer.id, {
        description: "Pay later",
        direction: "DEBIT",
        amount: "500",
      });
      expect(data?.balance).toMatchObject({ unitBalance: "-500.00", paymentType: "INVOICE" });
      await expectLedgerConsistent(customer.id);
    });

    it("sets warningSent once when the balance falls to the warn level, and clears it when it rises above", async () => {
      const { customer } = await customerWith({ configuration: { unitWarnLevel: "100" } });
      const id = customer.id;
      const warnings = () =>
        ctx.target.store?.list("emails", id).filter((email) => email.kind === "UNIT_WARNING")
          .length;
      const step = async (direction: "CREDIT" | "DEBIT", amount: string) =>
        (await transact(id, { description: `${direction} ${amount}`, direction, amount })).data!
          .balance;

      expect(await step("CREDIT", "150")).toMatchObject({
        unitBalance: "150.00",
        unitWarnLevel: "100.00",
        warningSent: false,
      });
      expect(await step("DEBIT", "50")).toMatchObject({ unitBalance: "100.00", warningSent: true });
      const { data: asCustomer } = await ctx.a.GET("/customers/{customerId}", {
        params: { path: { customerId: id } },
      });
      expect(asCustomer?.configuration.warningSent).toBe(true);
      expect(warnings() ?? 1).toBe(1);
      // Further down: still sent, not sent again.
      expect(await step("DEBIT", "30")).toMatchObject({ unitBalance: "70.00", warningSent: true });
      expect(warnings() ?? 1).toBe(1);
      // Above the level again: armed; crossing again sends once more.
      expect(await step("CREDIT", "31")).toMatchObject({
        unitBalance: "101.00",
        warningSent: false,
      });
      expect(await step("DEBIT", "2")).toMatchObject({ unitBalance: "99.00", warningSent: true });
      expect(warnings() ?? 2).toBe(2);
    });

    it("sends no warning when the warn level is null", async () => {
      const { customer } = await customerWith({
        configuration: { unitWarnLevel: null, paymentType: "INVOICE" },
      });
      const { data } = await transact(customer.id, {
        description: "Deep debit",
        direction: "DEBIT",
        amount: "1000",
      });
      expect(data?.balance).toMatchObject({
        unitBalance: "-1000.00",
        unitWarnLevel: null,
        warningSent: false,
      });
      const warnings = ctx.target.store
        ?.list("emails", customer.id)
        .filter((email) => email.kind === "UNIT_WARNING");
      expect(warnings ?? []).toEqual([]);
    });
  });

  describe("idempotency", () => {
    it("replays a sequential duplicate: same body, Idempotency-Replayed, one customer", async () => {
      const key = uniqueName("key").replace(/\s+/g, "-");
      const name = uniqueName("Idempotent");
      const send = () =>
        ctx.a.POST("/customers", {
          params: { header: { "Idempotency-Key": key } },
          body: { name, tags: ["once"] },
        });
      const first = await send();
      const second = await send();
      expect(first.response.status).toBe(201);
      expect(second.response.status).toBe(201);
      expect(first.response.headers.get("Idempotency-Replayed")).toBeNull();
      expect(second.response.headers.get("Idempotency-Replayed")).toBe("true");
      expect(second.data).toEqual(first.data);
      const { data } = await ctx.a.GET("/customers", { params: { query: { search: name } } });
      expect(data?.total).toBe(1);
    });

    it("replays a duplicate unit transaction without a second ledger entry", async () => {
      const { customer } = await customerWith();
      const key = uniqueName("tx").replace(/\s+/g, "-");
      const body = { description: "Once", direction: "CREDIT", amount: "10" } as const;
      const first = await transact(customer.id, body, key);
      const second = await transact(customer.id, body, key);
      expect(second.response.headers.get("Idempotency-Replayed")).toBe("true");
      expect(second.data).toEqual(first.data);
      expect((await ledgerOf(customer.id)).length).toBe(1);
      expect((await balanceOf(customer.id)).unitBalance).toBe("10.00");
    });

    it("has exactly one effect for 10 concurrent duplicates", async () => {
      const { customer } = await customerWith();
      const key = uniqueName("burst").replace(/\s+/g, "-");
      const body = { description: "Burst", direction: "CREDIT", amount: "7.5" } as const;
      const results = await Promise.all(
        Array.from({ length: 10 }, () => transact(customer.id, body, key)),
      );
      const ids = new Set(results.map((r) => r.data?.transaction.id));
      expect(ids.size).toBe(1);
      expect(
        results.filter((r) => r.response.headers.get("Idempotency-Replayed") === "true"),
      ).toHaveLength(9);
      expect((await ledgerOf(customer.id)).length).toBe(1);
      expect((await balanceOf(customer.id)).unitBalance).toBe("7.50");

      const name = uniqueName("Burst customer");
      const customerKey = uniqueName("burst-customer").replace(/\s+/g, "-");
      const created = await Promise.all(
        Array.from({ length: 10 }, () =>
          ctx.a.POST("/customers", {
            params: { header: { "Idempotency-Key": customerKey } },
            body: { name },
          }),
        ),
      );
      expect(new Set(created.map((r) => r.data?.id)).size).toBe(1);
      const { data } = await ctx.a.GET("/customers", { params: { query: { search: name } } });
      expect(data?.total).toBe(1);
    });

    it("refuses the same key with another body with 422, with no second effect", async () => {
      const { customer } = await customerWith();
      const key = uniqueName("reuse").replace(/\s+/g, "-");
      await transact(customer.id, { description: "First", direction: "CREDIT", amount: "1" }, key);
      const error = await expectProblem(
        transact(customer.id, { description: "First", direction: "CREDIT", amount: "2" }, key),
        422,
      );
      expect(error.type).toMatch(/idempotency-key-reused$/);
      expect((await balanceOf(customer.id)).unitBalance).toBe("1.00");
      // The same holds for the other POSTs that take a key.
      const name = uniqueName("Reuse");
      await ctx.a.POST("/customers", {
        params: { header: { "Idempotency-Key": key } },
        body: { name },
      });
      await expectProblem(
        ctx.a.POST("/customers", {
          params: { header: { "Idempotency-Key": key } },
          body: { name: `${name} 2` },
        }),
        422,
      );
    });

    it("does not hold a key to a request it refused as invalid: the corrected request goes through", async () => {
      // A form keeps one key per logical submit (see @customer-kit/client): after a 400 the user
      // fixes the field and submits again with the same key. That must create, not be a 422.
      const key = uniqueName("fix").replace(/\s+/g, "-");
      const name = uniqueName("Corrected");
      await expectProblem(
        ctx.a.POST("/customers", {
          params: { header: { "Idempotency-Key": key } },
          body: { name, configuration: { unitWarnLevel: "-1" } },
        }),
        400,
        ["configuration.unitWarnLevel"],
      );
      const { data, response } = await ctx.a.POST("/customers", {
        params: { header: { "Idempotency-Key": key } },
        body: { name },
      });
      expect(response.status).toBe(201);
      expect(response.headers.get("Idempotency-Replayed")).toBeNull();
      expect(data?.name).toBe(name);
    });

    it("keeps keys apart per customer: one key on two customers is two effects", async () => {
      const one = await customerWith();
      const two = await customerWith();
      const key = uniqueName("scope").replace(/\s+/g, "-");
      const body = { description: "Scoped", direction: "CREDIT", amount: "3" } as const;
      await transact(one.customer.id, body, key);
      const second = await transact(two.customer.id, body, key);
      expect(second.response.headers.get("Idempotency-Replayed")).toBeNull();
      expect((await balanceOf(two.customer.id)).unitBalance).toBe("3.00");
    });
  });

  describe("ledger invariant", () => {
    it("holds after 200 concurrent mixed credits and debits", async () => {
      const { customer } = await customerWith({ configuration: { paymentType: "PREPAY" } });
      await setCutoff(customer.id, "0");
      await transact(customer.id, { description: "Seed", direction: "CREDIT", amount: "100" });
      // Debits outweigh credits, so that some run into the cutoff and must fail cleanly (422).
      const requests = Array.from({ length: 200 }, (_, i) => {
        const direction = i % 3 === 0 ? "CREDIT" : "DEBIT";
        const amountCents = ((i * 37) % 900) + 1;
        const amount = `${Math.floor(amountCents / 100)}.${String(amountCents % 100).padStart(2, "0")}`;
        return transact(customer.id, {
          description: `Concurrent ${i}`,
          direction,
          amount,
          unitType: i % 2 === 0 ? "CARRY_OVER" : "NON_CARRY_OVER",
        }).then(
          () => "ok" as const,
          (error: { status?: number }) => error.status,
        );
      });
      const outcomes = await Promise.all(requests);
      const succeeded = outcomes.filter((o) => o === "ok").length;
      expect(outcomes.filter((o) => o !== "ok" && o !== 422)).toEqual([]);
      expect(outcomes.filter((o) => o === 422).length).toBeGreaterThan(0);
      const ledger = await expectLedgerConsistent(customer.id);
      expect(ledger.length).toBe(succeeded + 1);
      // The cutoff held throughout: no transaction closed below it.
      expect(ledger.every((t) => cents(t.closingBalance) >= 0)).toBe(true);
    });
  });
}
