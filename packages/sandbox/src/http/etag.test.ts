import { describe, expect, it } from "vitest";
import { checkIfMatch, etagOf } from "./etag";
import { ProblemError } from "./problem";

const current = etagOf("customer", "c1", 3);

function statusOf(run: () => void): number | "ok" {
  try {
    run();
    return "ok";
  } catch (error) {
    if (error instanceof ProblemError) return error.status;
    throw error;
  }
}

describe("ETags", () => {
  it("are strong, and differ per version and per resource kind", () => {
    expect(current).toMatch(/^"[^"]+"$/);
    expect(etagOf("customer", "c1", 4)).not.toBe(current);
    const kinds = ["customer", "tags", "asset-maxima", "user", "key"] as const;
    expect(new Set(kinds.map((kind) => etagOf(kind, "c1", 3))).size).toBe(kinds.length);
  });

  it("If-Match: missing is 428, stale is 412, current or * passes", () => {
    expect(statusOf(() => checkIfMatch(null, current))).toBe(428);
    expect(statusOf(() => checkIfMatch("  ", current))).toBe(428);
    expect(statusOf(() => checkIfMatch(etagOf("customer", "c1", 2), current))).toBe(412);
    expect(statusOf(() => checkIfMatch(current, current))).toBe("ok");
    expect(statusOf(() => checkIfMatch("*", current))).toBe("ok");
  });

  it("If-Match: a list matches when one tag does; a weak tag never does", () => {
    expect(statusOf(() => checkIfMatch(`"other", ${current}`, current))).toBe("ok");
    expect(statusOf(() => checkIfMatch(`W/${current}`, current))).toBe(412);
    expect(statusOf(() => checkIfMatch("not-quoted", current))).toBe(412);
  });
});
