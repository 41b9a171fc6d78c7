import { describe, expect, it } from "vitest";
import { byName, decodeCursor, encodeCursor, newestFirst, paginate } from "./paging";
import { ProblemError } from "./problem";

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `id-${i}` }));

describe("paginate", () => {
  it("pages with a default of 25, a cursor to the next page, and the total", () => {
    const first = paginate(items(30), {});
    expect(first.items).toHaveLength(25);
    expect(first.total).toBe(30);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = paginate(items(30), { cursor: first.nextCursor as string });
    expect(second.items.map((i) => i.id)).toEqual(["id-25", "id-26", "id-27", "id-28", "id-29"]);
    expect(second.nextCursor).toBeNull();
  });

  it("has no next cursor when the page ends exactly at the last item", () => {
    expect(
      paginate(items(4), {
        limit: 2,
        cursor: paginate(items(4), { limit: 2 }).nextCursor as string,
      }).nextCursor,
    ).toBeNull();
    expect(paginate([], {})).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it("resumes after the last item seen, so items added at the front do not repeat", () => {
    const list = items(6);
    const first = paginate(list, { limit: 3 });
    // Two newer items arrive at the front (newest first) before the next page is read.
    const grown = [{ id: "new-1" }, { id: "new-2" }, ...list];
    const second = paginate(grown, { limit: 3, cursor: first.nextCursor as string });
    expect(second.items.map((i) => i.id)).toEqual(["id-3", "id-4", "id-5"]);
  });

  it("falls back to the position when the last item seen is gone", () => {
    const list = items(6);
    const first = paginate(list, { limit: 3 });
    const shrunk = list.filter((i) => i.id !== "id-2");
    expect(paginate(shrunk, { limit: 3, cursor: first.nextCursor as string }).items[0]?.id).toBe(
      "id-4",
    );
  });

  it("keeps cursors short enough for the contract's 200 characters", () => {
    const long = [{ id: "x".repeat(36) }, { id: "y".repeat(36) }];
    expect((paginate(long, { limit: 1 }).nextCursor as string).length).toBeLessThan(100);
  });
});

describe("decodeCursor", () => {
  it("reads back what encodeCursor wrote", () => {
    expect(decodeCursor(encodeCursor({ after: "abc", at: 7 }))).toEqual({ after: "abc", at: 7 });
  });

  it("refuses anything else with a 400 on `cursor`", () => {
    const bad = [
      "abc",
      "!!!",
      btoa("null"),
      btoa('{"a":1,"o":1}'),
      btoa('{"a":"x","o":-1}'),
      btoa('{"a":"x","o":1.5}'),
      btoa("\xff\xfe"),
      "eyJvIjoyNX0", // the contract's example: an offset cursor of another implementation
    ];
    for (const cursor of bad) {
      let error: unknown;
      try {
        decodeCursor(cursor);
      } catch (e) {
        error = e;
      }
      expect(error, cursor).toBeInstanceOf(ProblemError);
      expect((error as ProblemError).status).toBe(400);
      expect((error as ProblemError).errors?.[0]?.field).toBe("cursor");
    }
  });
});

describe("ordering", () => {
  it("sorts newest first by instant, later insertions first among equals", () => {
    const list = [
      { id: "a", at: "2026-01-01T00:00:00Z" },
      { id: "b", at: "2026-03-01T00:00:00.000Z" },
      { id: "c", at: "2026-01-01T00:00:00.000Z" },
      { id: "d", at: "2026-02-01T00:00:00.500Z" },
    ];
    expect(newestFirst(list, (i) => i.at).map((i) => i.id)).toEqual(["b", "d", "c", "a"]);
  });

  it("sorts by name without regard to case, the same in every locale", () => {
    const list = [{ n: "bob" }, { n: "Alice" }, { n: "alice" }, { n: "Émile" }, { n: "carol" }];
    expect(
      byName(
        list,
        (i) => i.n,
        () => "",
      ).map((i) => i.n),
    ).toEqual(["Alice", "alice", "bob", "carol", "Émile"]);
  });
});
