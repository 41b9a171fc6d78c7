"use client";
import {
  type CustomerKitClient,
  type CustomerKitError,
  queryRetryOptions,
} from "@customer-kit/client";
import {
  type QueryClient,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { useRef } from "react";
import { useCustomerKit } from "../provider";
import type { Versioned } from "../queries/versioned";
import { type Conflict, ConflictError, saveVersioned } from "./versioned";

/** What a write's hook is made of; see {@link useKitMutation}. */
export interface WriteSpec<V, R> {
  /** Sends the write. `key` is the `Idempotency-Key` of this logical submit (POSTs only). */
  send: (
    client: CustomerKitClient,
    variables: V,
    key: string,
    queryClient: QueryClient,
  ) => Promise<R>;
  /** What the write changed in the cache (an entry of `writeEffects`). */
  effect?: (queryClient: QueryClient, variables: V, data: R) => unknown;
  /** Shows the write before the server answers; returns what undoes it. */
  optimistic?: (queryClient: QueryClient, variables: V) => Promise<() => void>;
}

/**
 * The one core under every write's hook: `useMutation` over the provider's client with TanStack's
 * retries off (the client is the one layer that retries), the write's cache effects on success,
 * and one `Idempotency-Key` per logical submit.
 *
 * The key belongs to the input: the same input gets the same key until it succeeds, so a double
 * click, the client's retries and the user's "try again" after a failure are one submit, which the
 * server carries out once (and replays, `Idempotency-Replayed: true`). Another input, or the same
 * one after a success (a deliberate second credit), gets a new key. An optimistic update is shown
 * once per key, so a double click does not move a balance twice, and undone on failure.
 */
export function useKitMutation<V, R, E = CustomerKitError>(
  spec: WriteSpec<V, R>,
): UseMutationResult<R, E, V, Ctx | undefined> {
  const { client } = useCustomerKit();
  const queryClient = useQueryClient();
  // The input of the submit under way and its key; a JSON string compares deeply.
  const last = useRef<{ input: string; key: string } | null>(null);
  const pending = useRef(new Set<string>());
  const keyFor = (variables: V): string => {
    const input = JSON.stringify(variables) ?? "";
    if (last.current?.input !== input) last.current = { input, key: crypto.randomUUID() };
    return last.current.key;
  };
  return useMutation<R, E, V, Ctx | undefined>({
    ...queryRetryOptions,
    mutationFn: (variables) => spec.send(client, variables, keyFor(variables), queryClient),
    onMutate: async (variables) => {
      const key = keyFor(variables);
      if (pending.current.has(key)) return undefined;
      pending.current.add(key);
      return { key, undo: await spec.optimistic?.(queryClient, variables) };
    },
    onError: (_error, _variables, ctx) => ctx?.undo?.(),
    onSuccess: (data, variables) => {
      if (last.current?.input === JSON.stringify(variables)) last.current = null;
      return spec.effect?.(queryClient, variables, data);
    },
    onSettled: (_data, _error, _variables, ctx) => {
      if (ctx) pending.current.delete(ctx.key);
    },
  });
}

/** What `onMutate` hands on: the submit's key and what undoes its optimistic update. */
export interface Ctx {
  key: string;
  undo: (() => void) | undefined;
}

/** Options of a versioned edit's hook (`useUpdateCustomer(id, { base })`). */
export interface EditOptions<T> {
  /**
   * The version the user's edit was based on: pass the one the form started from, so that a
   * refetch in between does not hide someone else's change.
   * @default the cached version at the time of the save
   */
  base?: Versioned<T>;
}

/** What a versioned edit's hook is made of; see {@link useVersionedEdit}. */
export interface EditSpec<V, T, B> {
  /** The version the edit is based on: the one passed in, else the cached one. */
  base: (queryClient: QueryClient, variables: V) => Versioned<T> | undefined;
  /** The body the user sends. */
  body: (variables: V) => B;
  /** For a replacement (PUT): the body a value stands for (see `saveVersioned`). */
  toBody?: (value: T) => B;
  /** Reads the latest version (through the resource's query factory, so it lands in the cache). */
  read: (
    client: CustomerKitClient,
    variables: V,
    queryClient: QueryClient,
  ) => Promise<Versioned<T>>;
  send: (client: CustomerKitClient, variables: V, body: B, etag: string) => Promise<Versioned<T>>;
  /** Puts a version of the resource in the cache: the saved one, or the latest on a conflict. */
  store: (queryClient: QueryClient, variables: V, data: Versioned<T>) => void;
  /** What else the save changed in the cache (an entry of `writeEffects`). */
  effect?: (queryClient: QueryClient, variables: V, data: Versioned<T>) => unknown;
}

/** A versioned edit's mutation, and its {@link Conflict} when it ended with one. */
export type EditResult<V, T> = UseMutationResult<
  Versioned<T>,
  CustomerKitError | ConflictError<T>,
  V,
  Ctx | undefined
> & {
  /** The fields someone else changed too, with base, theirs and yours; the form keeps its input. */
  conflict: Conflict<T> | undefined;
};

/**
 * The core under every `If-Match` edit: {@link saveVersioned} on the version the edit was based on
 * (read first when none is passed or cached), the cache set from the answer, and on a real
 * conflict the latest version in the cache and the {@link Conflict} as `conflict`.
 */
export function useVersionedEdit<V, T, B>(spec: EditSpec<V, T, B>): EditResult<V, T> {
  const mutation = useKitMutation<V, Versioned<T>, CustomerKitError | ConflictError<T>>({
    send: async (client, variables, _key, queryClient) => {
      try {
        return await saveVersioned({
          base:
            spec.base(queryClient, variables) ?? (await spec.read(client, variables, queryClient)),
          body: spec.body(variables),
          toBody: spec.toBody,
          read: () => spec.read(client, variables, queryClient),
          send: (body, etag) => spec.send(client, variables, body, etag),
        });
      } catch (error) {
        if (error instanceof ConflictError)
          spec.store(queryClient, variables, error.conflict.latest);
        throw error;
      }
    },
    effect: (queryClient, variables, data) => {
      spec.store(queryClient, variables, data);
      return spec.effect?.(queryClient, variables, data);
    },
  });
  const error = mutation.error;
  return { ...mutation, conflict: error instanceof ConflictError ? error.conflict : undefined };
}
