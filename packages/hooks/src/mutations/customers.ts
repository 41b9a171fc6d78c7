"use client";
import type {
  Customer,
  CustomerCreate,
  CustomerKitClient,
  CustomerPatch,
  ImpersonationCreate,
  SimilarCustomerCreate,
} from "@customer-kit/client";
import type { QueryClient } from "@tanstack/react-query";
import { customerQueries } from "../queries/customers";
import { kitKeys } from "../queries/keys";
import { type Versioned, versioned } from "../queries/versioned";
import { type EditOptions, useKitMutation, useVersionedEdit } from "./core";
import { writeEffects } from "./invalidation";

const idem = (key: string) => ({ "Idempotency-Key": key });

// The latest version, through the query factory: one fetcher per resource, and it lands in the cache.
const readCustomer = (qc: QueryClient, client: CustomerKitClient, customerId: string) =>
  qc.fetchQuery({ ...customerQueries.detail(client, customerId), staleTime: 0 });

/**
 * Creates a customer (`createCustomer`); resolves with it and its ETag, already in the cache.
 * One `Idempotency-Key` per logical submit (see the README, "Idempotency").
 */
export function useCreateCustomer() {
  return useKitMutation({
    send: async (client, body: CustomerCreate, key) =>
      versioned(await client.POST("/customers", { params: { header: idem(key) }, body })),
    effect: (qc, _v, created) => writeEffects.createCustomer(qc, created),
  });
}

/**
 * Creates a customer like this one (`createSimilarCustomer`), with its own name; resolves with
 * the new customer and its ETag.
 */
export function useCreateSimilarCustomer(customerId: string) {
  return useKitMutation({
    send: async (client, body: SimilarCustomerCreate, key) =>
      versioned(
        await client.POST("/customers/{customerId}/similar", {
          params: { path: { customerId }, header: idem(key) },
          body,
        }),
      ),
    effect: (qc, _v, created) => writeEffects.createCustomer(qc, created),
  });
}

/**
 * Edits the customer (`updateCustomer`): `mutate(patch)`, the changed fields only (merge
 * semantics; `null` clears an optional field), with `If-Match` on the version the edit was based
 * on (`options.base`, else the cached customer at the time of the save).
 * On `412` a change of other fields by someone else is merged without asking; a change of the
 * same fields ends the mutation with `conflict` (base, theirs and yours per field).
 */
export function useUpdateCustomer(customerId: string, options: EditOptions<Customer> = {}) {
  const keys = kitKeys.customer(customerId);
  return useVersionedEdit<CustomerPatch, Customer, CustomerPatch>({
    base: (qc) => options.base ?? qc.getQueryData(keys.detail()),
    body: (v) => v,
    read: (client, _v, qc) => readCustomer(qc, client, customerId),
    send: async (client, _v, body, etag) =>
      versioned(
        await client.PATCH("/customers/{customerId}", {
          params: { path: { customerId }, header: { "If-Match": etag } },
          body,
        }),
      ),
    store: (qc, _v, saved) => qc.setQueryData(keys.detail(), saved),
    effect: (qc, v, saved) => writeEffects.updateCustomer(qc, customerId, v, saved),
  });
}

/**
 * Deletes the customer (`deleteCustomer`) with `If-Match`: the `etag` passed, else the cached
 * customer's. A `412` (someone changed it since) is not overridden: it is the mutation's error.
 */
export function useDeleteCustomer(customerId: string) {
  return useKitMutation({
    // biome-ignore lint/suspicious/noConfusingVoidType: `void` lets `mutate()` take no argument.
    send: async (client, v: { etag?: string } | void, _key, qc) => {
      const etag =
        v?.etag ??
        qc.getQueryData<Versioned<Customer>>(kitKeys.customer(customerId).detail())?.etag ??
        (await readCustomer(qc, client, customerId)).etag;
      await client.DELETE("/customers/{customerId}", {
        params: { path: { customerId }, header: { "If-Match": etag } },
      });
      return undefined; // a 204: nothing to show
    },
    effect: (qc) => writeEffects.deleteCustomer(qc, customerId),
  });
}

/** Logs in as the customer (`impersonateCustomer`); resolves with the token and control-panel URL. */
export function useImpersonateCustomer(customerId: string) {
  return useKitMutation({
    send: async (client, body: ImpersonationCreate, key) =>
      (
        await client.POST("/customers/{customerId}/impersonations", {
          params: { path: { customerId }, header: idem(key) },
          body,
        })
      ).data,
    effect: (qc) => writeEffects.jobRecorded(qc, customerId),
  });
}
