import { validationProblem } from "./problem";

/** The contract's default and largest page sizes. */
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 200;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/**
 * What a cursor remembers: the id of the last item handed out, and where the next page started
 * then. Resuming after the id (not at an offset) means that items added while someone pages
 * (newest first, so at the front) do not push an item onto two pages; the offset is the fallback
 * when the last item is gone. It stays far below the contract's 200 characters.
 */
interface CursorState {
  after: string;
  at: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export function encodeCursor(state: CursorState): string {
  return toBase64Url(JSON.stringify({ a: state.after, o: state.at }));
}

/** The cursor's state, or a 400 on `cursor` for anything this API did not give out. */
export function decodeCursor(cursor: string): CursorState {
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(cursor));
    if (typeof parsed === "object" && parsed !== null) {
      const { a, o } = parsed as { a?: unknown; o?: unknown };
      if (typeof a === "string" && typeof o === "number" && Number.isSafeInteger(o) && o >= 0) {
        return { after: a, at: o };
      }
    }
  } catch {
    // falls through to the problem below
  }
  throw validationProblem([
    {
      field: "cursor",
      message: "Is not a cursor of this list: pass the nextCursor of the previous page.",
      code: "cursor",
    },
  ]);
}

/**
 * One page of `items` (already filtered and in the list's order). Every item needs an `id`;
 * `limit` defaults to 25.
 */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  query: { cursor?: string | undefined; limit?: number | undefined },
): Page<T> {
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  let start = 0;
  if (query.cursor !== undefined) {
    const { after, at } = decodeCursor(query.cursor);
    const index = items.findIndex((item) => item.id === after);
    start = index >= 0 ? index + 1 : Math.min(at, items.length);
  }
  const page = items.slice(start, start + limit);
  const end = start + page.length;
  const last = page[page.length - 1];
  return {
    items: page,
    nextCursor: end < items.length && last ? encodeCursor({ after: last.id, at: end }) : null,
    total: items.length,
  };
}

/**
 * Sorts newest first by a timestamp (or date), the later-inserted first among equals. Compares
 * instants, not strings: `…08:30:00Z` and `…08:30:00.000Z` are the same moment.
 */
export function newestFirst<T>(items: readonly T[], timestamp: (item: T) => string): T[] {
  return items
    .map((item, seq) => {
      const at = Date.parse(timestamp(item));
      return { item, seq, at: Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at };
    })
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.seq - a.seq))
    .map((entry) => entry.item);
}

/**
 * Sorts by a name, without regard to case and independently of the runtime's locale (a browser and
 * Node must agree), then by a tie-breaker.
 */
export function byName<T>(
  items: readonly T[],
  name: (item: T) => string,
  tie: (item: T) => string,
): T[] {
  const key = (item: T) => [name(item).toLowerCase(), name(item), tie(item)] as const;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  });
}
