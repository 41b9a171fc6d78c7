import type { GetToken } from "../middleware/auth";
import type { Fetch } from "./index";
import { discard } from "./retry";

/**
 * One refresh after a 401: asks for a fresh token, sets it on the request and sends it once more;
 * a second 401 is the caller's (problem.ts throws it).
 *
 * The token of the first attempt comes from the auth middleware, which runs once per call. This
 * layer sets the fresh one itself because middleware cannot see attempts: they happen below it.
 * Outside retry, so that the request sent after a refresh is retried like any other, and a retried
 * attempt that gets a 401 is refreshed too.
 */
export function withAuthRefresh(fetch: Fetch, getToken: GetToken): Fetch {
  // Calls that get a 401 at about the same time share one refresh.
  let refreshing: Promise<string> | undefined;
  return async (request) => {
    const response = await fetch(request);
    if (response.status !== 401) return response;
    discard(response);
    refreshing ??= Promise.resolve(getToken({ forceRefresh: true })).finally(() => {
      refreshing = undefined;
    });
    // The request is still unsent (the layers below send copies), so its body and
    // Idempotency-Key go out again as they were.
    request.headers.set("Authorization", `Bearer ${await refreshing}`);
    return fetch(request);
  };
}
