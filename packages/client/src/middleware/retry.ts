import type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";
import { type CustomerKitError, isCustomerKitError } from "../errors";
import { replayOf, type Send } from "./replay";

/** How failed attempts are retried. */
export interface RetryOptions {
  /** Attempts after the first. @default 2 */
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

const isNetworkError = (error: unknown): error is CustomerKitError =>
  isCustomerKitError(error) && error.kind === "network";

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
 */
export function retryMiddleware(
  { retries = 2, baseDelayMs = 300 }: RetryOptions,
  send: Send,
): Middleware {
  // Responses this layer already settled on. When onError recovers with a response, openapi-fetch
  // then runs every onResponse on it, this layer's too: that must not start a second round.
  const settled = new WeakSet<Response>();

  async function retry(
    context: MiddlewareCallbackParams,
    outcome: Response | CustomerKitError,
  ): Promise<Response | CustomerKitError> {
    const { request } = context;
    const safe =
      IDEMPOTENT.includes(request.method) ||
      (request.method === "POST" && request.headers.has("Idempotency-Key"));
    for (let attempt = 0; safe && attempt < retries; attempt++) {
      let delay = baseDelayMs * 2 ** attempt * (1 - Math.random() / 2);
      if (outcome instanceof Response) {
        if (!RETRYABLE.includes(outcome.status)) break;
        const asked = retryAfter(outcome);
        if (asked !== undefined) {
          if (asked > MAX_RETRY_AFTER_MS) break;
          delay = asked;
        }
      } else if (!isNetworkError(outcome)) break;
      const copy = replayOf(request);
      if (!copy) break;
      // Free the connection: nobody will read this body.
      if (outcome instanceof Response) await outcome.body?.cancel();
      // The copy carries the caller's signal: a cancel during the wait ends it at once.
      await sleep(delay, copy.signal);
      try {
        outcome = await send(copy, context);
      } catch (error) {
        // Only a network failure is worth another attempt; a timeout or a cancel ends here.
        if (!isNetworkError(error)) throw error;
        outcome = error;
      }
    }
    if (outcome instanceof Response) settled.add(outcome);
    return outcome;
  }

  return {
    async onResponse(context) {
      if (settled.has(context.response)) return;
      const outcome = await retry(context, context.response);
      // openapi-fetch has no error channel out of onResponse: throw. The error is a
      // CustomerKitError already (timeout.ts named it), so skipping problem.ts loses nothing.
      if (outcome instanceof Response) return outcome;
      throw outcome;
    },
    onError(context) {
      if (isNetworkError(context.error)) return retry(context, context.error);
    },
  };
}
