import { describe, expect, it } from "vitest";
import { harness } from "../testing/fixture";
import { canonicalJson, IDEMPOTENCY_TTL_MS } from "./idempotency";

describe("canonicalJson", () => {
  it("is the same for objects whose keys come in another order, at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: "1" })).not.toBe(canonicalJson({ a: 1 }));
  });
});

async function newCustomer(h: ReturnType<typeof harness>) {
  const { body } = await h.call("POST", "/customers", { body: { name: "Idem" } });
  return body.id as string;
}

const credit = (amount: number) => ({
  description: "Top-up",
  direction: "CREDIT",
  amount: String(amount),
});

describe("Idempotency-Key", () => {
  it("replays status, headers and body of the first answer, marked Idempotency-Replayed", async () => {
    const h = harness();
    const headers = { "Idempotency-Key": "create-1" };
    const first = await h.call("POST", "/customers", { body: { name: "Once" }, headers });
    const again = await h.call("POST", "/customers", { body: { name: "Once" }, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("Idempotency-Replayed")).toBeNull();
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(again.headers.get("ETag")).toBe(first.headers.get("ETag"));
    expect(h.store.list("customers").filter((c) => c.name === "Once")).toHaveLength(1);
  });

  it("treats the same body with keys in another order as the same request", async () => {
    const h = harness();
    const headers = { "Idempotency-Key": "k" };
    await h.call("POST", "/customers", { raw: '{"name":"A","tags":["x"]}', headers });
    const again = await h.call("POST", "/customers", { raw: '{"tags":["x"],"name":"A"}', headers });
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
  });

  it("refuses the same key with another body with 422 idempotency-key-reused", async () => {
    const h = harness();
    const id = await newCustomer(h);
    const headers = { "Idempotency-Key": "k" };
    await h.call("POST", `/customers/${id}/unit-transactions`, { body: credit(10), headers });
    const reused = await h.call("POST", `/customers/${id}/unit-transactions`, {
      body: credit(20),
      headers,
    });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe("https://customer-kit.dev/problems/idempotency-key-reused");
    expect(h.store.list("unitTransactions", id)).toHaveLength(1);
  });

  it("scopes keys to the admin, the operation and the path", async () => {
    const h = harness();
    const one = await newCustomer(h);
    const two = await newCustomer(h);
    const headers = { "Idempotency-Key": "shared" };
    await h.call("POST", `/customers/${one}/unit-transactions`, { body: credit(10), headers });
    const otherPath = await h.call("POST", `/customers/${two}/unit-transactions`, {
      body: credit(10),
      headers,
    });
    const otherAdmin = await h.call("POST", `/customers/${one}/unit-transactions`, {
      as: "mbe",
      body: credit(10),
      headers,
    });
    expect(otherPath.headers.get("Idempotency-Replayed")).toBeNull();
    expect(otherAdmin.headers.get("Idempotency-Replayed")).toBeNull();
    expect(h.store.list("unitTransactions", one)).toHaveLength(2);
  });

  it("does not remember a refusal, so the same key can succeed once the cause is fixed", async () => {
    const h = harness();
    const id = await newCustomer(h);
    const headers = { "Idempotency-Key": "retry-me" };
    const debit = {
      description: "Take",
      direction: "DEBIT",
      amount: "5",
      unitType: "NON_CARRY_OVER",
    };
    const refused = await h.call("POST", `/customers/${id}/unit-transactions`, {
      body: debit,
      headers,
    });
    expect(refused.status).toBe(422);
    await h.call("POST", `/customers/${id}/unit-transactions`, {
      body: { ...credit(5), unitType: "NON_CARRY_OVER" },
    });
    const retried = await h.call("POST", `/customers/${id}/unit-transactions`, {
      body: debit,
      headers,
    });
    expect(retried.status).toBe(201);
    expect(retried.headers.get("Idempotency-Replayed")).toBeNull();
  });

  it("forgets a key after 24 hours", async () => {
    const h = harness();
    const id = await newCustomer(h);
    const headers = { "Idempotency-Key": "daily" };
    await h.call("POST", `/customers/${id}/unit-transactions`, { body: credit(1), headers });
    h.setNow(
      new Date(Date.parse("2026-11-28T12:00:00.000Z") + IDEMPOTENCY_TTL_MS + 1).toISOString(),
    );
    const later = await h.call("POST", `/customers/${id}/unit-transactions`, {
      body: credit(2),
      headers,
    });
    expect(later.status).toBe(201);
    expect(later.headers.get("Idempotency-Replayed")).toBeNull();
  });

  it("has exactly one effect for concurrent duplicates", async () => {
    const h = harness();
    const id = await newCustomer(h);
    const headers = { "Idempotency-Key": "burst" };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.call("POST", `/customers/${id}/unit-transactions`, { body: credit(7), headers }),
      ),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    expect(answers.filter((a) => a.headers.get("Idempotency-Replayed") === null)).toHaveLength(1);
    expect(h.store.list("unitTransactions", id)).toHaveLength(1);
    expect(h.store.get("customers", id)?.balance.carryOver).toBe(700);
  });

  it("ignores the header on operations that do not take it", async () => {
    const h = harness();
    const headers = { "Idempotency-Key": "not for GET" };
    expect((await h.call("GET", "/me", { headers })).status).toBe(200);
  });
});
