import { describe, expect, it } from "vitest";
import { PROBLEM_KINDS, problemType } from "../http/problem";
import { findOperation, operation, operations, resolveRef, spec } from "./spec";
import { ContractRecorder, checkHeaders, checkResponse } from "./validator";

// The validator is what makes the contract suite mean anything: if it waved bad responses through,
// every contract test would pass against a broken API. These tests feed it known-bad answers.

const customerExample = (spec.components.examples!.Customer as { value: object }).value;

describe("contract index", () => {
  it("knows every operation of the contract, each once", () => {
    // Counted from the document's paths, never a literal: operations are added all the time.
    const declared = Object.values(spec.paths).flatMap((item) =>
      ["get", "put", "post", "delete", "patch", "head", "options"].flatMap((method) => {
        const op = item[method] as { operationId?: string } | undefined;
        return op?.operationId ? [op.operationId] : [];
      }),
    );
    const ids = operations.map((op) => op.operationId);
    expect(ids.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual([...declared].sort());
    expect(new Set(ids).size).toBe(declared.length);
  });

  it("maps a method and a concrete path to its operation", () => {
    const id = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";
    expect(findOperation("GET", "/me")?.operationId).toBe("getMe");
    expect(findOperation("POST", "/customers")?.operationId).toBe("createCustomer");
    expect(findOperation("PATCH", `/customers/${id}`)?.operationId).toBe("updateCustomer");
    expect(findOperation("GET", `/customers/${id}/users/${id}`)?.operationId).toBe("getUser");
    expect(findOperation("POST", `/customers/${id}/similar`)?.operationId).toBe(
      "createSimilarCustomer",
    );
    expect(findOperation("DELETE", `/customers/${id}/keys/x`)?.operationId).toBe("deleteKey");
    expect(findOperation("PUT", "/me")).toBeUndefined();
    expect(findOperation("GET", `/customers/${id}/nothing`)).toBeUndefined();
  });
});

describe("checkResponse", () => {
  const getCustomer = operation("getCustomer");
  const json = "application/json";

  it("accepts the contract's own example", () => {
    expect(
      checkResponse(getCustomer, 200, json, JSON.stringify(customerExample)).violations,
    ).toEqual([]);
  });

  it("accepts units as decimal strings, and flags a JSON number, a third decimal or a range passed", () => {
    // As JSON numbers with `multipleOf: 0.01`, 2288.61 failed off-the-shelf validators (floating
    // point); as strings with a pattern, the validator needs no special option.
    for (const unitBalance of ["2288.61", "1250.07", "-50.00", "0.00", "1000000000.00"]) {
      const body = JSON.stringify({ ...customerExample, unitBalance });
      expect(checkResponse(getCustomer, 200, json, body).violations, unitBalance).toEqual([]);
    }
    for (const unitBalance of [2288.61, "1250.075", "1e3", "1000000000.01", "12,50"]) {
      const body = JSON.stringify({ ...customerExample, unitBalance });
      expect(
        checkResponse(getCustomer, 200, json, body).violations.join("\n"),
        String(unitBalance),
      ).toMatch(/unitBalance/);
    }
  });

  it("flags a body that misses a required field or has a wrong type", () => {
    const { name: _name, ...withoutName } = customerExample as Record<string, unknown>;
    const missing = checkResponse(getCustomer, 200, json, JSON.stringify(withoutName));
    expect(missing.violations.join("\n")).toMatch(/name/);
    const wrongType = checkResponse(
      getCustomer,
      200,
      json,
      JSON.stringify({ ...customerExample, unitBalance: 12 }),
    );
    expect(wrongType.violations.join("\n")).toMatch(/unitBalance/);
  });

  it("flags a field the contract does not declare, nested ones too", () => {
    const extra = checkResponse(
      getCustomer,
      200,
      json,
      JSON.stringify({ ...customerExample, internalNotes: "x" }),
    );
    expect(extra.violations.join("\n")).toMatch(/unevaluated.*internalNotes/);
    const nested = (customerExample as { configuration: object }).configuration;
    const deep = checkResponse(
      getCustomer,
      200,
      json,
      JSON.stringify({ ...customerExample, configuration: { ...nested, secret: 1 } }),
    );
    expect(deep.violations.join("\n")).toMatch(/\/configuration .*secret/);
  });

  it("accepts an invoice with its lines (allOf) and flags an undeclared field in it", () => {
    const getInvoice = operation("getInvoice");
    const invoice = {
      id: "8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b",
      number: "INV-2026-0042",
      issuedAt: "2026-10-01T00:00:00Z",
      dueAt: "2026-10-31T00:00:00Z",
      status: "ISSUED",
      currency: "EUR",
      totalExTax: { amount: "100.00", currency: "EUR" },
      taxTotal: { amount: "20.00", currency: "EUR" },
      totalIncTax: { amount: "120.00", currency: "EUR" },
      lines: [
        {
          description: "Units",
          quantity: "1",
          unitPrice: { amount: "100.00", currency: "EUR" },
          taxRate: "20",
          totalExTax: { amount: "100.00", currency: "EUR" },
          totalIncTax: { amount: "120.00", currency: "EUR" },
        },
      ],
    };
    expect(checkResponse(getInvoice, 200, json, JSON.stringify(invoice)).violations).toEqual([]);
    const withExtra = checkResponse(
      getInvoice,
      200,
      json,
      JSON.stringify({ ...invoice, customerId: invoice.id }),
    );
    expect(withExtra.violations.join("\n")).toMatch(/customerId/);
    // Money is an object with a currency, never a bare number.
    const bare = checkResponse(getInvoice, 200, json, JSON.stringify({ ...invoice, taxTotal: 20 }));
    expect(bare.violations.join("\n")).toMatch(/taxTotal/);
    const noCurrency = checkResponse(
      getInvoice,
      200,
      json,
      JSON.stringify({ ...invoice, taxTotal: { amount: "20.00" } }),
    );
    expect(noCurrency.violations.join("\n")).toMatch(/taxTotal.*currency/);
  });

  it("flags a status the operation does not declare", () => {
    // getCustomer declares no 400: a bad id must be a 404 there.
    const bad = JSON.stringify({ type: problemType("validation"), title: "Bad", status: 400 });
    expect(
      checkResponse(getCustomer, 400, "application/problem+json", bad).violations,
    ).toHaveLength(1);
    const teapot = JSON.stringify({ type: problemType("internal"), title: "Tea", status: 418 });
    expect(
      checkResponse(getCustomer, 418, "application/problem+json", teapot).violations,
    ).toHaveLength(1);
    // 500 and 503 are declared everywhere: a UI must be able to map them too.
    const internal = JSON.stringify({ type: problemType("internal"), title: "Oops", status: 500 });
    expect(
      checkResponse(getCustomer, 500, "application/problem+json", internal).violations,
    ).toEqual([]);
  });

  it("flags a problem type outside the contract's closed set", () => {
    const notFound = (type: string) =>
      checkResponse(
        getCustomer,
        404,
        "application/problem+json",
        JSON.stringify({ type, title: "Not found", status: 404 }),
      ).violations;
    expect(notFound(problemType("not-found"))).toEqual([]);
    for (const type of [
      "about:blank",
      "https://customer-kit.dev/problems/customer-missing",
      "not-found",
    ]) {
      expect(notFound(type).join("\n"), type).toMatch(
        /\/type must be equal to one of the allowed values/,
      );
    }
  });

  it("flags a content type other than the declared one", () => {
    const problem = JSON.stringify({ type: problemType("not-found"), title: "Nope", status: 404 });
    expect(checkResponse(getCustomer, 404, json, problem).violations.join()).toMatch(
      /content type/,
    );
    expect(
      checkResponse(getCustomer, 404, "application/problem+json; charset=utf-8", problem)
        .violations,
    ).toEqual([]);
  });

  it("flags a problem whose status is not the HTTP status, and a body that is not JSON", () => {
    const problem = JSON.stringify({ type: problemType("not-found"), title: "Nope", status: 400 });
    expect(
      checkResponse(getCustomer, 404, "application/problem+json", problem).violations.join(),
    ).toMatch(/problem status/);
    expect(checkResponse(getCustomer, 200, json, "<html>").violations.join()).toMatch(/not JSON/);
  });

  it("flags an href that is not a path of the contract relative to the API base", () => {
    const listRelated = operation("listRelatedResources");
    const id = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";
    const page = (href: string | null) =>
      JSON.stringify({
        items: [{ id, name: "Jane", type: "USER", manageable: href !== null, href }],
        nextCursor: null,
        total: 1,
      });
    const check = (href: string | null) => checkResponse(listRelated, 200, json, page(href));
    expect(check(`/customers/${id}/users/${id}`).violations).toEqual([]);
    expect(check(null).violations).toEqual([]);
    // An anchor into a list, or a path with the base path in it, is not a link to the record.
    expect(check(`/customers/${id}/users#${id}`).violations.join()).toMatch(/href/);
    expect(check(`/api/v1/customers/${id}/users/${id}`).violations.join()).toMatch(/href/);
  });

  it("flags a body on a response that declares none (204)", () => {
    const deleteKey = operation("deleteKey");
    expect(checkResponse(deleteKey, 204, null, "").violations).toEqual([]);
    expect(checkResponse(deleteKey, 204, json, "{}").violations).toHaveLength(1);
  });
});

describe("problem types", () => {
  const problemTypes = resolveRef<{ enum: string[]; description: string }>({
    $ref: "#/components/schemas/ProblemType",
  });

  it("are the kinds the sandbox answers with, no more and no fewer", () => {
    const kinds = Object.keys(PROBLEM_KINDS) as (keyof typeof PROBLEM_KINDS)[];
    expect([...problemTypes.enum].sort()).toEqual(kinds.map(problemType).sort());
  });

  it("are each documented with the status the sandbox answers them with", () => {
    // The description's table: | `type` | status | when | carries |
    const rows = [...problemTypes.description.matchAll(/^\| `([a-z-]+)` \| (\d{3}) \|/gm)];
    const documented = Object.fromEntries(rows.map(([, kind, status]) => [kind, Number(status)]));
    const answered = Object.fromEntries(
      Object.entries(PROBLEM_KINDS).map(([kind, { status }]) => [kind, status]),
    );
    expect(documented).toEqual(answered);
  });
});

describe("checkHeaders", () => {
  it("wants an entity-tag ETag where the contract declares one, on success only", () => {
    const getCustomer = operation("getCustomer");
    expect(checkHeaders(getCustomer, 200, new Headers({ ETag: '"v1"' }))).toEqual([]);
    expect(checkHeaders(getCustomer, 200, new Headers({ ETag: 'W/"v1"' }))).toEqual([]);
    expect(checkHeaders(getCustomer, 200, new Headers())).toHaveLength(1);
    expect(checkHeaders(getCustomer, 200, new Headers({ ETag: "v1" }))).toHaveLength(1);
    expect(checkHeaders(getCustomer, 404, new Headers())).toEqual([]);
    // listCustomers declares no ETag: none is needed.
    expect(checkHeaders(operation("listCustomers"), 200, new Headers())).toEqual([]);
  });

  it("wants a Location, relative to the API base, where the contract declares one", () => {
    const createUser = operation("createUser");
    const id = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d";
    // createUser declares an ETag too (the new user's).
    const ETag = '"v1"';
    const at = (Location: string) => checkHeaders(createUser, 201, new Headers({ Location, ETag }));
    expect(at(`/customers/${id}/users/${id}`)).toEqual([]);
    expect(checkHeaders(createUser, 201, new Headers({ ETag }))).toHaveLength(1);
    expect(at("users")).toHaveLength(1);
    // With the base path, or absolute, it is not what the contract documents.
    expect(at(`/api/v1/customers/${id}/users/${id}`)).toHaveLength(1);
    expect(at(`http://sandbox.test/api/v1/customers/${id}/users/${id}`)).toHaveLength(1);
  });
});

describe("ContractRecorder", () => {
  const baseUrl = "http://sandbox.test/api/v1";

  it("records each exchange by operation, and hands violations out once", async () => {
    const recorder = new ContractRecorder(baseUrl);
    const fetch = recorder.wrap(() => async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return url.pathname.endsWith("/me")
        ? new Response("not json", { status: 200, headers: { "Content-Type": "application/json" } })
        : new Response(null, { status: 204 });
    });
    const response = await fetch(`${baseUrl}/me`);
    // The caller still gets the body: the recorder read a clone.
    expect(await response.text()).toBe("not json");
    await fetch(`${baseUrl}/customers/x/keys/y`, { method: "DELETE" });

    expect(recorder.exchanges.map((e) => [e.operationId, e.status])).toEqual([
      ["getMe", 200],
      ["deleteKey", 204],
    ]);
    expect(recorder.exercised().get("deleteKey")).toEqual(new Set([204]));
    expect(recorder.exercised("raw").size).toBe(0);
    const violations = recorder.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/GET \/me: getMe → 200: body is not JSON/);
    expect(recorder.takeViolations()).toEqual([]);
  });

  it("flags a request to a path the contract does not have", async () => {
    const recorder = new ContractRecorder(baseUrl);
    const fetch = recorder.wrap(() => async () => new Response(null, { status: 404 }));
    await fetch(`${baseUrl}/nowhere`);
    expect(recorder.takeViolations()).toEqual([
      "GET /nowhere: GET /nowhere: no operation of the contract",
    ]);
  });
});
