import { describe, expect, it, vi } from "vitest";
import { createCustomerKitClient } from "../client";
import { baseUrl, customer, customerId, fakeFetch, json, problem } from "../testing/fake-fetch";

const unauthorized = () => problem(401, { title: "Unauthorized" });

describe("auth refresh", () => {
  it("after a 401 gets a fresh token and sends the request once more with it", async () => {
    const getToken = vi.fn(({ forceRefresh }) => (forceRefresh ? "fresh" : "stale"));
    const { fetch, sent } = fakeFetch(unauthorized(), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    const { data } = await client.GET("/customers/{customerId}", {
      params: { path: { customerId } },
    });

    expect(data).toEqual(customer);
    expect(sent.map((request) => request.headers.get("Authorization"))).toEqual([
      "Bearer stale",
      "Bearer fresh",
    ]);
    expect(getToken.mock.calls).toEqual([[{ forceRefresh: false }], [{ forceRefresh: true }]]);
  });

  it("throws a 401 CustomerKitError when the fresh token is refused too", async () => {
    const getToken = vi.fn(({ forceRefresh }) => (forceRefresh ? "fresh" : "stale"));
    const { fetch, sent } = fakeFetch(unauthorized(), unauthorized());
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    await expect(client.GET("/me")).rejects.toMatchObject({
      name: "CustomerKitError",
      kind: "http",
      status: 401,
      title: "Unauthorized",
    });
    expect(sent).toHaveLength(2);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it("sends the same body and Idempotency-Key again after a 401", async () => {
    const getToken = vi.fn(({ forceRefresh }) => (forceRefresh ? "fresh" : "stale"));
    const { fetch, sent } = fakeFetch(unauthorized(), json(customer, 201));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    await client.POST("/customers", {
      body: { name: "Northwind Traders", tags: ["eu-west"] },
    });

    expect(sent).toHaveLength(2);
    expect(JSON.parse(sent[1]?.body ?? "")).toEqual({
      name: "Northwind Traders",
      tags: ["eu-west"],
    });
    expect(sent[1]?.headers.get("Idempotency-Key")).toBeTruthy();
    expect(sent[1]?.headers.get("Idempotency-Key")).toBe(sent[0]?.headers.get("Idempotency-Key"));
    expect(sent[1]?.headers.get("Authorization")).toBe("Bearer fresh");
  });

  it("shares one refresh between calls that get a 401 together", async () => {
    const getToken = vi.fn(async ({ forceRefresh }: { forceRefresh: boolean }) => {
      if (!forceRefresh) return "stale";
      await new Promise((resolve) => setTimeout(resolve, 20));
      return "fresh";
    });
    const byToken = (request: Request) =>
      request.headers.get("Authorization") === "Bearer fresh" ? json(customer) : unauthorized();
    const { fetch, sent } = fakeFetch(byToken, byToken, byToken, byToken);
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    const [first, second] = await Promise.all([client.GET("/me"), client.GET("/me")]);

    expect(first.data).toEqual(customer);
    expect(second.data).toEqual(customer);
    expect(sent).toHaveLength(4);
    expect(getToken.mock.calls.filter(([context]) => context.forceRefresh)).toHaveLength(1);
  });

  it("retries the request sent after a refresh like any other, with the fresh token", async () => {
    const getToken = vi.fn(({ forceRefresh }) => (forceRefresh ? "fresh" : "stale"));
    const { fetch, sent } = fakeFetch(
      unauthorized(),
      new Response("busy", { status: 503 }),
      json(customer),
    );
    const client = createCustomerKitClient({
      baseUrl,
      getToken,
      fetch,
      retry: { baseDelayMs: 1 },
    });

    const { data } = await client.GET("/me");

    expect(data).toEqual(customer);
    expect(sent.map((request) => request.headers.get("Authorization"))).toEqual([
      "Bearer stale",
      "Bearer fresh",
      "Bearer fresh",
    ]);
  });

  it("asks for a fresh token when a retried request gets a 401", async () => {
    const getToken = vi.fn(({ forceRefresh }) => (forceRefresh ? "fresh" : "stale"));
    const { fetch, sent } = fakeFetch(
      new Response("busy", { status: 503 }),
      unauthorized(),
      json(customer),
    );
    const client = createCustomerKitClient({
      baseUrl,
      getToken,
      fetch,
      retry: { baseDelayMs: 1 },
    });

    const { data } = await client.GET("/me");

    expect(data).toEqual(customer);
    expect(sent.map((request) => request.headers.get("Authorization"))).toEqual([
      "Bearer stale",
      "Bearer stale",
      "Bearer fresh",
    ]);
  });
});
