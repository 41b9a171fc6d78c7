import { describe, expect, it } from "vitest";
import { operationInfo } from "./operations";
import { validateBody, validateParameters } from "./validation";

const createCustomer = operationInfo("createCustomer");
const uuid = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";

describe("validateBody", () => {
  it("accepts a valid body", () => {
    expect(validateBody(createCustomer, { name: "Northwind", tags: ["eu-west"] })).toEqual([]);
  });

  it("names the missing field of `required`, and the unknown field of `additionalProperties`", () => {
    expect(validateBody(createCustomer, { nmae: "typo" })).toEqual([
      { field: "name", message: "Is required.", code: "required" },
      { field: "nmae", message: "Unknown field.", code: "additionalProperties" },
    ]);
  });

  it("gives dotted paths for nested fields and array items, with messages for a person", () => {
    const errors = validateBody(createCustomer, {
      name: "Northwind",
      configuration: { unitWarnLevel: -1, address: { country: "gb", floor: 3 } },
      tags: ["ok", "-bad"],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: "configuration.unitWarnLevel", message: "Must be 0 or more.", code: "minimum" },
        {
          field: "configuration.address.floor",
          message: "Unknown field.",
          code: "additionalProperties",
        },
        {
          field: "configuration.address.country",
          message: "Must be a two-letter country code in capitals (ISO 3166-1), e.g. GB.",
          code: "pattern",
        },
        {
          field: "tags.1",
          message:
            "May contain only letters, digits and _ . : -, and must start with a letter or digit.",
          code: "pattern",
        },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it("reports a nullable reference (uuid | null) once, by the rule the value breaks", () => {
    expect(validateBody(createCustomer, { name: "N", themeId: "abc" })).toEqual([
      { field: "themeId", message: "Must be a UUID.", code: "format" },
    ]);
    expect(validateBody(createCustomer, { name: "N", themeId: 5 })).toEqual([
      { field: "themeId", message: "Must be a string or null.", code: "type" },
    ]);
    expect(validateBody(createCustomer, { name: "N", defaultLanguage: "xx" })).toEqual([
      { field: "defaultLanguage", message: "Must be one of en, de, fr, es, ru.", code: "enum" },
    ]);
  });

  it("calls the whole body `body` when it is not an object", () => {
    for (const body of [null, [], "text", 42, true]) {
      expect(validateBody(createCustomer, body)).toEqual([
        { field: "body", message: "Must be an object.", code: "type" },
      ]);
    }
  });

  it("asks a patch to change something", () => {
    expect(validateBody(operationInfo("updateCustomer"), {})).toEqual([
      { field: "body", message: "Must set at least one field.", code: "minProperties" },
    ]);
  });

  it("takes amounts with two decimals despite floating point, and refuses a third", () => {
    const op = operationInfo("createUnitTransaction");
    const body = (amount: number) => ({ description: "Top-up", direction: "CREDIT", amount });
    expect(validateBody(op, body(0.29))).toEqual([]);
    expect(validateBody(op, body(999_999.99))).toEqual([]);
    expect(validateBody(op, body(1.005))).toEqual([
      { field: "amount", message: "Must have at most two decimal places.", code: "multipleOf" },
    ]);
    expect(validateBody(op, body(0))).toEqual([
      { field: "amount", message: "Must be more than 0.", code: "exclusiveMinimum" },
    ]);
    expect(validateBody(op, body(1e308))).toEqual([
      { field: "amount", message: "Must be 1,000,000 or less.", code: "maximum" },
    ]);
  });

  it("does not coerce body types: a number in a string is an error", () => {
    const op = operationInfo("createUnitTransaction");
    expect(validateBody(op, { description: "x", direction: "CREDIT", amount: "5" })).toEqual([
      { field: "amount", message: "Must be a number.", code: "type" },
    ]);
  });

  it("says which recipients repeat", () => {
    const op = operationInfo("sendCustomerEmail");
    expect(validateBody(op, { subject: "Hi", message: "Hello", recipients: [uuid, uuid] })).toEqual(
      [
        {
          field: "recipients",
          message: "Must not contain duplicates (items 0 and 1 are the same).",
          code: "uniqueItems",
        },
      ],
    );
  });

  it("refuses multi-line subjects and blank descriptions", () => {
    const op = operationInfo("sendCustomerEmail");
    expect(validateBody(op, { subject: "Hi\nthere", message: "Hello" })).toEqual([
      { field: "subject", message: "Must be one line and not blank.", code: "pattern" },
    ]);
  });
});

describe("validateParameters", () => {
  it("coerces query values to their types in place", () => {
    const query: Record<string, unknown> = { limit: "50", status: "ACTIVE" };
    expect(validateParameters(operationInfo("listCustomers"), "query", query)).toEqual([]);
    expect(query).toEqual({ limit: 50, status: "ACTIVE" });
  });

  it("names each bad query parameter", () => {
    const query = { limit: "two", cursor: "", status: "GONE" };
    expect(validateParameters(operationInfo("listCustomers"), "query", query)).toEqual([
      { field: "cursor", message: "Must not be empty.", code: "minLength" },
      { field: "limit", message: "Must be an integer.", code: "type" },
      {
        field: "status",
        message: "Must be one of ACTIVE, ADMIN, DISABLED, DELETED, CLOSED.",
        code: "enum",
      },
    ]);
    expect(validateParameters(operationInfo("listCustomers"), "query", { limit: "201" })).toEqual([
      { field: "limit", message: "Must be 200 or less.", code: "maximum" },
    ]);
  });

  it("requires the usage report's dates, and checks they are real days", () => {
    expect(
      validateParameters(operationInfo("getUsageReport"), "query", { from: "2026-02-30" }),
    ).toEqual([
      { field: "to", message: "Is required.", code: "required" },
      { field: "from", message: "Must be a date (YYYY-MM-DD).", code: "format" },
    ]);
  });

  it("checks path ids are UUIDs and the Idempotency-Key is visible ASCII", () => {
    expect(
      validateParameters(operationInfo("getInvoice"), "path", {
        customerId: uuid,
        invoiceId: "42",
      }),
    ).toEqual([{ field: "invoiceId", message: "Must be a UUID.", code: "format" }]);
    expect(
      validateParameters(operationInfo("createCustomer"), "header", { "Idempotency-Key": "a b" }),
    ).toEqual([
      {
        field: "Idempotency-Key",
        message: "May contain only visible ASCII characters, without spaces.",
        code: "pattern",
      },
    ]);
  });
});
