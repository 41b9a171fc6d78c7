import { isCustomerKitError } from "../errors";
import type { Fetch } from "./index";

/**
 * The most attempts one call makes with the default {@link RetryOptions}: the first and 2 retries.
 * The client is the one layer that retries, so a query library over it must not retry as well
 * (TanStack Query: `retry: false`, see {@link queryRetryOptions}); otherwise a failing read makes
 * this many attempts times the library's.
 */
export const MAX_ATTEMPTS = 3;

/**
 * TanStack Query's setting for queries and mutations over this client, so that exactly one layer
 * retries: the client, which knows what may be sent twice (idempotent methods, a POST's
 * Idempotency-Key), which statuses are worth it and what `Retry-After` asks, where TanStack Query
 * by default retries every failure 3 times, a 400 and a 404 too, on top of the client's attempts.
 *
 * @example queryOptions({ ...queryRetryOptions, queryKey, queryFn })
 */
export const queryRetryOptions = { retry: false } as const;

/** How failed attempts are retried. */
export interface RetryOptions {
  /** Attempts after the first. @default 2 (so {@link MAX_ATTEMPTS} in all) */
  retries?: number;
  /** The first backoff; each later one doubles, each with up to 50% jitter off. @default 300 */
  baseDelayMs?: number;
}

// Methods that may be sent twice (RFC 9110 §9.2.2), plus a POST that carries an Idempotency-Key.
const IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];
// The gateway and overload statuses, where the next attempt may well succeed. Never 500 (a bug
// does not go away) nor any 4xx (the request itself is wrong).
const RETRYABLE = [502, 503, 504];
/** A `Retry-After` longer than this ends retrying instead of keeping the user waiting. */
export const MAX_RETRY_AFTER_MS = 10_000;

/** Milliseconds asked for by a `Retry-After` (delay-seconds or an HTTP date), if any. */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get("Retry-After");
  if (value === null) return undefined;
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal.addEventListener("abort", abort, { once: true });
  });
}

/**
 * Retries network failures and 502/503/504 of requests that may be sent twice, with exponential
 * backoff, or after `Retry-After` when the server says how long to wait. Timeouts are not retried:
 * an attempt that used all of `timeoutMs` has made the user wait long enough.
 *
 * Every attempt sends the same request again (the layer below sends a copy and keeps it unread),
 * so all attempts carry the same body, token and Idempotency-Key.
 */
export function withRetry(
  fetch: Fetch,
  { retries = MAX_ATTEMPTS - 1, baseDelayMs = 300 }: RetryOptions,
): Fetch {
  return async (request) => {
    const safe =
      IDEMPOTENT.includes(request.method) ||
      (request.method === "POST" && request.headers.has("Idempotency-Key"));
    for (let attempt = 0; ; attempt++) {
      const more = safe && attempt < retries;
      const backoff = baseDelayMs * 2 ** attempt * (1 - Math.random() / 2);
      let response: Response;
      try {
        response = await fetch(request);
      } catch (error) {
        // Only a network failure is worth another attempt; a timeout or a cancel ends here.
        if (!more || !isCustomerKitError(error) || error.kind !== "network") throw error;
        // The request carries the caller's signal: a cancel during the wait ends it at once.
        await sleep(backoff, request.signal);
        continue;
      }
      const asked = retryAfter(response);
      if (!more || !RETRYABLE.includes(response.status) || (asked ?? 0) > MAX_RETRY_AFTER_MS) {
        return response;
      }
      // Free the connection: nobody will read this body. Not awaited: a cancel may never settle
      // (MSW's mocked bodies in Node don't), and the next attempt must not wait on it.
      discard(response);
      await sleep(asked ?? backoff, request.signal);
    }
  };
}

/** Cancels a body nobody will read, without waiting for (or failing on) the cancel. */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}
