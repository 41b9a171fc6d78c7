import { describe, expect, it } from "vitest";
import { createCustomerKitClient } from "../client";
import { CustomerKitError, fieldError, isCustomerKitError } from "../errors";
import { baseUrl, fakeFetch, problem } from "../testing/fake-fetch";

const getToken = () => "token";

describe("problem", () => {
  it("throws a CustomerKitError with the problem's fields and field errors", async () => {
    const body = {
      type: "https://customer-kit.dev/problems/validation",
      title: "Validation failed",
      status: 400,
      detail: "2 fields are invalid.",
      instance: "/api/v1/customers",
      errors: [
        { field: "name", message: "Enter a name.", code: "required" },
        {
          field: "configuration.address.postalCode",
          message: "Enter a valid postal code.",
          code: "pattern",
        },
      ],
    };
    const { fetch } = fakeFetch(problem(400, body));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    const error = await client
      .POST("/customers", { body: { name: "" } })
      .catch((error: unknown) => error);

    expect(error).toBeInstanceOf(CustomerKitError);
    expect(isCustomerKitError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: "http",
      status: 400,
      title: "Validation failed",
      detail: "2 fields are invalid.",
      type: "https://customer-kit.dev/problems/validation",
      instance: "/api/v1/customers",
      fieldErrors: body.errors,
      problem: body,
      message: "2 fields are invalid.",
    });
    expect(fieldError(error, "configuration.address.postalCode")).toBe(
      "Enter a valid postal code.",
    );
    expect(fieldError(error, "name")).toBe("Enter a name.");
    expect(fieldError(error, "configuration.vatNumber")).toBeUndefined();
  });

  it("turns an error page that is not a problem (an HTML 502) into a CustomerKitError", async () => {
    const page = new Response("<html><body><h1>502 Bad Gateway</h1></body></html>", {
      status: 502,
      statusText: "Bad Gateway",
      headers: { "Content-Type": "text/html" },
    });
    const { fetch } = fakeFetch(page);
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: false });

    const error = await client.GET("/me").catch((error: unknown) => error);

    expect(isCustomerKitError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: "http",
      status: 502,
      title: "Bad Gateway",
      fieldErrors: [],
      problem: undefined,
    });
  });

  it("names the status when an error response has no status text (HTTP/2)", async () => {
    const { fetch } = fakeFetch(new Response("", { status: 418 }));
    const client = createCustomerKitClient({ baseUrl, getToken, fetch });

    await expect(client.GET("/me")).rejects.toMatchObject({ status: 418, title: "HTTP 418" });
  });

  it("turns a network failure into kind network with status 0", async () => {
    const failure = new TypeError("fetch failed");
    const { fetch } = fakeFetch(failure);
    const client = createCustomerKitClient({ baseUrl, getToken, fetch, retry: false });

    const error = await client.GET("/me").catch((error: unknown) => error);

    expect(isCustomerKitError(error)).toBe(true);
    expect(error).toMatchObject({ kind: "network", status: 0, fieldErrors: [], cause: failure });
  });

  it("tells a CustomerKitError from other errors", () => {
    expect(isCustomerKitError(new Error("boom"))).toBe(false);
    expect(isCustomerKitError({ name: "CustomerKitError" })).toBe(false);
    expect(fieldError(new Error("boom"), "name")).toBeUndefined();
  });
});
