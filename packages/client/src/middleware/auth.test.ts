import { describe, expect, it, vi } from "vitest";
import { createCustomerKitClient } from "../client";
import { baseUrl, customer, customerId, fakeFetch, json } from "../testing/fake-fetch";

describe("auth", () => {
  it("sends the token from getToken as a bearer token", async () => {
    const getToken = vi.fn(() => "token-1");
    const { fetch, sent } = fakeFetch(json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    await client.GET("/customers/{customerId}", { params: { path: { customerId } } });

    expect(sent[0]?.headers.get("Authorization")).toBe("Bearer token-1");
    expect(getToken).toHaveBeenCalledExactlyOnceWith({ forceRefresh: false });
  });

  it("sets the token before the host's middleware, which sees it", async () => {
    const { fetch } = fakeFetch(json(customer));
    const client = createCustomerKitClient({ baseUrl, getToken: () => "token-1", fetch });
    const seen: (string | null)[] = [];
    client.use({
      onRequest({ request }) {
        seen.push(request.headers.get("Authorization"));
      },
    });

    await client.GET("/me");

    expect(seen).toEqual(["Bearer token-1"]);
  });
});
