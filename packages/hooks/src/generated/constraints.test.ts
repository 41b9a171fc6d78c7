// @vitest-environment node
// Reads files: Node, not jsdom (whose URLs are not file: URLs).
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { constraintsUrl, generateConstraints } from "../../scripts/generate";

it("is what the contract generates now (run `pnpm --filter @customer-kit/hooks generate` when this fails)", async () => {
  const committed = await readFile(constraintsUrl, "utf8");

  expect(committed === (await generateConstraints()), "stale: run the generate script").toBe(true);
});
