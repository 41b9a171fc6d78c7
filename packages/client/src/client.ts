import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./generated/schema";
import { authMiddleware, type GetToken } from "./middleware/auth";
import { idempotencyMiddleware } from "./middleware/idempotency";
import { problemMiddleware } from "./middleware/problem";
import { through } from "./middleware/replay";
import { type RetryOptions, retryMiddleware } from "./middleware/retry";
import { timeoutMiddleware } from "./middleware/timeout";

export type { GetToken, RetryOptions };

/** Options of {@link createCustomerKitClient}. */
export interface CustomerKitClientOptions {
  /** The API's base URL, up to and including `/api/v1`, e.g. `http://127.0.0.1:4010/api/v1`. */
  baseUrl: string;
  /**
   * Returns the bearer token: with `forceRefresh: false` before every call (return a cached one),
   * with `forceRefresh: true` once after a 401 (get a new one; the call is then sent once more).
   */
  getToken: GetToken;
  /**
   * The fetch to send requests with.
   * @default globalThis.fetch, looked up at each call so that MSW and similar patches apply
   */
  fetch?: typeof fetch;
  /**
   * How long one attempt may take, in milliseconds, until its response headers and body are in.
   * Each retry gets its own. Running out throws a CustomerKitError of kind `"timeout"`.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Retries of network failures and of 502, 503 and 504, only for requests that may be sent twice:
   * GET, HEAD, OPTIONS, PUT, DELETE, and POST with an `Idempotency-Key` (the client gives every
   * POST one). Backoff is exponential with jitter; a `Retry-After` of up to 10 s is followed, a
   * longer one ends retrying. `false` turns retries off.
   * @default { retries: 2, baseDelayMs: 300 }
   */
  retry?: RetryOptions | false;
}

/**
 * A typed client for the customer-admin API: openapi-fetch's `GET`/`POST`/`PATCH`/`PUT`/`DELETE`
 * on the contract's paths, relative to `baseUrl`:
 *
 * ```ts
 * const client = createCustomerKitClient({ baseUrl, getToken: () => session.token });
 * const { data: customer } = await client.GET("/customers/{customerId}", {
 *   params: { path: { customerId } },
 * });
 * ```
 *
 * A call resolves only for a 2xx answer; anything else throws a {@link CustomerKitError}.
 */
export function createCustomerKitClient(options: CustomerKitClientOptions) {
  const { baseUrl, getToken, timeoutMs = 30_000, retry = {} } = options;
  const fetch = (request: Request) => (options.fetch ?? globalThis.fetch)(request);

  // Outermost first. openapi-fetch runs onRequest in this order and onResponse/onError in reverse:
  //   problem      turns any non-2xx answer into a thrown CustomerKitError, after the others
  //   idempotency  sets the Idempotency-Key once per call, so all attempts carry the same key
  //   auth         sets the token; after a 401 sends once more through retry and timeout
  //   retry        sends again through timeout on a network failure or a 502/503/504
  //   timeout      gives each attempt its own deadline; names failures "timeout" or "network"
  // openapi-fetch sends only once, so retry and auth re-send through the layers below them
  // themselves (replay.ts); the layers above them run once per call.
  const timeout = timeoutMiddleware(timeoutMs);
  const below: Middleware[] = retry
    ? [retryMiddleware(retry, through([timeout], fetch)), timeout]
    : [timeout];

  const client = createClient<paths>({ baseUrl, fetch });
  client.use(
    problemMiddleware(),
    idempotencyMiddleware(),
    authMiddleware(getToken, through(below, fetch)),
    ...below,
  );
  return client;
}

/** The client {@link createCustomerKitClient} returns. */
export type CustomerKitClient = ReturnType<typeof createCustomerKitClient>;

/**
 * The `data` of a call, for places that want the value alone (a TanStack Query `queryFn`).
 * Since the client throws for every non-2xx answer, a call that resolves has its data (`undefined`
 * only for a 204); this says so to the type checker instead of a `!` at every call site.
 *
 * @example queryFn: () => unwrap(client.GET("/me"))
 */
export async function unwrap<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}
