import type { CallResult } from "@customer-kit/client";

/**
 * A resource as cached together with the version it was read at: `value` is the body, `etag` the
 * response's `ETag` header. The kit caches this shape for the resources a UI edits with `If-Match`
 * whose version comes only in a header (a customer's detail, its tags, its asset maxima); their
 * hooks select `value` as `data` and expose `etag` beside it.
 */
export interface Versioned<T> {
  /** The resource as the server sent it. */
  value: T;
  /** The `ETag` response header, to send back as `If-Match`. `""` when the server sent none. */
  etag: string;
}

/**
 * A {@link Versioned} from a call's result: its body and the `ETag` header of its response.
 *
 * @example queryFn: async ({ signal }) => versioned(await client.GET(path, { params, signal }))
 */
export function versioned<T>({ data, response }: CallResult<T>): Versioned<T> {
  return { value: data, etag: response.headers.get("ETag") ?? "" };
}
