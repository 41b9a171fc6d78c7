"use client";
import {
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
  useQuery,
} from "@tanstack/react-query";
import type { Versioned } from "../queries/versioned";

/**
 * A query of a {@link Versioned} resource as its hooks return it: TanStack's result with `data`
 * the resource itself and `etag` beside it, the version to send back as `If-Match`.
 */
export type VersionedQueryResult<T> = Omit<UseQueryResult<Versioned<T>>, "data"> & {
  /** The resource; `undefined` until it is first read. */
  data: T | undefined;
  /** Its version (the response's `ETag`); `undefined` until it is first read. */
  etag: string | undefined;
};

/** The one core of the versioned reads: `useQuery` with the value and its ETag taken apart. */
export function useVersionedQuery<T, Key extends QueryKey>(
  options: UseQueryOptions<Versioned<T>, Error, Versioned<T>, Key>,
): VersionedQueryResult<T> {
  const query = useQuery(options);
  return { ...query, data: query.data?.value, etag: query.data?.etag };
}
