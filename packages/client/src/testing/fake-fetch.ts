/**
 * A recording fake `fetch` for the middleware tests: it answers with the given outcomes in order
 * and records every request it was sent, body read as text.
 */

/** An answer: a Response, an Error to throw (as fetch does when the network fails), or a function. */
export type Outcome = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface Sent {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  signal: AbortSignal;
  /** `performance.now()` when it was sent. */
  at: number;
}

export function fakeFetch(...outcomes: Outcome[]) {
  const sent: Sent[] = [];
  async function fetch(request: Request): Promise<Response> {
    const { method, url, headers, signal } = request;
    sent.push({ method, url, headers, signal, body: await request.text(), at: performance.now() });
    const outcome = outcomes.shift();
    if (outcome === undefined) throw new Error(`Unexpected request ${method} ${url}`);
    if (outcome instanceof Error) throw outcome;
    return typeof outcome === "function" ? outcome(request) : outcome;
  }
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

/**
 * Answers after `ms` (never, without a response), or rejects like fetch with the signal's reason
 * when the request is aborted first.
 */
export function after(ms: number, response?: Response): Outcome {
  return (request) =>
    new Promise((resolve, reject) => {
      const timer = response && setTimeout(() => resolve(response), ms);
      request.signal.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(request.signal.reason);
      });
    });
}

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers });
}

export function problem(
  status: number,
  fields: { title: string; [key: string]: unknown },
): Response {
  return new Response(JSON.stringify({ type: "about:blank", status, ...fields }), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });
}

export const baseUrl = "https://api.test/api/v1";
export const customerId = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";
export const customer = {
  id: customerId,
  name: "Northwind Traders",
  status: "ACTIVE",
};
