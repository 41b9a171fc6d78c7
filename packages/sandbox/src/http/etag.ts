import { ProblemError } from "./problem";

/**
 * A strong ETag for one version of a resource. It is derived from the id and the version number
 * only, so that the memory store and the SQLite store give the same tag for the same state, and a
 * tag never repeats for another resource.
 */
export function etagOf(kind: "customer" | "asset-maxima", id: string, version: number): string {
  return kind === "customer" ? `"${id}.${version}"` : `"${id}.am.${version}"`;
}

/** The presence part of `checkIfMatch`: 428 when `If-Match` is missing. */
export function requireIfMatch(header: string | null | undefined): string {
  if (header === null || header === undefined || header.trim() === "") {
    throw new ProblemError("precondition-required", {
      detail: "Send If-Match with the ETag of the version you read.",
    });
  }
  return header.trim();
}

/**
 * Checks `If-Match` (RFC 9110 §13.1.1) against the current tag: missing is 428, not matching is 412.
 * `*` matches any current version; a list matches when one of its tags does; weak tags (`W/"…"`)
 * never match, because If-Match compares strongly.
 */
export function checkIfMatch(header: string | null | undefined, current: string): void {
  const value = requireIfMatch(header);
  if (value === "*") return;
  const tags: string[] = value.match(/(?:W\/)?"[^"]*"/g) ?? [];
  if (tags.includes(current)) return;
  throw new ProblemError("precondition-failed", {
    detail: "It was changed since you read it: read it again and send its new ETag in If-Match.",
  });
}
