"use client";
import type { Customer, TagSet } from "@customer-kit/client";
import { useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import { type CustomerFilters, customerQueries, type TagsInUseFilters } from "../queries/customers";
import { useVersionedQuery, type VersionedQueryResult } from "./versioned";

/**
 * One page of the Customers list (`GET /customers`).
 * @param filters `search`, `status`, `tag`, `billingEntityId`, `sort`, `cursor`, `limit`. @default {}
 */
export function useCustomers(filters: CustomerFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(customerQueries.list(client, filters));
}

/** One customer (`GET /customers/{customerId}`): `data` is the `Customer`, `etag` its version. */
export function useCustomer(customerId: string): VersionedQueryResult<Customer> {
  const { client } = useCustomerKit();
  return useVersionedQuery(customerQueries.detail(client, customerId));
}

/** A customer's availability tags (`GET …/tags`): `data` is the list, `etag` its version. */
export function useCustomerTags(customerId: string): VersionedQueryResult<TagSet> {
  const { client } = useCustomerKit();
  return useVersionedQuery(customerQueries.tags(client, customerId));
}

/**
 * The tags the caller's customers carry (`GET /tags`), for completion and filters.
 * @param filters `q` (a prefix), `cursor`, `limit`. @default {}
 */
export function useTagsInUse(filters: TagsInUseFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(customerQueries.tagsInUse(client, filters));
}
