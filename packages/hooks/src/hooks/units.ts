"use client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import { type LedgerFilters, unitQueries } from "../queries/units";

/** A customer's unit balance (`GET …/units`). */
export function useUnitBalance(customerId: string) {
  const { client } = useCustomerKit();
  return useQuery(unitQueries.balance(client, customerId));
}

/**
 * A customer's ledger (`GET …/unit-transactions`), newest first, one page after another:
 * `data.pages`, `fetchNextPage()`, `hasNextPage`.
 * @param filters `limit` (page size). @default {}
 */
export function useLedger(customerId: string, filters: LedgerFilters = {}) {
  const { client } = useCustomerKit();
  return useInfiniteQuery(unitQueries.ledger(client, customerId, filters));
}
