import type { Middleware } from "openapi-fetch";

/**
 * Gives every POST an `Idempotency-Key`, unless the caller set one: a form passes its own key
 * (`params: { header: { "Idempotency-Key": key } }`) so that one logical submit survives the user
 * pressing "retry". Registered above retry and auth, whose re-sends copy the request as it left
 * this layer, so every automatic attempt of one submit carries the same key.
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
