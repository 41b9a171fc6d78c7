import { CustomerKitError } from "../errors";
import type { Fetch } from "./index";

/**
 * A deadline per attempt, through the request's AbortSignal. The innermost layer, so:
 * - every attempt, including the ones retry and auth refresh send again, gets a fresh deadline;
 * - it sends a copy and leaves the request it was given unread: the layers above may hand the same
 *   request again (a body can be read only once), and each attempt then carries the same body,
 *   token and Idempotency-Key;
 * - it sees a failed fetch first and names it, before retry decides on it. Only this layer can
 *   tell its own abort from the caller's: a deadline becomes kind "timeout", any other failure
 *   kind "network", and the caller's own cancel is left alone (query libraries look for it).
 */
export function withTimeout(fetch: Fetch, timeoutMs: number): Fetch {
  // Node lets AbortSignal.any() lose a timeout signal that nothing else references: once garbage
  // collected it never fires, and a hanging request hangs for good (nodejs/node#57736). The signal
  // that goes out holds its deadline here for as long as it lives itself, body download included.
  const deadlines = new WeakMap<AbortSignal, AbortSignal>();
  return async (request) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    // any() keeps the caller's signal working: cancelling a query still aborts the fetch.
    const signal = AbortSignal.any([request.signal, deadline]);
    deadlines.set(signal, deadline);
    try {
      return await fetch(new Request(request.clone(), { signal }));
    } catch (error) {
      if (!deadline.aborted && request.signal.aborted) throw error;
      throw new CustomerKitError(
        deadline.aborted
          ? {
              kind: "timeout",
              status: 0,
              title: "Timeout",
              detail: `No response within ${timeoutMs} ms`,
              cause: error,
            }
          : {
              kind: "network",
              status: 0,
              title: "Network error",
              detail: error instanceof Error ? error.message : undefined,
              cause: error,
            },
      );
    }
  };
}
