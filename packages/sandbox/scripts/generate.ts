/**
 * Writes `src/generated/openapi.json`: the contract (openapi/customer-admin.yaml) as JSON, so that
 * the sandbox can validate requests against it in browsers without a YAML parser. Run with
 * `pnpm --filter @customer-kit/sandbox generate`.
 *
 * `generateOpenapiJson()` returns the text instead of writing it, so that
 * `src/generated/openapi.test.ts` can tell when the committed file is stale.
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const specUrl = new URL("../../../openapi/customer-admin.yaml", import.meta.url);
export const jsonUrl = new URL("../src/generated/openapi.json", import.meta.url);

export async function generateOpenapiJson(): Promise<string> {
  const spec = parse(await readFile(specUrl, "utf8")) as Record<string, unknown>;
  // JSON has no comments, so the "do not edit" note travels as a vendor extension.
  const note = {
    "x-generated": "From openapi/customer-admin.yaml by scripts/generate.ts. Do not edit.",
  };
  return `${JSON.stringify({ ...note, ...spec }, null, 2)}\n`;
}

// Only write when run as a script, not when the staleness test imports this module.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(jsonUrl, await generateOpenapiJson());
  console.log(`Wrote ${fileURLToPath(jsonUrl)}`);
}
