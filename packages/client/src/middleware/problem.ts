import type { Middleware } from "openapi-fetch";
import { CustomerKitError } from "../errors";
import type { components } from "../generated/schema";

/**
 * Throws a CustomerKitError for every response outside 200–299, so that a resolved call always
 * has its `data`. The outermost middleware: its onResponse runs last, on the final answer of all
 * attempts (those happen in the fetch below, src/fetch/), after the host's own onResponse.
 * Failures without a response are named in fetch/timeout.ts, the one place that can tell a
 * deadline from the caller's cancel.
 */
export function problemMiddleware(): Middleware {
  return {
    async onResponse({ response }) {
      if (!response.ok) throw await toError(response);
    },
  };
}

async function toError(response: Response): Promise<CustomerKitError> {
  const { status, statusText, headers } = response;
  let problem: components["schemas"]["Problem"] | undefined;
  if (/^application\/problem\+json/i.test(headers.get("Content-Type") ?? "")) {
    problem = await response.json().catch(() => undefined);
  } else {
    // Not ours to parse (a proxy's HTML 502 page, say): status and status text say enough.
    await response.body?.cancel();
  }
  return new CustomerKitError({
    kind: "http",
    status,
    title: problem?.title ?? (statusText || `HTTP ${status}`),
    detail: problem?.detail,
    type: problem?.type,
    instance: problem?.instance,
    fieldErrors: Array.isArray(problem?.errors) ? problem.errors : [],
    problem,
  });
}
