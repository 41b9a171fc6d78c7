import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ROUTES_BY_TAG } from "./app";
import { TAGS } from "./http/operations";

// Route and contract-case files follow the contract's tags: an operation's handler is in
// `routes/<tag>.ts` and its tests in `contract/cases/<tag>.ts`, so that both are found from the
// operation's tag alone. app.ts refuses a routes module that defines another tag's operation; this
// holds the file names to the same tags. (Here, beside layers.test.ts, rather than in contract/:
// it checks routes/ too, and is not a case of the contract suite.)

const src = dirname(fileURLToPath(import.meta.url));

/** The file of a tag: `Asset maxima` → `asset-maxima.ts`. */
function tagFile(tag: string): string {
  return `${tag.toLowerCase().replaceAll(" ", "-")}.ts`;
}

/** Contract cases that test no single tag, run after the tags' cases. */
const CROSS_CUTTING_CASES = [
  // ETags of every resource a UI edits, and races between concurrent creations.
  "concurrency.ts",
  // Every operation, one change at a time: authentication, tenancy, idempotency, bad input.
  "matrix.ts",
];

/** Routes files that are not a tag's: helpers shared by the tags' modules. */
const SHARED_ROUTES = [
  // The type of the `define` each module is given.
  "define.ts",
];

function filesOf(folder: string): string[] {
  return readdirSync(join(src, folder))
    .filter((name) => name.endsWith(".ts"))
    .sort();
}

describe("files follow the contract's tags", () => {
  it("names a file for each tag", () => {
    expect(TAGS.length).toBeGreaterThan(0);
    expect(tagFile("Asset maxima")).toBe("asset-maxima.ts");
    expect(new Set(TAGS.map(tagFile)).size).toBe(TAGS.length);
  });

  it("has one routes file per tag, and no other but the shared helpers", () => {
    const expected = [...TAGS.map(tagFile), ...SHARED_ROUTES].sort();
    expect(filesOf("routes")).toEqual(expected);
  });

  it("registers each tag's routes module from that tag's file", async () => {
    for (const tag of TAGS) {
      const module: Record<string, unknown> = await import(`./routes/${tagFile(tag)}`);
      expect(Object.values(module), `routes/${tagFile(tag)}`).toContain(ROUTES_BY_TAG[tag]);
    }
  });

  it("has one contract-case file per tag, and no other but the named cross-cutting ones", () => {
    const expected = [...TAGS.map(tagFile), ...CROSS_CUTTING_CASES].sort();
    expect(filesOf("contract/cases")).toEqual(expected);
  });

  it("runs the cases in the contract's order of tags, then the cross-cutting ones", () => {
    const suite = readFileSync(join(src, "contract/suite.ts"), "utf8");
    // `import { defineUnitCases } from "./cases/units";` names the file of each function …
    const fileOf = new Map(
      [...suite.matchAll(/import \{ (define\w+Cases) \} from "\.\/cases\/([\w-]+)";/g)].map(
        (match) => [match[1] as string, `${match[2]}.ts`],
      ),
    );
    // … and `defineUnitCases(ctx);` is when it runs.
    const order = [...suite.matchAll(/^\s+(define\w+Cases)\(ctx\);$/gm)].map((match) =>
      fileOf.get(match[1] as string),
    );
    expect(order).toEqual([...TAGS.map(tagFile), ...CROSS_CUTTING_CASES]);
  });
});
