/**
 * Prefetch helpers for server rendering: fill a QueryClient with what a component will read, so
 * that `dehydrate(queryClient)` sends it in the first HTML and the hooks on the client start with
 * it. No React and no "use client": a Next.js server component or a loader calls them.
 *
 * Like TanStack's `prefetchQuery`, they never throw: a read that fails is left out, and the hook
 * reads it again on the client (and shows its error there).
 */
import type { CustomerKitClient } from "@customer-kit/client";
import type { QueryClient } from "@tanstack/react-query";
import { assetMaximaQueries } from "./asset-maxima";
import { type CustomerFilters, customerQueries } from "./customers";
import { sessionQueries } from "./session";
import { unitQueries } from "./units";

/** The signed-in admin (`/me`), which `useMe` and the permission-dependent UI read first. */
export function prefetchMe(queryClient: QueryClient, client: CustomerKitClient): Promise<void> {
  return queryClient.prefetchQuery(sessionQueries.me(client));
}

/**
 * What the customer dialog shows first: the customer (its title and the first tab, Configuration,
 * read from the detail) and `/me` (what the admin may do).
 */
export async function prefetchCustomer(
  queryClient: QueryClient,
  client: CustomerKitClient,
  customerId: string,
): Promise<void> {
  await Promise.all([
    queryClient.prefetchQuery(customerQueries.detail(client, customerId)),
    prefetchMe(queryClient, client),
  ]);
}

/** One page of the Customers list for these filters, and `/me` (whether to offer the billing-entity filter). */
export async function prefetchCustomers(
  queryClient: QueryClient,
  client: CustomerKitClient,
  filters: CustomerFilters = {},
): Promise<void> {
  await Promise.all([
    queryClient.prefetchQuery(customerQueries.list(client, filters)),
    prefetchMe(queryClient, client),
  ]);
}

/** The Units tab: the balance and the first page of the ledger. */
export async function prefetchUnits(
  queryClient: QueryClient,
  client: CustomerKitClient,
  customerId: string,
): Promise<void> {
  await Promise.all([
    queryClient.prefetchQuery(unitQueries.balance(client, customerId)),
    queryClient.prefetchInfiniteQuery(unitQueries.ledger(client, customerId)),
  ]);
}

/** The Asset Maxima tab: the limits and the usage against them (with their ETag). */
export function prefetchAssetMaxima(
  queryClient: QueryClient,
  client: CustomerKitClient,
  customerId: string,
): Promise<void> {
  return queryClient.prefetchQuery(assetMaximaQueries.detail(client, customerId));
}
