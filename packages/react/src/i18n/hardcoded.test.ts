/**
 * Every visible string comes from the catalogue: this reads each component's source with the
 * TypeScript compiler and fails on JSX text with letters in it, and on string literals given to
 * attributes a user sees or hears (`aria-label`, `title`, `placeholder`, `alt`, …).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..");
const VISIBLE_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "aria-roledescription",
  "title",
  "placeholder",
  "alt",
  "label",
  "description",
]);

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : components(path);
    return /\.tsx$/.test(entry.name) && !/\.test\.tsx$/.test(entry.name) ? [path] : [];
  });
}

function hardCoded(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text))
      found.push(`${where(node)} "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init.text
          : init &&
              ts.isJsxExpression(init) &&
              init.expression &&
              ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : undefined;
      if (literal && /\p{L}/u.test(literal))
        found.push(`${where(node)} ${node.name.getText()}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("components", () => {
  it("show no hard-coded strings: every one comes from the message catalogue", () => {
    const files = components(SRC);
    expect(files.length).toBeGreaterThan(3);
    expect(files.flatMap(hardCoded)).toEqual([]);
  });

  it("the check itself catches JSX text and a labelled attribute", () => {
    const probe = join(SRC, "i18n", "__probe__.tsx");
    const sample = 'export const A = () => <p aria-label="Close">Hello</p>;';
    const source = ts.createSourceFile(
      probe,
      sample,
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const texts: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) texts.push(node.text);
      if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()))
        texts.push(node.name.getText());
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(texts).toEqual(["aria-label", "Hello"]);
  });
});
