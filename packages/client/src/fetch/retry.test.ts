import { afterEach, describe, expect, it, vi } from "vitest";
import { createCustomerKitClient } from "../client";
import {
  baseUrl,
  customer,
  customerId,
  fakeFetch,
  json,
  problem,
  type Sent,
} from "../testing/fake-fetch";

const getToken = () => "token";
const busy = (status = 503, headers?: HeadersInit) => new Response("busy", { status, headers });
const gaps = (sent: Sent[]) => sent.slice(1).map((request, i) => request.at - (sent[i]?.at ?? 0));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("retry", () => {
  it.each([502, 503, 504])("retries a GET answered %i", async (status) => {
    const { fetch, sent } = fakeFetch(busy(status), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    const { data } = await client.GET("/customers/{customerId}", {
      params: { path: { customerId } },
    });

    expect(data).toEqual(customer);
    expect(sent).toHaveLength(2);
  });

  it("does not wait for the discarded body of a 503 to cancel before the next attempt", async () => {
    // MSW's mocked bodies in Node never settle a cancel(): the retry must not hang on one.
    const stuck = new Response(new ReadableStream({ cancel: () => new Promise<void>(() => {}) }), {
      status: 503,
    });
    const { fetch, sent } = fakeFetch(stuck, json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    const { data } = await client.GET("/customers/{customerId}", {
      params: { path: { customerId } },
    });

    expect(data).toEqual(customer);
    expect(sent).toHaveLength(2);
  });

  it("retries a GET whose fetch fails on the network", async () => {
    const { fetch, sent } = fakeFetch(new TypeError("fetch failed"), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    const { data } = await client.GET("/me");

    expect(data).toEqual(customer);
    expect(sent).toHaveLength(2);
  });

  it.each([500, 400, 404, 409])("does not retry a GET answered %i", async (status) => {
    const { fetch, sent } = fakeFetch(problem(status, { title: "No" }), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    await expect(client.GET("/me")).rejects.toMatchObject({ status });
    expect(sent).toHaveLength(1);
  });

  it("gives up after `retries` more attempts and throws the last answer", async () => {
    const { fetch, sent } = fakeFetch(busy(503), busy(502), busy(504), json(customer));
    const client = createCustomerKitClient({
      baseUrl,
      getToken,
      fetch,
      retry: { retries: 2, baseDelayMs: 1 },
    });

    await expect(client.GET("/me")).rejects.toMatchObject({ kind: "http", status: 504 });
    expect(sent).toHaveLength(3);
  });

  it("counts network failures and 5xx answers against the same `retries`", async () => {
    const { fetch, sent } = fakeFetch(
      new TypeError("fetch failed"),
      busy(503),
      busy(503),
      json(customer),
    );
    const client = createCustomerKitClient({
      baseUrl,
      getToken,
      fetch,
      retry: { retries: 2, baseDelayMs: 1 },
    });

    await expect(client.GET("/me")).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(3);
  });

  it("throws kind network when every attempt fails on the network", async () => {
    const { fetch, sent } = fakeFetch(
      new TypeError("fetch failed"),
      new TypeError("fetch failed"),
      new TypeError("fetch failed"),
    );
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    await expect(client.GET("/me")).rejects.toMatchObject({ kind: "network", status: 0 });
    expect(sent).toHaveLength(3);
  });

  it("sends once only with retry: false", async () => {
    const { fetch, sent } = fakeFetch(busy(503), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: false });

    await expect(client.GET("/me")).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(1);
  });

  it("retries a POST, which carries an Idempotency-Key, with the same body", async () => {
    const { fetch, sent } = fakeFetch(
      busy(503),
      new TypeError("fetch failed"),
      json(customer, 201),
    );
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    const { data } = await client.POST("/customers", { body: { name: "Northwind Traders" } });

    expect(data).toEqual(customer);
    expect(sent.map((request) => JSON.parse(request.body))).toEqual([
      { name: "Northwind Traders" },
      { name: "Northwind Traders" },
      { name: "Northwind Traders" },
    ]);
  });

  it("does not retry a PATCH: it has no Idempotency-Key and may not be sent twice", async () => {
    const { fetch, sent } = fakeFetch(busy(503), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    await expect(
      client.PATCH("/customers/{customerId}", {
        params: { path: { customerId }, header: { "If-Match": '"v1"' } },
        body: { name: "Northwind Traders Ltd" },
      }),
    ).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(1);
  });

  it("waits twice as long before each further retry", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0); // no jitter
    const { fetch, sent } = fakeFetch(busy(), busy(), json(customer));
    const client = createCustomerKitClient({
      baseUrl,
      getToken,
      fetch,
      retry: { baseDelayMs: 30 },
    });

    await client.GET("/me");

    const [first = 0, second = 0] = gaps(sent);
    expect(first).toBeGreaterThanOrEqual(29);
    expect(second).toBeGreaterThanOrEqual(59);
  });

  it("waits as long as Retry-After asks", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { fetch, sent } = fakeFetch(busy(503, { "Retry-After": "2" }), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    const call = client.GET("/me");
    // Until the client starts waiting (setImmediate is not faked).
    while (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    await expect(call).resolves.toMatchObject({ data: customer });
    expect(sent).toHaveLength(2);
  });

  it("does not retry when Retry-After asks for more than 10 s", async () => {
    const { fetch, sent } = fakeFetch(busy(503, { "Retry-After": "120" }), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    await expect(client.GET("/me")).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(1);
  });

  it("stops at once when the caller cancels during the wait", async () => {
    const { fetch, sent } = fakeFetch(busy(503), json(customer));
    const client = createCustomerKitClient({
      baseUrl,
      getToken,
      fetch,
      retry: { baseDelayMs: 10_000 },
    });
    const controller = new AbortController();
    const started = performance.now();

    const call = client.GET("/me", { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);

    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(sent).toHaveLength(1);
  });
});
