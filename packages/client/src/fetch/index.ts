import type { GetToken } from "../middleware/auth";
import { withAuthRefresh } from "./auth-refresh";
import { type RetryOptions, withRetry } from "./retry";
import { withTimeout } from "./timeout";

/** A fetch as openapi-fetch calls it: one Request in, one Response out. */
export type Fetch = (request: Request) => Promise<Response>;

/**
 * The one place where a call is sent more than once: the fetch handed to openapi-fetch's
 * `createClient({ fetch })`, so it runs below every middleware. openapi-fetch sends a call once
 * and has no way to send again (openapi-ts/openapi-typescript#2075), and a middleware that
 * re-sends must re-run the middleware below it in openapi-fetch's order by hand; a fetch wrapper
 * needs none of that. openapi-fetch calls this once per call, after every `onRequest` and before
 * every `onResponse`/`onError`; inside, outermost first:
 *
 *   withAuthRefresh  after a 401, a fresh token and one more send through retry and timeout
 *   withRetry        sends again on a network failure or a 502/503/504
 *   withTimeout      a fresh deadline per attempt; names failures "timeout" or "network"
 *   send             the host's fetch (or the global one, looked up per attempt), once per attempt
 */
export function composeFetch(
  send: Fetch,
  {
    getToken,
    timeoutMs,
    retry,
  }: { getToken: GetToken; timeoutMs: number; retry: RetryOptions | false },
): Fetch {
  const attempt = withTimeout(send, timeoutMs);
  return withAuthRefresh(retry ? withRetry(attempt, retry) : attempt, getToken);
}
