import type { components } from "@customer-kit/client";

export type Problem = components["schemas"]["Problem"];
export type FieldError = components["schemas"]["FieldError"];
/** The contract's closed set of problem types (`ProblemType`). */
export type ProblemType = components["schemas"]["ProblemType"];

const BASE = "https://customer-kit.dev/problems/";

/**
 * Every kind of problem the sandbox answers with: its `type` URI ends with the key. The contract
 * documents each (`ProblemType`); `problemType` fails the type check for a kind it does not have,
 * and problem.test.ts for a type of the contract that is missing here or has another status.
 */
export const PROBLEM_KINDS = {
  validation: { status: 400, title: "The request is not valid" },
  unauthorized: { status: 401, title: "Authentication required" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Already exists" },
  "precondition-failed": { status: 412, title: "The resource was changed by someone else" },
  "payload-too-large": { status: 413, title: "The request body is too large" },
  "cutoff-balance": { status: 422, title: "The debit would pass the cutoff balance" },
  "idempotency-key-reused": {
    status: 422,
    title: "The Idempotency-Key was used with another request body",
  },
  "unknown-reference": { status: 422, title: "A referenced resource does not exist" },
  "insufficient-units": { status: 422, title: "Not enough units of that type" },
  "limit-reached": { status: 422, title: "A limit is reached" },
  "precondition-required": { status: 428, title: "If-Match is required" },
  /** What fault injection answers (see faults.ts); the sandbox itself never does. */
  unavailable: { status: 503, title: "The service is unavailable" },
  internal: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

export function problemType(kind: ProblemKind): ProblemType {
  // A template literal of the kinds: assignable only while every kind is in the contract's enum.
  const type: `${typeof BASE}${ProblemKind}` = `${BASE}${kind}`;
  return type;
}

/**
 * A problem to answer with. Route code throws it (also from inside a store transaction, which the
 * throw rolls back); the app turns it into an `application/problem+json` response.
 */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    kind: ProblemKind,
    init: {
      detail?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
      status?: number;
      title?: string;
    } = {},
  ) {
    const defaults = PROBLEM_KINDS[kind];
    super(init.detail ?? defaults.title);
    this.name = "ProblemError";
    this.kind = kind;
    this.status = init.status ?? defaults.status;
    this.title = init.title ?? defaults.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.headers = init.headers ?? {};
  }
}

/** The most field errors one problem lists: a 256 KiB array of wrong items could have 60,000. */
export const MAX_FIELD_ERRORS = 100;

/** A 400 listing the fields at fault (the first 100), with a detail that counts them all. */
export function validationProblem(errors: FieldError[]): ProblemError {
  let detail =
    errors.length === 1 ? "1 field is not valid." : `${errors.length} fields are not valid.`;
  if (errors.length > MAX_FIELD_ERRORS) detail += ` The first ${MAX_FIELD_ERRORS} are listed.`;
  return new ProblemError("validation", { detail, errors: errors.slice(0, MAX_FIELD_ERRORS) });
}

export function notFound(what: string, id: string): ProblemError {
  return new ProblemError("not-found", { detail: `No ${what} ${id}.` });
}

/**
 * A refusal as the rules state it, without HTTP: a kind that names one of the problem types, a
 * sentence, and the fields at fault. The domain's errors are such refusals (`app.ts` joins them,
 * so that this protocol layer knows nothing of the domain).
 */
export interface Refusal {
  kind: ProblemKind;
  detail?: string | undefined;
  errors?: readonly FieldError[] | undefined;
}

/** The problem a refusal answers with: its kind's status and title. */
export function problemOf(refusal: Refusal): ProblemError {
  return new ProblemError(refusal.kind, {
    ...(refusal.detail !== undefined && { detail: refusal.detail }),
    ...(refusal.errors !== undefined && { errors: [...refusal.errors] }),
  });
}

/** The response for a problem; `instance` is the request path. */
export function problemResponse(problem: ProblemError, instance: string): Response {
  const body: Problem = {
    type: problemType(problem.kind),
    title: problem.title,
    status: problem.status,
    ...(problem.detail !== undefined && { detail: problem.detail }),
    instance,
    ...(problem.errors !== undefined && { errors: problem.errors }),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { ...problem.headers, "Content-Type": "application/problem+json" },
  });
}
