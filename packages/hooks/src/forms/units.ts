"use client";
import type {
  TransactionDirection,
  UnitOfferPurchase,
  UnitTransactionResult,
  UnitType,
} from "@customer-kit/client";
import { useQuery } from "@tanstack/react-query";
import { constraints } from "../generated/constraints";
import { useCreateUnitTransaction, usePurchaseUnitOffer } from "../mutations";
import { useCustomerKit } from "../provider";
import { referenceQueries } from "../queries/reference";
import { formError, useForm } from "./core";
import type { CustomerFormOptions } from "./customer";

/** An error on `name` when it holds a line break (a pasted one: inputs take none typed). */
export const oneLine =
  <V extends Record<string, unknown>>(name: keyof V & string) =>
  (values: V) =>
    /[\r\n]/.test(String(values[name])) ? { [name]: formError("oneLine") } : {};

/** The values of {@link useUnitTransactionForm}; `amount` a decimal string (`"250"`, `"0.35"`). */
export type UnitTransactionValues = {
  direction: TransactionDirection;
  amount: string;
  description: string;
  unitType: UnitType;
};

/**
 * A credit or debit of units: amount (more than 0, at most 1,000,000, two decimals), one-line
 * description, unit type. @default direction "CREDIT", unitType "CARRY_OVER"
 */
export function useUnitTransactionForm({
  customerId,
  ...props
}: CustomerFormOptions<UnitTransactionValues>) {
  const create = useCreateUnitTransaction(customerId);
  return useForm<UnitTransactionValues, UnitTransactionResult>({
    ...props,
    base: { direction: "CREDIT", amount: "", description: "", unitType: "CARRY_OVER" },
    draftKey: `unitTransaction:${customerId}`,
    constraints: constraints.UnitTransactionCreate,
    prepare: (v) => ({ ...v, amount: v.amount.trim(), description: v.description.trim() }),
    validate: oneLine("description"),
    submit: (values) => create.mutateAsync(values),
  });
}

/** The values of {@link useUnitOfferForm}. */
export type UnitOfferValues = {
  productOfferId: string;
  description: string;
};

/** The purchase of a unit offer (a `UNIT_BUNDLE` product offer, listed in `offers`) with a one-line description. */
export function useUnitOfferForm({ customerId, ...props }: CustomerFormOptions<UnitOfferValues>) {
  const { client } = useCustomerKit();
  const purchase = usePurchaseUnitOffer(customerId);
  const offers = useQuery(
    referenceQueries.customerProductOffers(client, customerId, { kind: "UNIT_BUNDLE" }),
  ).data?.items;
  return {
    ...useForm<UnitOfferValues, UnitOfferPurchase>({
      ...props,
      base: { productOfferId: "", description: "" },
      draftKey: `unitOffer:${customerId}`,
      constraints: constraints.UnitOfferPurchaseCreate,
      prepare: (v) => ({ ...v, description: v.description.trim() }),
      validate: oneLine("description"),
      submit: (values) => purchase.mutateAsync(values),
    }),
    /** The unit offers the customer may buy; `undefined` until loaded. */
    offers,
  };
}
