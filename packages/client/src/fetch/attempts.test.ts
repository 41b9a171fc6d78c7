import { describe, expect, it, vi } from "vitest";
import { createCustomerKitClient } from "../client";
import { baseUrl, customer, fakeFetch, json, problem } from "../testing/fake-fetch";
import { MAX_ATTEMPTS, queryRetryOptions } from "./retry";

// What a host sees of the attempts of one call: its middleware (client.use()) runs once per call,
// around all attempts, since the attempts happen in the fetch below openapi-fetch; its own `fetch`
// is called once per attempt.

const getToken = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) =>
  forceRefresh ? "fresh" : "stale",
);
const busy = () => new Response("busy", { status: 503 });
const unauthorized = () => problem(401, { title: "Unauthorized" });

describe("attempts", () => {
  it("calls the host's fetch once per attempt, with each request as it goes out", async () => {
    const inner = fakeFetch(busy(), unauthorized(), json(customer));
    const attempts: string[] = [];
    const client = createCustomerKitClient({
      baseUrl,
      getToken,
      retry: { baseDelayMs: 1 },
      fetch: async (request) => {
        const response = await inner.fetch(request);
        attempts.push(`${request.headers.get("Authorization")} → ${response.status}`);
        return response;
      },
    });

    await client.GET("/me");

    expect(attempts).toEqual(["Bearer stale → 503", "Bearer stale → 401", "Bearer fresh → 200"]);
  });

  it("runs the host's middleware once per call: the final answer, its headers on every attempt", async () => {
    const { fetch, sent } = fakeFetch(busy(), busy(), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });
    const seen: number[] = [];
    client.use({
      onRequest({ request }) {
        request.headers.set("X-Request-Id", "call-1");
      },
      onResponse({ response }) {
        seen.push(response.status);
      },
    });

    await client.GET("/me");

    expect(seen).toEqual([200]);
    expect(sent.map((request) => request.headers.get("X-Request-Id"))).toEqual([
      "call-1",
      "call-1",
      "call-1",
    ]);
  });

  it("still retries and refreshes when the host's onRequest returns a new Request", async () => {
    const { fetch, sent } = fakeFetch(busy(), unauthorized(), json(customer, 201));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });
    client.use({
      onRequest: ({ request }) =>
        new Request(request, {
          headers: { ...Object.fromEntries(request.headers), "X-Tenant": "a" },
        }),
    });

    await client.POST("/customers", { body: { name: "Northwind Traders" } });

    expect(sent).toHaveLength(3);
    expect(sent.map((request) => request.headers.get("X-Tenant"))).toEqual(["a", "a", "a"]);
    expect(sent.map((request) => JSON.parse(request.body))).toEqual([
      { name: "Northwind Traders" },
      { name: "Northwind Traders" },
      { name: "Northwind Traders" },
    ]);
    expect(new Set(sent.map((request) => request.headers.get("Idempotency-Key"))).size).toBe(1);
    expect(sent[2]?.headers.get("Authorization")).toBe("Bearer fresh");
  });

  it("gives the host's onError the final failure, named, once", async () => {
    const failure = new TypeError("fetch failed");
    const { fetch, sent } = fakeFetch(failure, failure, failure);
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });
    const errors: unknown[] = [];
    client.use({
      onError({ error }) {
        errors.push(error);
      },
    });

    await expect(client.GET("/me")).rejects.toMatchObject({ kind: "network" });

    expect(sent).toHaveLength(3);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ name: "CustomerKitError", kind: "network", cause: failure });
  });
});

describe("one layer retries", () => {
  it("makes at most MAX_ATTEMPTS (3) attempts for a failing read with the default retry", async () => {
    vi.spyOn(Math, "random").mockReturnValue(1); // the shortest backoffs: 150 ms, then 300 ms
    const { fetch, sent } = fakeFetch(busy(), busy(), busy(), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    await expect(client.GET("/me")).rejects.toMatchObject({ status: 503 });

    expect(MAX_ATTEMPTS).toBe(3);
    expect(sent).toHaveLength(MAX_ATTEMPTS);
    vi.restoreAllMocks();
  });

  it("tells TanStack Query not to retry on top of the client", () => {
    expect(queryRetryOptions).toEqual({ retry: false });
  });
});
