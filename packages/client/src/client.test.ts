import { afterEach, describe, expect, it, vi } from "vitest";
import { createCustomerKitClient, unwrap } from "./client";
import { baseUrl, customer, customerId, fakeFetch, json } from "./testing/fake-fetch";

const getToken = () => "token";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createCustomerKitClient", () => {
  it("sends a call to the contract's path under baseUrl", async () => {
    const { fetch, sent } = fakeFetch(json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    const { data } = await client.GET("/customers/{customerId}", {
      params: { path: { customerId } },
    });

    expect(data).toEqual(customer);
    expect(sent[0]).toMatchObject({
      method: "GET",
      url: `https://api.test/api/v1/customers/${customerId}`,
    });
  });

  it("uses the global fetch of the moment of the call, so that MSW's patch applies", async () => {
    const client = createCustomerKitClient({ baseUrl, getToken });
    const { fetch, sent } = fakeFetch(json(customer));
    vi.stubGlobal("fetch", fetch);

    await client.GET("/me");

    expect(sent).toHaveLength(1);
  });

  it("resolves a 204 without data", async () => {
    const { fetch, sent } = fakeFetch(new Response(null, { status: 204 }));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    const { data } = await client.DELETE("/customers/{customerId}", {
      params: { path: { customerId }, header: { "If-Match": '"v1"' } },
    });

    expect(data).toBeUndefined();
    expect(sent[0]?.headers.get("If-Match")).toBe('"v1"');
  });
});

describe("unwrap", () => {
  it("gives the data of a call", async () => {
    const { fetch } = fakeFetch(json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    await expect(unwrap(client.GET("/me"))).resolves.toEqual(customer);
  });
});
