import createClient, {
  type Client,
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
} from "openapi-fetch";
import { composeFetch } from "./fetch";
import type { RetryOptions } from "./fetch/retry";
import type { paths } from "./generated/schema";
import { authMiddleware, type GetToken } from "./middleware/auth";
import { idempotencyMiddleware } from "./middleware/idempotency";
import { problemMiddleware } from "./middleware/problem";

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
   * The fetch to send requests with, called once per attempt (retries and the re-send after a
   * 401 included) with the request exactly as it goes out. Wrap it to observe every attempt: the
   * middleware of `client.use()` runs once per call, around all of its attempts.
   * @default globalThis.fetch, looked up at each attempt so that MSW and similar patches apply
   */
  fetch?: (request: Request) => Promise<Response>;
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
   * longer one ends retrying. `false` turns retries off. The client is the one layer that retries:
   * give TanStack Query `retry: false` ({@link queryRetryOptions}).
   * @default { retries: 2, baseDelayMs: 300 }
   */
  retry?: RetryOptions | false;
}

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

// openapi-fetch's own rule, as it does not export it (InitParam, RequiredKeysOf): the options
// argument is optional when no key of it is required, and takes any extra RequestInit-like key.
// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is how to ask "is K optional?"
type RequiredKeysOfHelper<T> = { [K in keyof T]: {} extends Pick<T, K> ? never : K }[keyof T];
type RequiredKeysOf<T> =
  RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;
type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];

/**
 * What a call resolves with. The client throws a {@link CustomerKitError} for every answer outside
 * 200–299, so unlike openapi-fetch's result there is no `error` to check: `data` is the 2xx body
 * (`undefined` for a 204).
 */
export interface CallResult<Data> {
  /** The parsed 2xx body; `undefined` for a 204. */
  data: Data;
  /** The response, for its headers (`ETag`, `Location`, `Idempotency-Replayed`). */
  response: Response;
}

// The success branch of openapi-fetch's result for an operation; `never` data (a 204 has no
// content) is `undefined`.
type Result<Operation, Init> =
  Operation extends Record<string | number, unknown>
    ? FetchResponse<Operation, Init, `${string}/${string}`> extends infer R
      ? R extends { data: infer Data; error?: never }
        ? CallResult<[Data] extends [never] ? undefined : Data>
        : never
      : never
    : never;

type Call<Method extends HttpMethod> = <
  Path extends ClientPathsWithMethod<Client<paths>, Method>,
  Init extends MaybeOptionalInit<paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<Result<paths[Path][Method], Init>>;

/**
 * The client {@link createCustomerKitClient} returns: openapi-fetch's client, whose calls resolve
 * with a {@link CallResult} (no `error` branch, since every non-2xx answer throws).
 */
export interface CustomerKitClient
  extends Omit<
    Client<paths>,
    "request" | "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE"
  > {
  request<
    Method extends HttpMethod,
    Path extends ClientPathsWithMethod<Client<paths>, Method>,
    Init extends MaybeOptionalInit<paths[Path], Method>,
  >(
    method: Method,
    url: Path,
    ...init: InitParam<Init>
  ): Promise<Result<paths[Path][Method], Init>>;
  GET: Call<"get">;
  PUT: Call<"put">;
  POST: Call<"post">;
  DELETE: Call<"delete">;
  OPTIONS: Call<"options">;
  HEAD: Call<"head">;
  PATCH: Call<"patch">;
  TRACE: Call<"trace">;
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
export function createCustomerKitClient(options: CustomerKitClientOptions): CustomerKitClient {
  const { baseUrl, getToken, timeoutMs = 30_000, retry = {} } = options;
  const client = createClient<paths>({
    baseUrl,
    // Re-sending happens in this fetch, below all middleware (see fetch/index.ts).
    fetch: composeFetch((request) => (options.fetch ?? globalThis.fetch)(request), {
      getToken,
      timeoutMs,
      retry,
    }),
  });
  // Outermost first: openapi-fetch runs onRequest in this order, onResponse/onError in reverse,
  // once per call. problem turns any non-2xx into a thrown CustomerKitError after every other
  // onResponse (the host's too); idempotency and auth set their headers before the host's
  // onRequest, which so sees the request as it goes out. The host's middleware (client.use())
  // comes after these.
  client.use(problemMiddleware(), idempotencyMiddleware(), authMiddleware(getToken));
  return client as unknown as CustomerKitClient;
}

/**
 * The `data` of a call, for places that want the value alone (a TanStack Query `queryFn`).
 * A call's `data` is typed as its 2xx body already, so this only saves the destructuring; it still
 * takes openapi-fetch's own result type (`data?: T`), as it did before calls lost their `error`.
 *
 * @example queryFn: () => unwrap(client.GET("/me"))
 */
export async function unwrap<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}
