"use client";
import type {
  Customer,
  UnitBalance,
  UnitOfferPurchaseCreate,
  UnitTransactionCreate,
} from "@customer-kit/client";
import { kitKeys } from "../queries/keys";
import type { Versioned } from "../queries/versioned";
import { useKitMutation } from "./core";
import { writeEffects } from "./invalidation";

// Units are decimal strings with two decimals, up to 13 integer digits: as integer cents they
// stay exact in a double, and the answer's own strings replace these anyway.
const cents = (units: string) => Math.round(Number(units) * 100);
const plus = (units: string, delta: number) => ((cents(units) + delta) / 100).toFixed(2);

/**
 * Credits or debits units (`createUnitTransaction`). The balance, and the customer's
 * `unitBalance`, move at once and move back if the write fails (a debit below the cutoff is a
 * `422`). One `Idempotency-Key` per logical submit: a double click, a retry or the user's "try
 * again" with the same input books once. Resolves with the transaction and the new balance.
 */
export function useCreateUnitTransaction(customerId: string) {
  const keys = kitKeys.customer(customerId);
  return useKitMutation({
    send: async (client, body: UnitTransactionCreate, key) =>
      (
        await client.POST("/customers/{customerId}/unit-transactions", {
          params: { path: { customerId }, header: { "Idempotency-Key": key } },
          body,
        })
      ).data,
    optimistic: async (qc, { amount, direction, unitType = "CARRY_OVER" }) => {
      // A balance fetch under way would overwrite the optimistic one with the old.
      await qc.cancelQueries({ queryKey: keys.balance() });
      const balance = qc.getQueryData<UnitBalance>(keys.balance());
      const detail = qc.getQueryData<Versioned<Customer>>(keys.detail());
      const delta = (direction === "CREDIT" ? 1 : -1) * cents(amount);
      const part = unitType === "CARRY_OVER" ? "carryOver" : "nonCarryOver";
      if (balance)
        qc.setQueryData<UnitBalance>(keys.balance(), {
          ...balance,
          [part]: plus(balance[part], delta),
          unitBalance: plus(balance.unitBalance, delta),
        });
      if (detail)
        qc.setQueryData<Versioned<Customer>>(keys.detail(), {
          ...detail,
          value: { ...detail.value, unitBalance: plus(detail.value.unitBalance, delta) },
        });
      return () => {
        if (balance) qc.setQueryData(keys.balance(), balance);
        if (detail) qc.setQueryData(keys.detail(), detail);
      };
    },
    effect: (qc, _v, result) => writeEffects.balanceMoved(qc, customerId, result.balance),
  });
}

/**
 * Adds a unit bundle product offer (`purchaseUnitOffer`): credits its units. One
 * `Idempotency-Key` per logical submit, as {@link useCreateUnitTransaction}.
 */
export function usePurchaseUnitOffer(customerId: string) {
  return useKitMutation({
    send: async (client, body: UnitOfferPurchaseCreate, key) =>
      (
        await client.POST("/customers/{customerId}/unit-offer-purchases", {
          params: { path: { customerId }, header: { "Idempotency-Key": key } },
          body,
        })
      ).data,
    effect: (qc, _v, purchase) => writeEffects.balanceMoved(qc, customerId, purchase.balance),
  });
}
