import type { Middleware } from "openapi-fetch";
import { CustomerKitError } from "../errors";
import { keepForReplay } from "./replay";

/**
 * A deadline per attempt, through the request's AbortSignal. The innermost layer, so:
 * - every attempt, including the ones retry and auth send again, gets a fresh deadline;
 * - it is the last to touch the request before it goes out, so it keeps the unsent copy that
 *   those layers send again (see replay.ts), taken before the deadline is attached;
 * - it sees a failed fetch first and names it, before retry decides on it. Only this layer can
 *   tell its own abort from the caller's: a deadline becomes kind "timeout", any other failure
 *   kind "network", and the caller's own cancel is left alone (query libraries look for it).
 *   Naming failures here rather than in problem.ts also covers failures of re-sent requests, which
 *   reach the caller from inside another layer's onResponse and so never pass problem.ts.
 */
export function timeoutMiddleware(timeoutMs: number): Middleware {
  // Node lets AbortSignal.any() lose a timeout signal that nothing else references: once garbage
  // collected it never fires, and a hanging request hangs for good (nodejs/node#57736). Each
  // request holds its deadline here for as long as the request itself lives.
  const deadlines = new WeakMap<Request, AbortSignal>();
  return {
    onRequest({ request }) {
      const copy = request.clone();
      const deadline = AbortSignal.timeout(timeoutMs);
      // any() keeps the caller's signal working: cancelling a query still aborts the fetch.
      const sent = new Request(request, { signal: AbortSignal.any([request.signal, deadline]) });
      deadlines.set(sent, deadline);
      keepForReplay(sent, copy);
      return sent;
    },
    onError({ request: { signal }, error }) {
      if (signal.aborted) {
        return signal.reason?.name === "TimeoutError"
          ? new CustomerKitError({
              kind: "timeout",
              status: 0,
              title: "Timeout",
              detail: `No response within ${timeoutMs} ms`,
              cause: error,
            })
          : undefined;
      }
      return new CustomerKitError({
        kind: "network",
        status: 0,
        title: "Network error",
        detail: error instanceof Error ? error.message : undefined,
        cause: error,
      });
    },
  };
}
