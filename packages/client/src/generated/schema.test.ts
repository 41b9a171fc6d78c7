import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { generateSchema, schemaUrl } from "../../scripts/generate";

it("is what the contract generates now (run `pnpm generate` when this fails)", async () => {
  const committed = await readFile(schemaUrl, "utf8");

  expect(committed).toBe(await generateSchema());
});
