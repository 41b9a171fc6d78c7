import { describe, expect, it } from "vitest";
import { MemoryStore } from "../store/memory";
import type { CustomerRecord, UnitTransactionRecord, UserRecord } from "../store/types";
import { DomainError } from "./errors";
import {
  balanceView,
  bookTransaction,
  formatUnits,
  type TransactionInput,
  toCents,
  totalCents,
  toUnits,
} from "./ledger";

const now = new Date("2026-11-28T12:00:00.000Z");

function customer(overrides: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    id: "c1",
    billingEntityId: "be",
    name: "Northwind",
    status: "ACTIVE",
    createdAt: now.toISOString(),
    modifiedAt: now.toISOString(),
    version: 1,
    tagsVersion: 1,
    configuration: {
      productOfferId: null,
      address: {},
      vatNumber: null,
      vatExempt: false,
      paymentType: "PREPAY",
      unitWarnLevel: null,
      warningSent: false,
    },
    validationHtml: null,
    defaultLanguage: null,
    themeId: null,
    tags: [],
    assetMaxima: {},
    assetMaximaVersion: 1,
    assetMaximaModifiedAt: now.toISOString(),
    balance: { carryOver: 0, nonCarryOver: 0 },
    otherUsage: {},
    ...overrides,
  };
}

function user(id: string, isAdmin: boolean, status: UserRecord["status"] = "ACTIVE"): UserRecord {
  return {
    id,
    customerId: "c1",
    name: id,
    email: `${id}@x.example`,
    type: "NORMAL",
    isAdmin,
    status,
    language: null,
    credentialHint: null,
    createdAt: now.toISOString(),
    version: 1,
  };
}

interface Booked {
  store: MemoryStore;
  transaction?: UnitTransactionRecord;
  customer?: CustomerRecord;
  problem?: DomainError;
}

/** Books on a store holding `start`; returns the stored customer, or the problem it threw. */
function book(
  start: CustomerRecord,
  input: Partial<TransactionInput>,
  store = new MemoryStore(),
): Booked {
  store.put("customers", start);
  const full: TransactionInput = {
    direction: "CREDIT",
    amount: 100,
    unitType: "CARRY_OVER",
    description: "test",
    source: "MANUAL",
    createdBy: "Ada",
    ...input,
  };
  try {
    return { store, ...store.transaction(() => bookTransaction(store, start, full, now)) };
  } catch (error) {
    if (error instanceof DomainError) return { store, problem: error };
    throw error;
  }
}

/** The ledger of the store re-added: what the balance must equal. */
function ledgerSum(store: MemoryStore): number {
  return store
    .list("unitTransactions", "c1")
    .reduce((sum, t) => sum + (t.direction === "CREDIT" ? t.amount : -t.amount), 0);
}

describe("bookTransaction", () => {
  it("credits and debits the bucket of the unit type, recording opening and closing totals", () => {
    const start = customer({ balance: { carryOver: 10_000, nonCarryOver: 2_500 } });
    const { transaction, customer: after } = book(start, {
      direction: "DEBIT",
      amount: 1_050,
      unitType: "NON_CARRY_OVER",
    });
    expect(after?.balance).toEqual({ carryOver: 10_000, nonCarryOver: 1_450 });
    expect(transaction).toMatchObject({
      openingBalance: 12_500,
      closingBalance: 11_450,
      amount: 1_050,
      createdBy: "Ada",
      customerId: "c1",
    });
    // The customer's settings did not change, so neither does their version (the ETag).
    expect(after?.version).toBe(1);
  });

  it("keeps the balance equal to the ledger over a run of transactions", () => {
    const store = new MemoryStore();
    let current = customer();
    store.put("customers", current);
    const steps: [TransactionInput["direction"], number, TransactionInput["unitType"]][] = [
      ["CREDIT", 12_345, "CARRY_OVER"],
      ["CREDIT", 500, "NON_CARRY_OVER"],
      ["DEBIT", 45, "CARRY_OVER"],
      ["DEBIT", 500, "NON_CARRY_OVER"],
      ["DEBIT", 20_000, "CARRY_OVER"],
    ];
    for (const [direction, amount, unitType] of steps) {
      current = store.transaction(
        () =>
          bookTransaction(
            store,
            current,
            { direction, amount, unitType, description: "x", source: "MANUAL", createdBy: null },
            now,
          ).customer,
      );
      expect(totalCents(current)).toBe(ledgerSum(store));
    }
    expect(totalCents(current)).toBe(12_345 + 500 - 45 - 500 - 20_000);
    const entries = store.list("unitTransactions", "c1");
    for (let i = 1; i < entries.length; i++) {
      expect(entries[i]?.openingBalance).toBe(entries[i - 1]?.closingBalance);
    }
  });

  it("never takes non-carry-over units below zero (422 on amount), and writes nothing then", () => {
    const start = customer({ balance: { carryOver: 100_000, nonCarryOver: 300 } });
    const { problem, store } = book(start, {
      direction: "DEBIT",
      amount: 301,
      unitType: "NON_CARRY_OVER",
    });
    expect(problem?.kind).toBe("insufficient-units");
    expect(problem?.errors).toEqual([
      expect.objectContaining({
        field: "amount",
        message: "At most 3.00 non-carry-over units can be debited.",
      }),
    ]);
    expect(store.count("unitTransactions")).toBe(0);
    expect(store.get("customers", "c1")?.balance).toEqual(start.balance);
  });

  describe("cutoff balance", () => {
    const prepay = (cutoff: number | null, carryOver: number) =>
      customer({
        balance: { carryOver, nonCarryOver: 0 },
        assetMaxima: cutoff === null ? {} : { CUTOFF_BALANCE: toUnits(cutoff * 100) },
      });

    it("refuses a debit past it, saying how much can still be debited", () => {
      const { problem } = book(prepay(-100, 30_000), { direction: "DEBIT", amount: 42_000 });
      expect(problem?.kind).toBe("cutoff-balance");
      expect(problem?.detail).toBe(
        "The balance would be -120.00 units; the cutoff balance is -100.00.",
      );
      expect(problem?.errors).toEqual([
        {
          field: "amount",
          message: "At most 400.00 units can be debited.",
          code: "cutoffBalance",
        },
      ]);
    });

    it("allows reaching it exactly", () => {
      const { customer: after } = book(prepay(-100, 30_000), {
        direction: "DEBIT",
        amount: 40_000,
      });
      expect(totalCents(after as CustomerRecord)).toBe(-10_000);
    });

    it("says nothing can be debited when the balance is already below it", () => {
      const { problem } = book(prepay(50, 1_000), { direction: "DEBIT", amount: 1 });
      expect(problem?.errors?.[0]?.message).toBe(
        "No units can be debited: the balance is at the cutoff balance or below it.",
      );
    });

    it("still allows credits below it, and anything without a cutoff", () => {
      expect(book(prepay(50, 1_000), { direction: "CREDIT", amount: 1 }).problem).toBeUndefined();
      expect(book(prepay(null, 0), { direction: "DEBIT", amount: 99_999 }).problem).toBeUndefined();
    });

    it("exempts INVOICE (credit) customers", () => {
      const start = prepay(-100, 0);
      start.configuration.paymentType = "INVOICE";
      const { customer: after } = book(start, { direction: "DEBIT", amount: 50_000 });
      expect(totalCents(after as CustomerRecord)).toBe(-50_000);
    });
  });

  it("refuses a credit that would take the balance past 1,000,000,000 units", () => {
    const start = customer({ balance: { carryOver: toCents("999999999"), nonCarryOver: 0 } });
    const { problem } = book(start, { amount: toCents("2") });
    expect(problem?.kind).toBe("limit-reached");
    expect(problem?.errors?.[0]).toMatchObject({
      field: "amount",
      message: "At most 1.00 units can be credited.",
    });
  });

  describe("warn level", () => {
    function withWarnLevel(level: number | null, carryOver: number) {
      const c = customer({ balance: { carryOver, nonCarryOver: 0 } });
      c.configuration.unitWarnLevel = level === null ? null : toUnits(level * 100);
      return c;
    }

    it("sends the warning once to the active admin users when the balance falls to the level", () => {
      const store = new MemoryStore();
      store.put("users", user("admin", true));
      store.put("users", user("plain", false));
      store.put("users", user("gone-admin", true, "DISABLED"));
      const first = book(withWarnLevel(100, 15_000), { direction: "DEBIT", amount: 5_000 }, store);
      expect(first.customer?.configuration.warningSent).toBe(true);
      const emails = store.list("emails", "c1");
      expect(emails).toHaveLength(1);
      expect(emails[0]).toMatchObject({ kind: "UNIT_WARNING", recipients: [{ userId: "admin" }] });
      expect(emails[0]?.message).toContain("100.00");

      // Further down: no second e-mail.
      book(first.customer as CustomerRecord, { direction: "DEBIT", amount: 1_000 }, store);
      expect(store.list("emails", "c1")).toHaveLength(1);
    });

    it("clears warningSent when the balance is back above the level, so the next fall warns again", () => {
      const store = new MemoryStore();
      const low = book(withWarnLevel(100, 10_000), { direction: "DEBIT", amount: 1 }, store);
      expect(low.customer?.configuration.warningSent).toBe(true);
      const back = book(low.customer as CustomerRecord, { amount: 5_000 }, store);
      expect(back.customer?.configuration.warningSent).toBe(false);
      const again = book(
        back.customer as CustomerRecord,
        { direction: "DEBIT", amount: 5_000 },
        store,
      );
      expect(again.customer?.configuration.warningSent).toBe(true);
      expect(store.list("emails", "c1")).toHaveLength(2);
    });

    it("sends nothing without a level, or above it", () => {
      const store = new MemoryStore();
      book(withWarnLevel(null, 0), { direction: "DEBIT", amount: 100 }, store);
      book(withWarnLevel(1, 10_000), { direction: "DEBIT", amount: 100 }, store);
      expect(store.count("emails")).toBe(0);
    });
  });
});

describe("balanceView", () => {
  it("shows units (not cents) as decimal strings, the warn level, the cutoff and the payment type", () => {
    const c = customer({
      balance: { carryOver: 100_050, nonCarryOver: 25_000 },
      assetMaxima: { CUTOFF_BALANCE: "-50.00" },
    });
    c.configuration.unitWarnLevel = "100.00";
    expect(balanceView(c)).toEqual({
      carryOver: "1000.50",
      nonCarryOver: "250.00",
      unitBalance: "1250.50",
      unitWarnLevel: "100.00",
      warningSent: false,
      cutoffBalance: "-50.00",
      paymentType: "PREPAY",
    });
  });

  it("formats amounts with exactly two decimals, and parses them without floating point", () => {
    expect(formatUnits(-12_050)).toBe("-120.50");
    expect(formatUnits(5)).toBe("0.05");
    expect(toUnits(0)).toBe("0.00");
    expect(toUnits(-5)).toBe("-0.05");
    // 0.29 * 100 is 28.999999999999996 in floating point; the digits are read as integers.
    expect(toCents("0.29")).toBe(29);
    expect(toCents("2288.61")).toBe(228_861);
    expect(toCents("-50")).toBe(-5_000);
    expect(toCents("1.5")).toBe(150);
    expect(toCents("-0.00")).toBe(0);
    expect(Object.is(toCents("-0"), 0)).toBe(true);
    expect(toCents("1000000000.00")).toBe(100_000_000_000);
    expect(() => toCents("1.005")).toThrow();
    expect(() => toCents("1e3")).toThrow();
  });
});
