/**
 * Freezes a record and everything in it, in place, and returns it: what `scan` hands out is shared
 * with the store, so a mutation must throw (strict mode) rather than change stored data. Only for
 * the stores' own fresh copies (records are plain JSON-like data).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** The one empty `scan` result. */
export const EMPTY: readonly never[] = Object.freeze([]);
