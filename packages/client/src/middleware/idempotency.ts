import type { Middleware } from "openapi-fetch";

/**
 * Gives every POST an `Idempotency-Key`, unless the caller set one: a form passes its own key
 * (`params: { header: { "Idempotency-Key": key } }`) so that one logical submit survives the user
 * pressing "retry". Set once per call: every automatic attempt (retries, the re-send after a 401)
 * happens below, in the fetch (src/fetch/), and sends a copy of this same request, key included.
 *
 * `crypto.randomUUID` needs a secure context (HTTPS or localhost) in browsers.
 */
export function idempotencyMiddleware(): Middleware {
  return {
    onRequest({ request }) {
      if (request.method === "POST" && !request.headers.has("Idempotency-Key")) {
        request.headers.set("Idempotency-Key", crypto.randomUUID());
      }
    },
  };
}
