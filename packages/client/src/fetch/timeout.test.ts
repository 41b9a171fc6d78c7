import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createCustomerKitClient } from "../client";
import { isCustomerKitError } from "../errors";
import { after, baseUrl, customer, fakeFetch, json } from "../testing/fake-fetch";

const getToken = () => "token";

describe("timeout", () => {
  it("aborts a fetch that does not answer within timeoutMs and throws kind timeout", async () => {
    const { fetch, sent } = fakeFetch(after(Number.POSITIVE_INFINITY));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, timeoutMs: 50 });
    const started = performance.now();

    await expect(client.GET("/me")).rejects.toMatchObject({
      name: "CustomerKitError",
      kind: "timeout",
      status: 0,
    });

    expect(performance.now() - started).toBeLessThan(1000);
    expect(sent[0]?.signal.aborted).toBe(true);
    // A timed-out attempt is not retried: the user has waited long enough.
    expect(sent).toHaveLength(1);
  });

  it("still times out after a garbage collection (nodejs/node#57736)", async () => {
    // Node's AbortSignal.any() holds its timeout source weakly: once collected, it never fires.
    setFlagsFromString("--expose-gc");
    const gc: () => void = runInNewContext("gc");
    const { fetch } = fakeFetch(after(Number.POSITIVE_INFINITY));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, timeoutMs: 50 });

    const call = client.GET("/me");
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();

    await expect(call).rejects.toMatchObject({ kind: "timeout" });
  });

  it("gives every attempt its own timeoutMs", async () => {
    // Each attempt takes 60 ms of a 100 ms budget: both fit, their sum would not.
    const { fetch, sent } = fakeFetch(
      after(60, new Response("busy", { status: 503 })),
      after(60, json(customer)),
    );
    const client = createCustomerKitClient({
      baseUrl,
      getToken,
      fetch,
      timeoutMs: 100,
      retry: { baseDelayMs: 1 },
    });

    const { data } = await client.GET("/me");

    expect(data).toEqual(customer);
    expect(sent).toHaveLength(2);
  });

  it("lets the caller cancel: the call rejects with the caller's AbortError", async () => {
    const { fetch, sent } = fakeFetch(after(Number.POSITIVE_INFINITY));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });
    const controller = new AbortController();

    const call = client.GET("/me", { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);

    const error = await call.catch((error: unknown) => error);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(isCustomerKitError(error)).toBe(false);
    expect(sent).toHaveLength(1);
  });
});
