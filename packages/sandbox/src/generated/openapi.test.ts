import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generateOpenapiJson, jsonUrl } from "../../scripts/generate";
import { OPERATIONS } from "../http/operations";

describe("src/generated/openapi.json", () => {
  it("is what `pnpm --filter @customer-kit/sandbox generate` makes of the contract now", async () => {
    const committed = await readFile(jsonUrl, "utf8");
    expect(committed === (await generateOpenapiJson()), "stale: run the generate script").toBe(true);
  });

  it("has the contract's 37 operations, each with a unique id", () => {
    expect(OPERATIONS).toHaveLength(37);
    expect(new Set(OPERATIONS.map((op) => op.operationId)).size).toBe(37);
  });
});
