"use client";
import type { User, UserCreate, UserPatch } from "@customer-kit/client";
import { kitKeys } from "../queries/keys";
import { userQueries } from "../queries/users";
import { cachedRecord } from "./cache";
import { useKitMutation, useVersionedEdit } from "./core";
import { writeEffects } from "./invalidation";

/**
 * Adds a user (`createUser`). An `API_KEY` user's answer has its `credential`, shown once: the
 * cache keeps the user without it. One `Idempotency-Key` per logical submit, so a "try again"
 * after a lost answer replays it, the credential included.
 */
export function useCreateUser(customerId: string) {
  return useKitMutation({
    send: async (client, body: UserCreate, key) =>
      (
        await client.POST("/customers/{customerId}/users", {
          params: { path: { customerId }, header: { "Idempotency-Key": key } },
          body,
        })
      ).data,
    effect: (qc, _v, created) => {
      const { credential: _, ...user } = created;
      qc.setQueryData(kitKeys.customer(customerId).user(user.id), user);
      return writeEffects.usersChanged(qc, customerId);
    },
  });
}

/** What {@link useUpdateUser} takes. */
export interface UpdateUserVariables {
  userId: string;
  /** The changed fields only (merge semantics). */
  body: UserPatch;
  /** The user as the form started from it (its `etag`). @default the cached user, or its list item */
  base?: User;
}

/**
 * Edits, disables or enables a user (`updateUser`) with `If-Match`; on `412` it merges or ends
 * with `conflict`, as {@link useUpdateCustomer}.
 */
export function useUpdateUser(customerId: string) {
  const keys = kitKeys.customer(customerId);
  const path = (userId: string) => ({ path: { customerId, userId } });
  return useVersionedEdit<UpdateUserVariables, User, UserPatch>({
    base: (qc, v) =>
      v.base
        ? { value: v.base, etag: v.base.etag }
        : cachedRecord(qc, keys.user(v.userId), keys.userList(), v.userId),
    body: (v) => v.body,
    read: async (client, v, qc) => {
      const user = await qc.fetchQuery({
        ...userQueries.detail(client, customerId, v.userId),
        staleTime: 0,
      });
      return { value: user, etag: user.etag };
    },
    send: async (client, v, body, etag) => {
      const { data } = await client.PATCH("/customers/{customerId}/users/{userId}", {
        params: { ...path(v.userId), header: { "If-Match": etag } },
        body,
      });
      return { value: data, etag: data.etag };
    },
    store: (qc, v, saved) => qc.setQueryData(keys.user(v.userId), saved.value),
    effect: (qc, v, saved) =>
      writeEffects.userUpdated(qc, customerId, saved.value, v.body.name !== undefined),
  });
}

/** Removes a user (`deleteUser`) with `If-Match`: the `etag` passed, else the cached user's. */
export function useDeleteUser(customerId: string) {
  const keys = kitKeys.customer(customerId);
  return useKitMutation({
    send: async (client, v: { userId: string; etag?: string }, _key, qc) => {
      const params = { path: { customerId, userId: v.userId } };
      const etag =
        v.etag ??
        cachedRecord<User>(qc, keys.user(v.userId), keys.userList(), v.userId)?.etag ??
        (await qc.fetchQuery(userQueries.detail(client, customerId, v.userId))).etag;
      await client.DELETE("/customers/{customerId}/users/{userId}", {
        params: { ...params, header: { "If-Match": etag } },
      });
      return undefined; // a 204: nothing to show
    },
    effect: (qc, v) => {
      qc.removeQueries({ queryKey: keys.user(v.userId) });
      return writeEffects.usersChanged(qc, customerId);
    },
  });
}
