import type { Middleware } from "openapi-fetch";
import { replayOf, type Send } from "./replay";

/**
 * Returns the bearer token. Called with `forceRefresh: false` before every call (return a cached
 * token) and with `forceRefresh: true` after a 401 (get a new one).
 */
export type GetToken = (context: { forceRefresh: boolean }) => string | Promise<string>;

/**
 * Bearer auth. After a 401 it asks for a fresh token and sends the request once more; a second 401
 * is the caller's (problem.ts throws it). The request sent again is the one that got the 401, so
 * it keeps its body and Idempotency-Key, and it goes through the layers below (retry, timeout).
 */
export function authMiddleware(getToken: GetToken, send: Send): Middleware {
  // Calls that get a 401 at about the same time share one refresh.
  let refreshing: Promise<string> | undefined;

  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await getToken({ forceRefresh: false })}`);
    },
    async onResponse({ response, ...context }) {
      const again = response.status === 401 ? replayOf(context.request) : undefined;
      if (!again) return;
      await response.body?.cancel();
      refreshing ??= Promise.resolve(getToken({ forceRefresh: true })).finally(() => {
        refreshing = undefined;
      });
      again.headers.set("Authorization", `Bearer ${await refreshing}`);
      return send(again, context);
    },
  };
}
