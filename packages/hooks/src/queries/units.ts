import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import type { QueryParams } from "./params";

/** Filters of the ledger: the page size (`limit`); the cursor is the infinite query's page param. */
export type LedgerFilters = Omit<QueryParams<"listUnitTransactions">, "cursor">;

/** A customer's units: the balance and the ledger of transactions. */
export const unitQueries = {
  /** `GET /customers/{customerId}/units`. */
  balance: (client: CustomerKitClient, customerId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).balance(),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/units", { params: { path: { customerId } }, signal }),
        ),
      ...queryRetryOptions,
    }),
  /**
   * `GET /customers/{customerId}/unit-transactions`, newest first, as an infinite query: each page
   * asks for the `nextCursor` of the one before; `hasNextPage` is false once it is `null`.
   */
  ledger: (client: CustomerKitClient, customerId: string, filters: LedgerFilters = {}) =>
    infiniteQueryOptions({
      queryKey: kitKeys.customer(customerId).ledger(filters),
      queryFn: ({ signal, pageParam }) =>
        unwrap(
          client.GET("/customers/{customerId}/unit-transactions", {
            params: { path: { customerId }, query: { ...filters, cursor: pageParam } },
            signal,
          }),
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      ...queryRetryOptions,
    }),
};
