import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The sandbox's layers import one way: `domain/` holds the rules and knows nothing of HTTP,
// `http/` holds the protocol and knows nothing of the rules, and `routes/` (with `app.ts`) join
// them. A wrong-way import compiles fine, so this test reads the import statements of each folder.

const src = dirname(fileURLToPath(import.meta.url));

/** Every TypeScript file under a folder of src/, tests included, as paths relative to src/. */
function filesOf(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(folder, name));
}

/** The folders of src/ that a file imports from (relative imports only: packages are not layers). */
function importedFolders(file: string): { specifier: string; folder: string }[] {
  const text = readFileSync(join(src, file), "utf8");
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\s*["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1] as string);
  return specifiers
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => {
      const target = relative(src, resolve(src, dirname(file), specifier));
      return { specifier, folder: target.split(/[\\/]/)[0] as string };
    });
}

function wrongWay(folder: string, forbidden: readonly string[]): string[] {
  return filesOf(folder).flatMap((file) =>
    importedFolders(file)
      .filter(({ folder: target }) => forbidden.includes(target))
      .map(({ specifier }) => `${file} imports ${specifier}`),
  );
}

describe("the sandbox's layers", () => {
  it("finds the import statements it checks (sanity)", () => {
    expect(importedFolders("routes/units.ts").map((i) => i.folder)).toEqual(
      expect.arrayContaining(["domain", "http"]),
    );
  });

  it("domain/ imports neither http/ nor routes/", () => {
    expect(wrongWay("domain", ["http", "routes"])).toEqual([]);
  });

  it("http/ imports neither domain/ nor routes/", () => {
    expect(wrongWay("http", ["domain", "routes"])).toEqual([]);
  });
});
