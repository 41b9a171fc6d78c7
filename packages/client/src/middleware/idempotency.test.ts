import { describe, expect, it } from "vitest";
import { createCustomerKitClient } from "../client";
import { baseUrl, customer, customerId, fakeFetch, json } from "../testing/fake-fetch";

const getToken = () => "token";
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("idempotency", () => {
  it("gives a POST an Idempotency-Key and a GET none", async () => {
    const { fetch, sent } = fakeFetch(json(customer, 201), json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    await client.POST("/customers", { body: { name: "Northwind Traders" } });
    await client.GET("/customers/{customerId}", { params: { path: { customerId } } });

    expect(sent[0]?.headers.get("Idempotency-Key")).toMatch(uuid);
    expect(sent[1]?.headers.has("Idempotency-Key")).toBe(false);
  });

  it("gives each submit its own key", async () => {
    const { fetch, sent } = fakeFetch(json(customer, 201), json(customer, 201));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    await client.POST("/customers", { body: { name: "Northwind Traders" } });
    await client.POST("/customers", { body: { name: "Contoso" } });

    expect(sent[0]?.headers.get("Idempotency-Key")).not.toBe(
      sent[1]?.headers.get("Idempotency-Key"),
    );
  });

  it("sends the same key on every automatic retry of one submit", async () => {
    const { fetch, sent } = fakeFetch(
      new Response("busy", { status: 503 }),
      new Response("busy", { status: 503 }),
      json(customer, 201),
    );
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    await client.POST("/customers", { body: { name: "Northwind Traders" } });

    const keys = sent.map((request) => request.headers.get("Idempotency-Key"));
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(uuid);
    expect(new Set(keys).size).toBe(1);
  });

  it("keeps the caller's key, on retries too", async () => {
    const { fetch, sent } = fakeFetch(new Response("busy", { status: 503 }), json(customer, 201));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: { baseDelayMs: 1 } });

    await client.POST("/customers", {
      params: { header: { "Idempotency-Key": "create-customer-form-1" } },
      body: { name: "Northwind Traders" },
    });

    expect(sent.map((request) => request.headers.get("Idempotency-Key"))).toEqual([
      "create-customer-form-1",
      "create-customer-form-1",
    ]);
  });
});
