import type { Middleware } from "openapi-fetch";

/**
 * Returns the bearer token. Called with `forceRefresh: false` before every call (return a cached
 * token) and with `forceRefresh: true` after a 401 (get a new one).
 */
export type GetToken = (context: { forceRefresh: boolean }) => string | Promise<string>;

/**
 * Bearer auth: sets the token once per call, before the host's middleware, which so sees the
 * request as it goes out. The refresh after a 401 is not here but in the fetch below
 * (fetch/auth-refresh.ts): a middleware runs once per call and cannot send again.
 */
export function authMiddleware(getToken: GetToken): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await getToken({ forceRefresh: false })}`);
    },
  };
}
