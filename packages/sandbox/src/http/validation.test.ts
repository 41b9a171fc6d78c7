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
      configuration: { unitWarnLevel: "-1", address: { country: "gb", floor: 3 } },
      tags: ["ok", "-bad"],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          field: "configuration.unitWarnLevel",
          message:
            'Must be an amount of 0 or more, at most 1,000,000,000, with at most two decimals, as a string (e.g. "100.00").',
          code: "pattern",
        },
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

  it("takes amounts as decimal strings of 0 to 2 decimals within the range, by pattern alone", () => {
    const op = operationInfo("createUnitTransaction");
    const body = (amount: string) => ({ description: "Top-up", direction: "CREDIT", amount });
    for (const ok of ["0.29", "0.01", "0.1", "1", "250.5", "999999.99", "1000000", "1000000.00"]) {
      expect(validateBody(op, body(ok)), ok).toEqual([]);
    }
    const refused = {
      field: "amount",
      message:
        'Must be an amount of more than 0 and at most 1,000,000, with at most two decimals, as a string (e.g. "250.00").',
      code: "pattern",
    };
    for (const bad of ["1.005", "0", "0.00", "-1", "1000000.01", "1e3", "01", " 1", "1,5", ""]) {
      expect(validateBody(op, body(bad)), bad).toEqual([refused]);
    }
  });

  it("does not coerce body types: an amount as a JSON number is an error", () => {
    const op = operationInfo("createUnitTransaction");
    expect(validateBody(op, { description: "x", direction: "CREDIT", amount: 5 })).toEqual([
      { field: "amount", message: "Must be a string.", code: "type" },
    ]);
  });

  it("checks unit amounts, warn levels and money limits with their own ranges", () => {
    const update = operationInfo("replaceAssetMaxima");
    const limits = (l: Record<string, unknown>) => ({ limits: l });
    expect(validateBody(update, limits({ CUTOFF_BALANCE: "-1000000000.00" }))).toEqual([]);
    expect(validateBody(update, limits({ CUTOFF_BALANCE: "-1000000000.01" }))).toMatchObject([
      { field: "limits.CUTOFF_BALANCE", code: "pattern" },
    ]);
    expect(validateBody(update, limits({ CREDIT_LIMIT: "2500.00" }))).toEqual([]);
    expect(validateBody(update, limits({ CREDIT_LIMIT: "-1" }))).toMatchObject([
      { field: "limits.CREDIT_LIMIT", code: "pattern" },
    ]);
    expect(
      validateBody(createCustomer, { name: "N", configuration: { unitWarnLevel: "0" } }),
    ).toEqual([]);
    expect(
      validateBody(createCustomer, { name: "N", configuration: { unitWarnLevel: "-0.01" } }),
    ).toMatchObject([{ field: "configuration.unitWarnLevel", code: "pattern" }]);
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
