import type { components } from "./generated/schema";

type Problem = components["schemas"]["Problem"];
type FieldError = components["schemas"]["FieldError"];

/**
 * What went wrong:
 * - `"http"`: the server answered with a status outside 200–299;
 * - `"network"`: no answer at all (offline, DNS, CORS, connection reset);
 * - `"timeout"`: no answer within `timeoutMs`.
 */
export type CustomerKitErrorKind = "http" | "network" | "timeout";

/** What a {@link CustomerKitError} is made of. */
export interface CustomerKitErrorInit {
  kind: CustomerKitErrorKind;
  status: number;
  title: string;
  detail?: string | undefined;
  type?: string | undefined;
  instance?: string | undefined;
  fieldErrors?: FieldError[] | undefined;
  problem?: Problem | undefined;
  cause?: unknown;
}

/**
 * The one error the client throws for a failed call (a cancelled call still rejects with the
 * caller's `AbortError`, so that query libraries recognise the cancellation).
 */
export class CustomerKitError extends Error {
  override name = "CustomerKitError";
  /** See {@link CustomerKitErrorKind}. */
  declare readonly kind: CustomerKitErrorKind;
  /** The HTTP status; `0` when there was no response (`kind` `"network"` or `"timeout"`). */
  declare readonly status: number;
  /** A short summary: the problem's `title`, else the status text. */
  declare readonly title: string;
  /** What went wrong this time, from the problem's `detail`. */
  declare readonly detail?: string;
  /** The problem type URI. */
  declare readonly type?: string;
  /** The request path the problem is about. */
  declare readonly instance?: string;
  /** Every field at fault (`field` is a dotted path such as `address.postalCode`); empty when none. */
  declare readonly fieldErrors: FieldError[];
  /** The raw body when the response was `application/problem+json`. */
  declare readonly problem?: Problem;

  constructor({ cause, fieldErrors = [], ...init }: CustomerKitErrorInit) {
    super(init.detail ?? init.title, { cause });
    Object.assign(this, init, { fieldErrors });
  }
}

/**
 * Whether `error` is a {@link CustomerKitError}. Checks the name rather than `instanceof`, so that
 * it also holds when a host ends up with both the ESM and the CJS build of this package.
 */
export function isCustomerKitError(error: unknown): error is CustomerKitError {
  return error instanceof Error && error.name === "CustomerKitError";
}

/**
 * The message for one field of a failed request, for showing beside that field in a form;
 * `undefined` when `error` says nothing about it.
 *
 * @example fieldError(mutation.error, "configuration.address.postalCode")
 */
export function fieldError(error: unknown, field: string): string | undefined {
  return isCustomerKitError(error)
    ? error.fieldErrors.find((fieldError) => fieldError.field === field)?.message
    : undefined;
}
