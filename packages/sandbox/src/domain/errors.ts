import type { components } from "@customer-kit/client";

/** One field a rule refused, and why (the contract's `FieldError`). */
export type FieldError = components["schemas"]["FieldError"];

/**
 * The ways a rule of the domain can refuse. Each is a problem `type` of the API too, but here it
 * has no status code: what HTTP says about it is the protocol's business (`http/problem.ts`), and
 * `app.ts` joins the two (a kind that has no problem type fails the type check there).
 */
export type DomainErrorKind =
  | "not-found"
  | "conflict"
  | "unknown-reference"
  | "insufficient-units"
  | "cutoff-balance"
  | "limit-reached";

/**
 * A rule refused: what kind of refusal, a sentence that says why, and the fields at fault. Thrown
 * from inside a store transaction, it rolls the transaction back, so a refused change writes
 * nothing.
 */
export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;

  constructor(kind: DomainErrorKind, detail: string, errors?: FieldError[]) {
    super(detail);
    this.name = "DomainError";
    this.kind = kind;
    this.detail = detail;
    this.errors = errors;
  }
}

/** Nothing of that kind with that id (or none the caller may see: the same answer, so as not to leak). */
export function notFound(what: string, id: string): DomainError {
  return new DomainError("not-found", `No ${what} ${id}.`);
}

/** A reference to something that does not exist, or that this customer may not use, on one field. */
export function unknownReference(field: string, message: string): DomainError {
  return new DomainError("unknown-reference", message, [
    { field, message, code: "unknownReference" },
  ]);
}
