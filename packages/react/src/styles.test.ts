/**
 * The stylesheet's promises to a host: every rule is inside `@layer customer-kit` (so the host's
 * own CSS wins without specificity fights), and styling goes through `data-part` attributes and
 * `--ck-*` tokens; no component writes a `style` attribute (a strict CSP forbids them).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = import.meta.dirname;
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );

/** The top-level statements of a CSS file, comments removed. */
function topLevel(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    if (c === "}" && --depth === 0) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
    if (c === ";" && depth === 0) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return out.filter(Boolean);
}

describe("styles.css", () => {
  it("imports every component's stylesheet", () => {
    const entry = readFileSync(join(SRC, "styles.css"), "utf8");
    const imported = [...entry.matchAll(/@import "\.\/(.+?)";/g)].map((m) => m[1]);
    const all = files(SRC, /\.css$/)
      .map((f) => relative(SRC, f))
      .filter((f) => f !== "styles.css");
    expect(imported.sort()).toEqual(all.sort());
  });

  it("keeps every rule of every file inside @layer customer-kit", () => {
    const outside = files(SRC, /\.css$/)
      .filter((f) => !f.endsWith("/styles.css"))
      .flatMap((f) =>
        topLevel(readFileSync(f, "utf8"))
          .filter((s) => !s.startsWith("@layer customer-kit"))
          .map((s) => `${relative(SRC, f)}: ${s.slice(0, 60)}`),
      );
    expect(outside).toEqual([]);
  });

  it("no component writes an inline style", () => {
    const inline = files(SRC, /\.tsx$/).filter((f) => /\bstyle=\{/.test(readFileSync(f, "utf8")));
    expect(inline.map((f) => relative(SRC, f))).toEqual([]);
  });
});
