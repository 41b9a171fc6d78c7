import { readFile } from "node:fs/promises";
import ts from "typescript";
import { expect, it } from "vitest";
import { schemaUrl } from "../scripts/generate";

/** The names under `components.schemas` in the generated file. */
async function schemaNames(): Promise<string[]> {
  const file = ts.createSourceFile(
    "schema.ts",
    await readFile(schemaUrl, "utf8"),
    ts.ScriptTarget.Latest,
  );
  const components = file.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === "components",
  );
  const schemas = components?.members.find(
    (member): member is ts.PropertySignature =>
      ts.isPropertySignature(member) && member.name.getText(file) === "schemas",
  );
  const literal = schemas?.type && ts.isTypeLiteralNode(schemas.type) ? schemas.type : undefined;
  return (literal?.members ?? []).map((member) => member.name?.getText(file) ?? "");
}

it("has an alias, named as in the contract, for every schema", async () => {
  const source = await readFile(new URL("./types.ts", import.meta.url), "utf8");
  const aliases = [...source.matchAll(/^export type (\w+) = Schemas\["(\w+)"\];$/gm)];

  expect(aliases.every(([, name, schema]) => name === schema)).toBe(true);
  expect(aliases.map(([, name]) => name).sort()).toEqual((await schemaNames()).sort());
});
