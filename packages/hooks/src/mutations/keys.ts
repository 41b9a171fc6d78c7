"use client";
import type { Key, KeyCreate, KeyPatch } from "@customer-kit/client";
import { keyQueries } from "../queries/access-keys";
import { kitKeys } from "../queries/keys";
import { cachedRecord } from "./cache";
import { useKitMutation, useVersionedEdit } from "./core";
import { writeEffects } from "./invalidation";

/** Adds a key (`createKey`); one `Idempotency-Key` per logical submit. */
export function useCreateKey(customerId: string) {
  return useKitMutation({
    send: async (client, body: KeyCreate, key) =>
      (
        await client.POST("/customers/{customerId}/keys", {
          params: { path: { customerId }, header: { "Idempotency-Key": key } },
          body,
        })
      ).data,
    effect: (qc, _v, key) => writeEffects.keyChanged(qc, customerId, key.id, key),
  });
}

/** What {@link useUpdateKey} takes. */
export interface UpdateKeyVariables {
  keyId: string;
  /** The changed fields only (merge semantics). */
  body: KeyPatch;
  /** The key as the form started from it (its `etag`). @default the cached key, or its list item */
  base?: Key;
}

/** Edits a key (`updateKey`) with `If-Match`; on `412` it merges or ends with `conflict`. */
export function useUpdateKey(customerId: string) {
  const keys = kitKeys.customer(customerId);
  const path = (keyId: string) => ({ path: { customerId, keyId } });
  return useVersionedEdit<UpdateKeyVariables, Key, KeyPatch>({
    base: (qc, v) =>
      v.base
        ? { value: v.base, etag: v.base.etag }
        : cachedRecord(qc, keys.key(v.keyId), keys.keyList(), v.keyId),
    body: (v) => v.body,
    read: async (client, v, qc) => {
      const key = await qc.fetchQuery({
        ...keyQueries.detail(client, customerId, v.keyId),
        staleTime: 0,
      });
      return { value: key, etag: key.etag };
    },
    send: async (client, v, body, etag) => {
      const { data } = await client.PATCH("/customers/{customerId}/keys/{keyId}", {
        params: { ...path(v.keyId), header: { "If-Match": etag } },
        body,
      });
      return { value: data, etag: data.etag };
    },
    store: (qc, v, saved) => qc.setQueryData(keys.key(v.keyId), saved.value),
    effect: (qc, v, saved) => writeEffects.keyChanged(qc, customerId, v.keyId, saved.value),
  });
}

/** Removes a key (`deleteKey`) with `If-Match`: the `etag` passed, else the cached key's. */
export function useDeleteKey(customerId: string) {
  const keys = kitKeys.customer(customerId);
  return useKitMutation({
    send: async (client, v: { keyId: string; etag?: string }, _key, qc) => {
      const params = { path: { customerId, keyId: v.keyId } };
      const etag =
        v.etag ??
        cachedRecord<Key>(qc, keys.key(v.keyId), keys.keyList(), v.keyId)?.etag ??
        (await qc.fetchQuery(keyQueries.detail(client, customerId, v.keyId))).etag;
      await client.DELETE("/customers/{customerId}/keys/{keyId}", {
        params: { ...params, header: { "If-Match": etag } },
      });
      return undefined; // a 204: nothing to show
    },
    effect: (qc, v) => writeEffects.keyChanged(qc, customerId, v.keyId),
  });
}
