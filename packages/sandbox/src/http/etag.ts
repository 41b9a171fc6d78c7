import { ProblemError } from "./problem";

/**
 * What has an ETag of its own. Each versions only what its writes can change, so that a write to
 * one never makes another's open form stale: `customer` is the customer's settings (name, status,
 * configuration, validation HTML, language, theme), not its balance or tags; `tags` and
 * `asset-maxima` are the customer's, under its id; `user` and `key` are one record each.
 */
export type EtagKind = "customer" | "tags" | "asset-maxima" | "user" | "key";

/** The part of a tag that tells the kinds apart (the customer's has none: its tags predate this). */
const KIND_MARK: Record<EtagKind, string> = {
  customer: "",
  tags: ".tags",
  "asset-maxima": ".am",
  user: ".u",
  key: ".k",
};

/**
 * A strong ETag for one version of a resource. It is derived from the id and the version number
 * only (both stored), so that the memory store and the SQLite store give the same tag for the same
 * state, a tag survives a restart, and a tag never repeats for another resource or kind.
 */
export function etagOf(kind: EtagKind, id: string, version: number): string {
  return `"${id}${KIND_MARK[kind]}.${version}"`;
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
