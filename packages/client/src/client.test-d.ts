import { describe, expectTypeOf, it } from "vitest";
import { type CallResult, type CustomerKitClient, createCustomerKitClient, unwrap } from "./client";
import { type MAX_ATTEMPTS, queryRetryOptions } from "./fetch/retry";
import type { Customer, CustomerPage, Me } from "./types";

const client = createCustomerKitClient({ baseUrl: "https://api.test/api/v1", getToken: () => "t" });
const customerId = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";

describe("paths", () => {
  it("accepts the contract's paths and methods only", () => {
    client.GET("/me");
    // @ts-expect-error: no such path
    client.GET("/customer/{customerId}", { params: { path: { customerId } } });
    // @ts-expect-error: the contract has no PUT on a customer
    client.PUT("/customers/{customerId}", { params: { path: { customerId } } });
  });

  it("wants every path parameter", () => {
    client.GET("/customers/{customerId}", { params: { path: { customerId } } });
    // @ts-expect-error: customerId is missing
    client.GET("/customers/{customerId}", { params: { path: {} } });
    // @ts-expect-error: no params at all
    client.GET("/customers/{customerId}");
  });

  it("types query parameters", () => {
    client.GET("/customers", { params: { query: { status: "ACTIVE", limit: 25 } } });
    // @ts-expect-error: not a CustomerStatus
    client.GET("/customers", { params: { query: { status: "HAPPY" } } });
    // @ts-expect-error: limit is a number
    client.GET("/customers", { params: { query: { limit: "25" } } });
  });

  it("wants If-Match where the contract requires it", () => {
    client.DELETE("/customers/{customerId}", {
      params: { path: { customerId }, header: { "If-Match": '"v1"' } },
    });
    // @ts-expect-error: If-Match is required
    client.DELETE("/customers/{customerId}", { params: { path: { customerId } } });
  });
});

describe("request bodies", () => {
  it("accepts a body that follows the contract", () => {
    client.POST("/customers", { body: { name: "Northwind", status: "ADMIN", tags: ["gpu"] } });
    client.POST("/customers", {
      params: { header: { "Idempotency-Key": "form-1" } },
      body: { name: "Northwind" },
    });
  });

  it("refuses a wrong type, a missing required field and a wrong enum value", () => {
    // @ts-expect-error: name is a string
    client.POST("/customers", { body: { name: 42 } });
    // @ts-expect-error: name is required
    client.POST("/customers", { body: { tags: ["gpu"] } });
    // @ts-expect-error: not a status a customer can be created with
    client.POST("/customers", { body: { name: "Northwind", status: "DELETED" } });
    // @ts-expect-error: a PATCH needs its body
    client.PATCH("/customers/{customerId}", {
      params: { path: { customerId }, header: { "If-Match": '"v1"' } },
    });
  });
});

describe("responses", () => {
  it("types the data of GET /customers/{customerId} as Customer, with no error branch", async () => {
    const result = await client.GET("/customers/{customerId}", {
      params: { path: { customerId } },
    });
    expectTypeOf(result).toEqualTypeOf<CallResult<Customer>>();
    expectTypeOf(result.data).toEqualTypeOf<Customer>();
    expectTypeOf(result.response).toEqualTypeOf<Response>();
    // @ts-expect-error: every non-2xx answer throws, so a result has no error to check
    result.error;
    expectTypeOf(result).not.toHaveProperty("error");
  });

  it("types the data of a POST as its 2xx body", async () => {
    const { data } = await client.POST("/customers", { body: { name: "Northwind" } });
    expectTypeOf(data).toEqualTypeOf<Customer>();
  });

  it("types the data of a 204 as undefined", async () => {
    const result = await client.DELETE("/customers/{customerId}", {
      params: { path: { customerId }, header: { "If-Match": '"v1"' } },
    });
    expectTypeOf(result).toEqualTypeOf<CallResult<undefined>>();
  });

  it("types the generic request method the same way", async () => {
    const result = await client.request("get", "/customers/{customerId}", {
      params: { path: { customerId } },
    });
    expectTypeOf(result).toEqualTypeOf<CallResult<Customer>>();
    // @ts-expect-error: no such path
    client.request("get", "/customer/{customerId}", { params: { path: { customerId } } });
  });

  it("types other responses from the contract too", () => {
    expectTypeOf(unwrap(client.GET("/me"))).toEqualTypeOf<Promise<Me>>();
    expectTypeOf(unwrap(client.GET("/customers"))).toEqualTypeOf<Promise<CustomerPage>>();
    expectTypeOf(
      unwrap(client.GET("/customers/{customerId}", { params: { path: { customerId } } })),
    ).toEqualTypeOf<Promise<Customer>>();
  });

  it("names the client's type, which keeps openapi-fetch's use and eject", () => {
    expectTypeOf(client).toEqualTypeOf<CustomerKitClient>();
    client.use({ onRequest: () => undefined });
    // @ts-expect-error: not a middleware
    client.use({ onSomething: () => undefined });
  });
});

describe("retries", () => {
  it("gives TanStack Query retry: false", () => {
    expectTypeOf(queryRetryOptions).toEqualTypeOf<{ readonly retry: false }>();
    expectTypeOf<typeof MAX_ATTEMPTS>().toEqualTypeOf<3>();
  });
});
