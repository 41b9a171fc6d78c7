import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { Versioned } from "../queries/versioned";

/**
 * A record that carries its `etag` in its body (a user, a key), as cached: its own query, else the
 * first cached list page that has it. The version an edit or a removal is based on.
 */
export function cachedRecord<T extends { id: string; etag: string }>(
  qc: QueryClient,
  detailKey: QueryKey,
  listKey: QueryKey,
  id: string,
): Versioned<T> | undefined {
  let found = qc.getQueryData<T>(detailKey);
  for (const [, data] of qc.getQueriesData<{ items?: T[]; pages?: { items: T[] }[] }>({
    queryKey: listKey,
  })) {
    const items = data?.pages?.flatMap((p) => p.items) ?? data?.items ?? [];
    found ??= items.find((item) => item.id === id);
  }
  return found && { value: found, etag: found.etag };
}
