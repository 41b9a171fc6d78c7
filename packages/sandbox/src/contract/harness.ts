/**
 * What every contract test works with: a target (the API under test), a recorder that checks each
 * response against the contract, typed clients per admin, and a raw fetch for requests the typed
 * client cannot send (malformed JSON, wrong types, unknown fields).
 */
import {
  type CustomerKitClient,
  CustomerKitError,
  type components,
  createCustomerKitClient,
  isCustomerKitError,
} from "@customer-kit/client";
import { expect } from "vitest";
import { SANDBOX_TOKENS } from "../seed";
import type { SandboxStore } from "../store/types";
import { ContractRecorder } from "./validator";

export type Schemas = components["schemas"];
export type Customer = Schemas["Customer"];
export type CustomerCreate = Schemas["CustomerCreate"];

/** The API under test. */
export interface ContractTarget {
  /** The API base, up to and including `/api/v1`. */
  baseUrl: string;
  /** How to send requests; default `globalThis.fetch` (looked up per call, so MSW's patch applies). */
  fetch?: typeof fetch;
  /** Back to the seeded state. */
  reset?: () => void | Promise<void>;
  close(): void | Promise<void>;
  /**
   * The store behind the API, for the few effects the API does not show (the warn-level e-mail is
   * recorded, not readable). Tests that need it skip themselves when it is absent.
   */
  store?: SandboxStore;
}

/** The three sandbox admins, by their role in the tests. */
export type Admin = "mbe" | "a" | "b";
export const TOKENS: Record<Admin, string> = {
  mbe: SANDBOX_TOKENS.mbeAdmin,
  a: SANDBOX_TOKENS.resellerAAdmin,
  b: SANDBOX_TOKENS.resellerBAdmin,
};

/** What a raw request came back with. */
export interface RawResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or `undefined` for an empty body. */
  body: unknown;
}

export interface RawOptions {
  /** The admin to authenticate as, or `null` for no Authorization header. @default "a" */
  as?: Admin | null;
  /** A JSON value to send, or a string to send as it is (for malformed JSON). */
  body?: unknown;
  headers?: Record<string, string>;
}

let unique = 0;
/** A name no other test uses, so that tests on one shared server never see each other's data. */
export function uniqueName(prefix: string): string {
  unique += 1;
  return `${prefix} ${process.pid}-${unique}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The shared state of one target's suite; `attach` fills it in `beforeAll`. */
export class ContractContext {
  #target: ContractTarget | undefined;
  #recorder: ContractRecorder | undefined;
  #fetch: typeof fetch | undefined;
  #rawFetch: typeof fetch | undefined;
  readonly #clients = new Map<string, CustomerKitClient>();

  attach(target: ContractTarget): void {
    this.#target = target;
    this.#recorder = new ContractRecorder(target.baseUrl);
    const base = () => target.fetch ?? globalThis.fetch;
    this.#fetch = this.#recorder.wrap(base, "client");
    this.#rawFetch = this.#recorder.wrap(base, "raw");
    this.#clients.clear();
  }

  get target(): ContractTarget {
    if (!this.#target) throw new Error("The contract target is not started (beforeAll failed?)");
    return this.#target;
  }
  get recorder(): ContractRecorder {
    if (!this.#recorder) throw new Error("The contract target is not started");
    return this.#recorder;
  }
  /** The fetch the typed clients send through: it checks and records every exchange. */
  get fetch(): typeof fetch {
    if (!this.#fetch) throw new Error("The contract target is not started");
    return this.#fetch;
  }
  /** The same, for requests written by hand; recorded apart, as not sent by the client. */
  get rawFetch(): typeof fetch {
    if (!this.#rawFetch) throw new Error("The contract target is not started");
    return this.#rawFetch;
  }

  /** The typed client of an admin (or of any token), going through the checking fetch. */
  client(as: Admin | { token: string }): CustomerKitClient {
    const token = typeof as === "string" ? TOKENS[as] : as.token;
    let client = this.#clients.get(token);
    if (!client) {
      client = createCustomerKitClient({
        baseUrl: this.target.baseUrl,
        getToken: () => token,
        fetch: this.fetch,
        // Retries would hide a first answer from the suite and slow failures down.
        retry: false,
      });
      this.#clients.set(token, client);
    }
    return client;
  }
  get mbe(): CustomerKitClient {
    return this.client("mbe");
  }
  get a(): CustomerKitClient {
    return this.client("a");
  }
  get b(): CustomerKitClient {
    return this.client("b");
  }

  /** One request as written, through the checking fetch; `path` is relative to the API base. */
  async raw(method: string, path: string, options: RawOptions = {}): Promise<RawResponse> {
    const { as = "a", body, headers = {} } = options;
    const init: RequestInit = { method, headers: { ...headers } };
    const sent = init.headers as Record<string, string>;
    if (as !== null) sent.Authorization ??= `Bearer ${TOKENS[as]}`;
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      sent["Content-Type"] ??= "application/json";
    }
    const response = await this.rawFetch(`${this.target.baseUrl}${path}`, init);
    const text = await response.text();
    let parsed: unknown;
    if (text.length > 0) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** A new customer of the admin's billing entity, with a unique name. */
  async newCustomer(
    as: Admin = "a",
    body: Partial<CustomerCreate> = {},
  ): Promise<{ customer: Customer; etag: string }> {
    const { data, response } = await this.client(as).POST("/customers", {
      body: { name: uniqueName("Contract"), ...body },
    });
    return { customer: data as Customer, etag: response.headers.get("ETag") ?? "" };
  }

  /** The current ETag of a customer. */
  async customerEtag(customerId: string, as: Admin = "mbe"): Promise<string> {
    const { response } = await this.client(as).GET("/customers/{customerId}", {
      params: { path: { customerId } },
    });
    const etag = response.headers.get("ETag");
    expect(etag, "GET /customers/{id} returns an ETag").toBeTruthy();
    return etag as string;
  }

  /** The current ETag of a customer's tags. */
  async tagsEtag(customerId: string, as: Admin = "mbe"): Promise<string> {
    const { response } = await this.client(as).GET("/customers/{customerId}/tags", {
      params: { path: { customerId } },
    });
    const etag = response.headers.get("ETag");
    expect(etag, "GET /customers/{id}/tags returns an ETag").toBeTruthy();
    return etag as string;
  }

  /** The current ETag of a user. */
  async userEtag(customerId: string, userId: string, as: Admin = "mbe"): Promise<string> {
    const { response } = await this.client(as).GET("/customers/{customerId}/users/{userId}", {
      params: { path: { customerId, userId } },
    });
    const etag = response.headers.get("ETag");
    expect(etag, "GET /customers/{id}/users/{id} returns an ETag").toBeTruthy();
    return etag as string;
  }

  /** The current ETag of a key. */
  async keyEtag(customerId: string, keyId: string, as: Admin = "mbe"): Promise<string> {
    const { response } = await this.client(as).GET("/customers/{customerId}/keys/{keyId}", {
      params: { path: { customerId, keyId } },
    });
    const etag = response.headers.get("ETag");
    expect(etag, "GET /customers/{id}/keys/{id} returns an ETag").toBeTruthy();
    return etag as string;
  }

  /** The current ETag of a customer's asset maxima. */
  async maximaEtag(customerId: string, as: Admin = "mbe"): Promise<string> {
    const { response } = await this.client(as).GET("/customers/{customerId}/asset-maxima", {
      params: { path: { customerId } },
    });
    const etag = response.headers.get("ETag");
    expect(etag, "GET /customers/{id}/asset-maxima returns an ETag").toBeTruthy();
    return etag as string;
  }
}

/**
 * The error a client call failed with; fails the test when it succeeded or failed otherwise.
 * Checks the status, and that every field named in `fields` is among the fields at fault.
 */
export async function expectProblem(
  call: Promise<unknown>,
  status: number,
  fields: string[] = [],
): Promise<CustomerKitError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected the call to fail with ${status}`).toBeInstanceOf(Error);
  if (!isCustomerKitError(error)) throw error;
  expect(error, `${error.status} ${error.title}: ${error.detail ?? ""}`).toBeInstanceOf(
    CustomerKitError,
  );
  expect({ status: error.status, detail: error.detail }).toMatchObject({ status });
  expect(error.problem, "a problem+json body").toBeDefined();
  const faulty = error.fieldErrors.map((fieldError) => fieldError.field);
  for (const field of fields) expect(faulty).toContain(field);
  return error;
}

/** Checks a raw problem answer: its status and the fields at fault named. */
export function expectRawProblem(
  response: RawResponse,
  status: number | number[],
  fields: string[] = [],
): void {
  const statuses = Array.isArray(status) ? status : [status];
  expect(statuses, `status ${response.status}: ${JSON.stringify(response.body)}`).toContain(
    response.status,
  );
  const problem = response.body as Schemas["Problem"];
  expect(response.headers.get("Content-Type") ?? "").toMatch(/^application\/problem\+json/);
  const faulty = (problem.errors ?? []).map((fieldError) => fieldError.field);
  for (const field of fields) {
    expect(faulty, `fields at fault in ${JSON.stringify(problem)}`).toContain(field);
  }
}

/** Every item of a paginated list, following `nextCursor`; checks `total` on the way. */
export async function allPages<T>(
  page: (
    cursor: string | undefined,
  ) => Promise<{ items: T[]; nextCursor: string | null; total: number }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  let total: number | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const result = await page(cursor);
    total ??= result.total;
    expect(result.total, "total stays the same across pages").toBe(total);
    items.push(...result.items);
    if (result.nextCursor === null) break;
    expect(result.items.length, "a page that is not the last is not empty").toBeGreaterThan(0);
    cursor = result.nextCursor;
  }
  expect(items.length, "total counts every item over all pages").toBe(total);
  return items;
}

/**
 * Integer cents of an amount as the API writes it (a decimal string, or `Money`), for sums that
 * must be exact. Parsed digit by digit, as a host should: `Number("0.29") * 100` is not 29.
 * Fails the test for a string that is not a decimal with exactly two decimals, the form the API
 * promises to answer with.
 */
export function cents(amount: string | { amount: string }): number {
  const text = typeof amount === "string" ? amount : amount.amount;
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  expect(match, `${JSON.stringify(text)} is a decimal string with two decimals`).not.toBeNull();
  const [, sign, whole, fraction] = match as RegExpExecArray;
  const value = Number(whole) * 100 + Number(fraction);
  return sign === "-" && value !== 0 ? -value : value;
}
