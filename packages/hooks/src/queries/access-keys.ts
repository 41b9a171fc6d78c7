import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import type { QueryParams } from "./params";

// Named access-keys.ts because keys.ts holds the query keys (kitKeys).

/** Filters of a customer's keys: paging. */
export type KeyFilters = QueryParams<"listKeys">;

/** A customer's keys. Each carries its `etag` in its body, so they are cached as the contract's types. */
export const keyQueries = {
  /** `GET /customers/{customerId}/keys`. */
  list: (client: CustomerKitClient, customerId: string, filters: KeyFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).keyList(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/keys", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/keys/{keyId}`. */
  detail: (client: CustomerKitClient, customerId: string, keyId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).key(keyId),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/keys/{keyId}", {
            params: { path: { customerId, keyId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
};
