import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateOpenapiJson, jsonUrl, specUrl } from "../../scripts/generate";
import { OPERATIONS } from "../http/operations";

describe("src/generated/openapi.json", () => {
  it("is what `pnpm --filter @customer-kit/sandbox generate` makes of the contract now", async () => {
    const committed = await readFile(jsonUrl, "utf8");
    expect(committed === (await generateOpenapiJson()), "stale: run the generate script").toBe(true);
  });

  it("has every operation of the contract's YAML, each with a unique id", async () => {
    // Counted from the source, never a literal: operations are added all the time.
    const yaml = parse(await readFile(specUrl, "utf8")) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const ids = Object.values(yaml.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op && typeof op === "object" && op.operationId ? [op.operationId] : [])),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(OPERATIONS.map((op) => op.operationId).sort()).toEqual([...ids].sort());
    expect(new Set(OPERATIONS.map((op) => op.operationId)).size).toBe(ids.length);
  });
});
