import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import type { QueryParams } from "./params";
import { versioned } from "./versioned";

/** Filters of the Customers list (`GET /customers`): paging, search, status, tag, billing entity, sort. */
export type CustomerFilters = QueryParams<"listCustomers">;
/** Filters of the tags in use (`GET /tags`): paging and `q`, a prefix to complete. */
export type TagsInUseFilters = QueryParams<"listTags">;

/** Customers: the list, one customer (with its ETag), its tags (with theirs), the tags in use. */
export const customerQueries = {
  /** `GET /customers`: one page of the list for these filters. */
  list: (client: CustomerKitClient, filters: CustomerFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customers.list(filters),
      queryFn: ({ signal }) =>
        unwrap(client.GET("/customers", { params: { query: filters }, signal })),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}`, cached as `Versioned<Customer>` (the ETag is a header). */
  detail: (client: CustomerKitClient, customerId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).detail(),
      queryFn: async ({ signal }) =>
        versioned(
          await client.GET("/customers/{customerId}", {
            params: { path: { customerId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/tags`, cached as `Versioned<TagSet>`. */
  tags: (client: CustomerKitClient, customerId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).tags(),
      queryFn: async ({ signal }) =>
        versioned(
          await client.GET("/customers/{customerId}/tags", {
            params: { path: { customerId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /tags`: the tags the caller's customers carry, with how many carry each. */
  tagsInUse: (client: CustomerKitClient, filters: TagsInUseFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.tagsInUse(filters),
      queryFn: ({ signal }) => unwrap(client.GET("/tags", { params: { query: filters }, signal })),
      ...queryRetryOptions,
    }),
};
