import type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";

/**
 * Sending a request again, for the layers that must (retry, auth).
 *
 * openapi-fetch runs each middleware's hooks once per call and sends once: it has no way to send
 * again. A layer that re-sends therefore does so itself, from inside its `onResponse`/`onError`,
 * and needs two things:
 * - an unsent copy of the request (a body can be read only once, and the first attempt read it);
 * - the layers below it, so that the new attempt gets what every attempt gets (a fresh timeout,
 *   retries) and nothing twice (the Idempotency-Key and token set above stay as they were).
 */

/** Sends a request through the layers below the caller and resolves with their final response. */
export type Send = (request: Request, context: MiddlewareCallbackParams) => Promise<Response>;

// Keyed by the request as it went out, which is what `onResponse` and `onError` receive; a
// WeakMap lets each copy go with its request.
const copies = new WeakMap<Request, Request>();

/** Keeps `copy`, taken before `sent` went out, for {@link replayOf}. */
export function keepForReplay(sent: Request, copy: Request): void {
  copies.set(sent, copy);
}

/** A new unsent copy of a request that went out, or `undefined` when none was kept. */
export function replayOf(sent: Request): Request | undefined {
  // Clone each time: the kept copy must stay unread for any later attempt.
  return copies.get(sent)?.clone();
}

/**
 * A {@link Send} through `layers`, with openapi-fetch's own semantics: `onRequest` in order, then
 * `fetch`, then `onError` (on a throw) and `onResponse` in reverse order.
 */
export function through(
  layers: Middleware[],
  fetch: (request: Request) => Promise<Response>,
): Send {
  const reversed = [...layers].reverse();
  return async (request, context) => {
    for (const layer of layers) {
      // Our layers return a Request or nothing from onRequest, never a Response.
      request =
        ((await layer.onRequest?.({ ...context, request })) as Request | undefined) ?? request;
    }
    let response: Response | undefined;
    try {
      response = await fetch(request);
    } catch (error) {
      let failure = error;
      for (const layer of reversed) {
        const result = await layer.onError?.({ ...context, request, error: failure });
        if (result instanceof Response) {
          response = result;
          break;
        }
        if (result) failure = result;
      }
      if (!response) throw failure;
    }
    for (const layer of reversed) {
      response = (await layer.onResponse?.({ ...context, request, response })) ?? response;
    }
    return response;
  };
}
