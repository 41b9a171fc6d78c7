import type { operations } from "@customer-kit/client";
import type { Hono } from "hono";
import type { CustomerRecord, SandboxStore } from "../store/types";
import { authenticate, type Caller } from "./auth";
import { readJsonBody } from "./body";
import { requireIfMatch } from "./etag";
import {
  canonicalJson,
  findReplay,
  idempotencyId,
  remember,
  type StoredAnswer,
} from "./idempotency";
import { type OperationId, operationInfo } from "./operations";
import {
  type FieldError,
  notFound,
  ProblemError,
  problemResponse,
  validationProblem,
} from "./problem";
import { validateBody, validateParameters } from "./validation";

type Operation<Op extends OperationId> = operations[Op];

/** The JSON body of an operation (`undefined` when it takes none). */
export type BodyOf<Op extends OperationId> =
  Operation<Op> extends {
    requestBody: { content: { "application/json": infer B } };
  }
    ? B
    : undefined;

/** The query parameters of an operation, coerced to their types. */
export type QueryOf<Op extends OperationId> = [
  NonNullable<Operation<Op>["parameters"]["query"]>,
] extends [never]
  ? Record<string, never>
  : NonNullable<Operation<Op>["parameters"]["query"]>;

/** Everything a handler gets. It runs inside one synchronous store transaction. */
export interface OperationContext<Op extends OperationId> {
  store: SandboxStore;
  /** The instant of this request (one value, so that every timestamp it writes agrees). */
  now: Date;
  caller: Caller;
  /**
   * The API's base path, e.g. `/api/v1`. `Location` headers and `href`s are relative to it (the
   * contract's convention), so they never include it.
   */
  basePath: string;
  /** The origin the request came to (`http://127.0.0.1:4010`), for absolute URLs such as logos. */
  origin: string;
  /** The path parameters, valid per the contract. */
  params: Record<string, string>;
  query: QueryOf<Op>;
  body: BodyOf<Op>;
  /** The `If-Match` header (present whenever the operation requires it). */
  ifMatch: string;
  /**
   * The customer of a customer-scoped path, read inside the transaction (404 when the caller may
   * not see it). Reading it on other paths is a programming error.
   */
  customer: CustomerRecord;
}

/** What a handler answers: a status, a JSON body (if any) and headers. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A handler: synchronous, so that it runs inside one store transaction with nothing interleaved. */
export type Handler<Op extends OperationId> = (context: OperationContext<Op>) => Answer;

export interface OperationOptions {
  store: SandboxStore;
  now: () => Date;
  basePath: string;
  /**
   * The customer of a customer-scoped path, if the caller may see it; throws otherwise (a 404,
   * whatever else is wrong). The tenancy rule is the domain's: `app.ts` passes it in, so that
   * this protocol layer does not know it.
   */
  findCustomer: (store: SandboxStore, caller: Caller, customerId: string) => CustomerRecord;
}

/**
 * Registers the handler of one operation of the contract on the app. Its method and path come from
 * the contract, and everything that the contract says of a request is checked before the handler
 * runs, in this order:
 *
 * 1. the bearer token (401);
 * 2. the path parameters (a malformed id is a 404: it names nothing), then, on customer paths,
 *    whether the caller may see the customer (404: a customer of another billing entity is "not
 *    found" whatever else is wrong);
 * 3. the body: size (413), content type, UTF-8, JSON (400);
 * 4. query parameters, headers and body against their schemas, all errors in one 400;
 * 5. `If-Match` present where required (428);
 * 6. then, in ONE synchronous store transaction: the Idempotency-Key (replay, or 422 when reused
 *    with another body), the customer read afresh, the handler, and remembering a 2xx answer, so
 *    that two concurrent requests with one key have one effect.
 */
export function registerOperation<Op extends OperationId>(
  app: Hono,
  options: OperationOptions,
  operationId: Op,
  handler: Handler<Op>,
): void {
  const op = operationInfo(operationId);
  const { store, basePath, findCustomer } = options;
  const scoped = op.parameters.some((p) => p.in === "path" && p.name === "customerId");
  const needsIfMatch = op.parameters.some((p) => p.in === "header" && p.name === "If-Match");
  const queryParams = op.parameters.filter((p) => p.in === "query");
  const headerParams = op.parameters.filter((p) => p.in === "header" && p.name !== "If-Match");

  app.on(op.method.toUpperCase(), basePath + op.routePath, async (c) => {
    const request = c.req.raw;
    const url = new URL(request.url);
    try {
      const caller = authenticate(store, request.headers.get("Authorization"));

      const params = { ...c.req.param() } as Record<string, string>;
      // A malformed id names nothing that exists: 404, like an unknown one (and the contract
      // declares 400 on few of these paths).
      const pathError = validateParameters(op, "path", params)[0];
      if (pathError) {
        throw notFound(pathError.field.replace(/Id$/, ""), params[pathError.field] ?? "");
      }
      if (scoped) findCustomer(store, caller, params.customerId as string);

      let body: unknown;
      const errors: FieldError[] = [];
      if (op.bodyPointer) {
        const read = await readJsonBody(request);
        if (read.present) {
          body = read.value;
          errors.push(...validateBody(op, body));
        } else if (op.bodyRequired) {
          errors.push({ field: "body", message: "A JSON body is required.", code: "required" });
        }
      }
      const query: Record<string, unknown> = {};
      for (const p of queryParams) {
        const value = url.searchParams.get(p.name);
        if (value !== null) query[p.name] = value;
      }
      const headers: Record<string, unknown> = {};
      for (const p of headerParams) {
        const value = request.headers.get(p.name);
        if (value !== null) headers[p.name] = value;
      }
      errors.unshift(
        ...validateParameters(op, "query", query),
        ...validateParameters(op, "header", headers),
      );
      if (errors.length > 0) throw validationProblem(errors);
      const ifMatch = needsIfMatch ? requireIfMatch(request.headers.get("If-Match")) : "";

      const now = options.now();
      const key = op.idempotent ? (headers["Idempotency-Key"] as string | undefined) : undefined;
      const answer = store.transaction((): StoredAnswer & { replayed?: boolean } => {
        let recordId: string | undefined;
        let fingerprint = "";
        if (key !== undefined) {
          recordId = idempotencyId(caller.admin.id, operationId, url.pathname, key);
          fingerprint = canonicalJson(body ?? null);
          const replay = findReplay(store, recordId, fingerprint, now);
          if (replay) return { ...replay, replayed: true };
        }
        let customer: CustomerRecord | undefined;
        const context: OperationContext<Op> = {
          store,
          now,
          caller,
          basePath,
          origin: url.origin,
          params,
          query: query as QueryOf<Op>,
          body: body as BodyOf<Op>,
          ifMatch,
          get customer() {
            if (!scoped) throw new Error(`${operationId} is not customer-scoped`);
            customer ??= findCustomer(store, caller, params.customerId as string);
            return customer;
          },
        };
        const stored = serialise(handler(context));
        if (recordId !== undefined) remember(store, recordId, fingerprint, stored, now);
        return stored;
      });

      const responseHeaders = new Headers(answer.headers);
      if (answer.replayed) responseHeaders.set("Idempotency-Replayed", "true");
      return new Response(answer.body === "" ? null : answer.body, {
        status: answer.status,
        headers: responseHeaders,
      });
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error, url.pathname);
      throw error;
    }
  });
}

function serialise(answer: Answer): StoredAnswer {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body === undefined) return { status: answer.status, headers, body: "" };
  headers["Content-Type"] = "application/json";
  return { status: answer.status, headers, body: JSON.stringify(answer.body) };
}
