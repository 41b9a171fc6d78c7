import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import type { QueryParams } from "./params";

/** Filters of a customer's users: paging. */
export type UserFilters = QueryParams<"listUsers">;

/** A customer's users. Each carries its `etag` in its body, so they are cached as the contract's types. */
export const userQueries = {
  /** `GET /customers/{customerId}/users`. */
  list: (client: CustomerKitClient, customerId: string, filters: UserFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).userList(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/users", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/users/{userId}`. */
  detail: (client: CustomerKitClient, customerId: string, userId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).user(userId),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/users/{userId}", {
            params: { path: { customerId, userId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
};
