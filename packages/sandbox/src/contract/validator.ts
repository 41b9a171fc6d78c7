/**
 * Checks every response against the contract and records which operations were exercised.
 *
 * `ContractRecorder.wrap()` gives a fetch that, for each exchange, finds the operation (method +
 * path → operationId), then checks that the status is one the operation declares (so any 5xx is
 * a violation: the contract declares none), that the content type is a declared one, and that the
 * body validates against the declared schema (Ajv, JSON Schema 2020-12, over the generated
 * openapi.json). Violations are collected rather than thrown: a throw inside fetch would reach
 * the test as a "network error" from the client and hide what was wrong. The suite asserts after
 * each test that none were collected.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { findOperation, type OperationSpec, operations, spec } from "./spec";

/** One request and its answer, as the recorder saw them. */
export interface Exchange {
  method: string;
  /** Path relative to the API base, with the query string. */
  path: string;
  operationId: string | undefined;
  /** Who sent it: the typed client, or a raw request of a bad-input or matrix test. */
  via: Via;
  status: number;
  contentType: string | null;
  /** The parsed JSON body, or `undefined` when there was none (or it did not parse). */
  body: unknown;
  /** What is wrong with this exchange, empty when it keeps the contract. */
  violations: string[];
}

/** How a request was sent: through `@customer-kit/client`, or as written (`fetch`). */
export type Via = "client" | "raw";

const SPEC_ID = "https://customer-kit.dev/openapi.json";

function createAjv() {
  const ajv = new Ajv2020({
    allErrors: true,
    // The document is OpenAPI, not a bare JSON Schema: `openapi`, `paths`, `example`, … are not
    // schema keywords. Strict mode would refuse the document; the schemas in it are linted by
    // Redocly already.
    strict: false,
    // Ajv as it comes otherwise: amounts are decimal strings whose patterns any validator checks
    // exactly, so no `multipleOfPrecision` is needed to pass valid answers.
  });
  addFormats(ajv);
  ajv.addSchema(closeObjects(spec), SPEC_ID);
  return ajv;
}

/**
 * A copy of the contract in which every object schema that does not say otherwise refuses
 * properties it does not declare (`unevaluatedProperties: false`). The contract leaves response
 * objects open, as APIs may grow; the sandbox must not, or a field it invents (or one the contract
 * renamed) would reach hosts' types silently. `allOf` is what JSON Schema 2020-12 needs care
 * for: a member closed on its own would refuse the other members' properties, so the members are
 * inlined open and the `allOf` schema itself is closed.
 */
export function closeObjects<T>(document: T): T {
  const copy = structuredClone(document) as Record<string, unknown>;
  const components = (copy.components as { schemas: Record<string, unknown> }).schemas;
  const resolve = (ref: string) => components[ref.replace("#/components/schemas/", "")];
  const open = (schema: unknown): unknown => {
    if (!isObject(schema)) return schema;
    const target = typeof schema.$ref === "string" ? resolve(schema.$ref) : schema;
    const { unevaluatedProperties: _, ...rest } = structuredClone(target) as Record<
      string,
      unknown
    >;
    return rest;
  };
  const visit = (schema: unknown): void => {
    if (Array.isArray(schema)) {
      schema.forEach(visit);
      return;
    }
    if (!isObject(schema)) return;
    if (Array.isArray(schema.allOf)) {
      const members = schema.allOf.map(open) as Record<string, unknown>[];
      schema.allOf = members;
      schema.unevaluatedProperties = false;
      // The members stay open themselves; what they nest is closed as anywhere else.
      for (const member of members) Object.values(member).forEach(visit);
    } else if (isObject(schema.properties) && schema.additionalProperties === undefined) {
      schema.unevaluatedProperties = false;
    }
    for (const [key, value] of Object.entries(schema)) if (key !== "allOf") visit(value);
  };
  visit(components);
  return copy as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

let sharedAjv: ReturnType<typeof createAjv> | undefined;
const validators = new Map<string, ValidateFunction>();

/** A compiled validator for the schema at `pointer` (`#/components/...`) in the contract. */
export function schemaValidator(pointer: string): ValidateFunction {
  let validate = validators.get(pointer);
  if (!validate) {
    sharedAjv ??= createAjv();
    validate = sharedAjv.compile({ $ref: `${SPEC_ID}${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

/** `application/problem+json; charset=utf-8` → `application/problem+json`. */
function mediaTypeOf(contentType: string | null): string | null {
  return contentType?.split(";")[0]?.trim().toLowerCase() ?? null;
}

/**
 * What is wrong with a response of `op` (empty when nothing is). Pure: the body is given as text.
 * Exported for the validator's own tests.
 */
export function checkResponse(
  op: OperationSpec,
  status: number,
  contentType: string | null,
  text: string,
): { violations: string[]; body: unknown } {
  const where = `${op.operationId} → ${status}`;
  const declared = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`];
  if (!declared) {
    const allowed = Object.keys(op.responses).join(", ");
    return {
      violations: [`${where}: status not declared by the contract (declared: ${allowed})`],
      body: safeParse(text),
    };
  }
  const declaredTypes = Object.keys(declared.content ?? {});
  if (declaredTypes.length === 0) {
    // 204 and friends: the contract declares no body.
    return {
      violations: text.length > 0 ? [`${where}: has a body where the contract declares none`] : [],
      body: undefined,
    };
  }
  const mediaType = mediaTypeOf(contentType);
  if (!mediaType || !declaredTypes.includes(mediaType)) {
    return {
      violations: [
        `${where}: content type ${contentType ?? "(none)"} is not the declared ${declaredTypes.join(" or ")}`,
      ],
      body: safeParse(text),
    };
  }
  const body = safeParse(text);
  if (body === undefined) {
    return { violations: [`${where}: body is not JSON: ${text.slice(0, 200)}`], body };
  }
  const pointer = op.schemaPointers[String(status)]?.[mediaType];
  const violations: string[] = [];
  if (pointer) {
    const validate = schemaValidator(pointer);
    if (!validate(body)) {
      for (const error of validate.errors ?? []) {
        violations.push(
          `${where}: ${error.instancePath || "(body)"} ${error.message} ${JSON.stringify(error.params)}`,
        );
      }
    }
  }
  // The contract's convention for links: an `href` is a path relative to the API base, as a
  // `Location` is, of an operation that reads one record.
  for (const { pointer, href } of hrefsIn(body)) {
    if (!findOperation("GET", href)) {
      violations.push(
        `${where}: ${pointer} ${href} is not a path of the contract relative to the API base`,
      );
    }
  }
  // RFC 9457: the problem's status, when present, is the response's (our schema requires it).
  if (mediaType === "application/problem+json") {
    const problemStatus = (body as { status?: unknown }).status;
    if (problemStatus !== status) {
      violations.push(`${where}: problem status ${String(problemStatus)} ≠ HTTP status`);
    }
  }
  return { violations, body };
}

/** Every string `href` in a JSON value, with where it is (`/items/2/href`). */
function hrefsIn(value: unknown, pointer = ""): { pointer: string; href: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => hrefsIn(item, `${pointer}/${i}`));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "href" && typeof item === "string"
      ? [{ pointer: `${pointer}/href`, href: item }]
      : hrefsIn(item, `${pointer}/${key}`),
  );
}

/** RFC 9110 entity-tag: optionally weak, a quoted string of visible characters but `"`. */
const ENTITY_TAG = /^(W\/)?"[\x21\x23-\x7E\x80-\xFF]*"$/;

/**
 * What is wrong with the headers of a 2xx response of `op`: the contract's conventions say that
 * the responses declaring an `ETag` return one (for `If-Match`), and the ones declaring a
 * `Location` name the created resource. The contract does not mark those headers required, so
 * this holds the API to its own conventions; error responses declare no headers.
 */
export function checkHeaders(op: OperationSpec, status: number, headers: Headers): string[] {
  const declared = op.responses[String(status)]?.headers ?? {};
  if (status < 200 || status >= 300) return [];
  const where = `${op.operationId} → ${status}`;
  const violations: string[] = [];
  if ("ETag" in declared) {
    const etag = headers.get("ETag");
    if (etag === null) violations.push(`${where}: no ETag header, which the contract declares`);
    else if (!ENTITY_TAG.test(etag)) violations.push(`${where}: ETag ${etag} is not an entity-tag`);
  }
  if ("Location" in declared) {
    const location = headers.get("Location");
    if (location === null) {
      violations.push(`${where}: no Location header, which the contract declares`);
    } else if (!operations.some((candidate) => candidate.pattern.test(location))) {
      // The contract's convention: a path relative to the API base URL, as every `href` is.
      violations.push(
        `${where}: Location ${location} is not a path of the contract relative to the API base`,
      );
    }
  }
  return violations;
}

/** A path short enough to read in a failure message (bad-input tests send 4,000-character ids). */
function shorten(path: string): string {
  return path.length > 160
    ? `${path.slice(0, 100)}…(${path.length} chars)…${path.slice(-40)}`
    : path;
}

function safeParse(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Keeps every exchange of one target, the violations not yet collected by a test, and which
 * operations were exercised with which statuses.
 */
export class ContractRecorder {
  readonly exchanges: Exchange[] = [];
  #pending: string[] = [];
  readonly #basePath: string;

  /** @param baseUrl the API base (`http://127.0.0.1:4010/api/v1`); paths are matched below it. */
  constructor(baseUrl: string) {
    this.#basePath = new URL(baseUrl).pathname.replace(/\/$/, "");
  }

  /**
   * A fetch that sends through `base()` (looked up per call, so MSW's patch of globalThis.fetch
   * applies) and checks each response before handing it back unread.
   */
  wrap(base: () => typeof fetch = () => globalThis.fetch, via: Via = "client"): typeof fetch {
    return async (input, init) => {
      const request = new Request(input, init);
      const { method, url } = request;
      const response = await base()(request);
      await this.record(method, url, response.clone(), via);
      return response;
    };
  }

  /** Checks one exchange and keeps it. */
  async record(
    method: string,
    url: string,
    response: Response,
    via: Via = "client",
  ): Promise<Exchange> {
    const parsed = new URL(url);
    const path = parsed.pathname.startsWith(this.#basePath)
      ? parsed.pathname.slice(this.#basePath.length)
      : parsed.pathname;
    const text = await response.text();
    const contentType = response.headers.get("Content-Type");
    const op = findOperation(method, path);
    const exchange: Exchange = {
      method,
      path: path + parsed.search,
      operationId: op?.operationId,
      via,
      status: response.status,
      contentType,
      body: undefined,
      violations: [],
    };
    if (!op) {
      exchange.violations.push(`${method} ${shorten(path)}: no operation of the contract`);
    } else {
      const checked = checkResponse(op, response.status, contentType, text);
      exchange.body = checked.body;
      exchange.violations.push(...checked.violations);
      exchange.violations.push(...checkHeaders(op, response.status, response.headers));
    }
    this.exchanges.push(exchange);
    for (const violation of exchange.violations) {
      this.#pending.push(`${method} ${shorten(exchange.path)}: ${violation}`);
    }
    return exchange;
  }

  /** The violations recorded since the last call, and forgets them. */
  takeViolations(): string[] {
    const taken = this.#pending;
    this.#pending = [];
    return taken;
  }

  /** operationId → every status it answered with (to requests sent `via`, when given). */
  exercised(via?: Via): Map<string, Set<number>> {
    const byOperation = new Map<string, Set<number>>();
    for (const { operationId, status, via: sentVia } of this.exchanges) {
      if (!operationId || (via && sentVia !== via)) continue;
      const statuses = byOperation.get(operationId) ?? new Set<number>();
      statuses.add(status);
      byOperation.set(operationId, statuses);
    }
    return byOperation;
  }
}
