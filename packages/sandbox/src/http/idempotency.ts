import type { IdempotencyRecord, SandboxStore } from "../store/types";
import { ProblemError } from "./problem";

/** How long an answer is remembered (the contract: 24 hours). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** An answer as it is stored and replayed. */
export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * JSON with object keys sorted, so that `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same request.
 * Only ever called on bodies that passed validation, whose depth the contract bounds.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The record id of a key: it is scoped to the admin, the operation and the path. */
export function idempotencyId(
  adminId: string,
  operationId: string,
  path: string,
  key: string,
): string {
  return `${adminId} ${operationId} ${path} ${key}`;
}

/**
 * The remembered answer for this key, or null when there is none (or it expired). The same key
 * with another body is a 422 `idempotency-key-reused`. Call inside the store transaction that
 * also does the work, so that two concurrent requests with one key cannot both do it.
 */
export function findReplay(
  store: SandboxStore,
  id: string,
  fingerprint: string,
  now: Date,
): StoredAnswer | null {
  const record = store.get("idempotency", id);
  if (!record) return null;
  if (now.getTime() - Date.parse(record.createdAt) > IDEMPOTENCY_TTL_MS) {
    store.remove("idempotency", id);
    return null;
  }
  if (record.fingerprint !== fingerprint) {
    throw new ProblemError("idempotency-key-reused", {
      detail:
        "This Idempotency-Key was sent before with another request body. Use a new key for a new request.",
      errors: [
        {
          field: "Idempotency-Key",
          message: "Was used with another request body.",
          code: "idempotencyKeyReused",
        },
      ],
    });
  }
  return { status: record.status, headers: record.headers, body: record.body };
}

/** Remembers a successful answer; others are not remembered, so a retry can succeed. */
export function remember(
  store: SandboxStore,
  id: string,
  fingerprint: string,
  answer: StoredAnswer,
  now: Date,
): void {
  if (answer.status < 200 || answer.status > 299) return;
  const record: IdempotencyRecord = {
    id,
    fingerprint,
    status: answer.status,
    headers: answer.headers,
    body: answer.body,
    createdAt: now.toISOString(),
  };
  store.put("idempotency", record);
}
