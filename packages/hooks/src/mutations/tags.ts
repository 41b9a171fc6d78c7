"use client";
import type { TagSet } from "@customer-kit/client";
import { customerQueries } from "../queries/customers";
import { kitKeys } from "../queries/keys";
import { versioned } from "../queries/versioned";
import { type EditOptions, useVersionedEdit } from "./core";
import { writeEffects } from "./invalidation";

/**
 * Replaces the customer's availability tags (`replaceCustomerTags`) with `If-Match` on the tags'
 * own version. On `412` it saves again on the latest tags when nobody else changed them since
 * the base; otherwise `conflict` has `tags` with base, theirs and yours.
 */
export function useReplaceCustomerTags(customerId: string, options: EditOptions<TagSet> = {}) {
  const key = kitKeys.customer(customerId).tags();
  const path = { path: { customerId } };
  return useVersionedEdit<TagSet, TagSet, TagSet>({
    base: (qc) => options.base ?? qc.getQueryData(key),
    body: (v) => v,
    toBody: ({ tags }) => ({ tags }),
    read: (client, _v, qc) =>
      qc.fetchQuery({ ...customerQueries.tags(client, customerId), staleTime: 0 }),
    send: async (client, _v, body, etag) =>
      versioned(
        await client.PUT("/customers/{customerId}/tags", {
          params: { ...path, header: { "If-Match": etag } },
          body,
        }),
      ),
    store: (qc, _v, saved) => qc.setQueryData(key, saved),
    effect: (qc, _v, saved) => writeEffects.replaceCustomerTags(qc, customerId, saved),
  });
}
