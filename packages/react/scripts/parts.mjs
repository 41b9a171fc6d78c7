#!/usr/bin/env node
/**
 * The part names (`data-part`) each component renders, for the README's "Parts" list: the names
 * are public API, so the list is generated from the source and `src/parts.test.ts` fails when the
 * README is behind. `node scripts/parts.mjs --write` updates it.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// `import.meta.dirname`, not a URL: under Vitest's jsdom `import.meta.url` is not a file URL.
const SRC = join(import.meta.dirname, "..", "src") + "/";
const README = join(import.meta.dirname, "..", "README.md");
const START = "<!-- parts:start -->";
const END = "<!-- parts:end -->";

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx$/.test(e.name) && !/\.test\.tsx$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

/** Part names by folder (`ui` holds the primitives every panel shares). */
export function partsByFolder() {
  /** @type {Map<string, Set<string>>} */
  const found = new Map();
  for (const file of files(SRC)) {
    const folder = file.slice(SRC.length).split("/")[0] ?? "";
    if (folder === "testing") continue;
    const text = readFileSync(file, "utf8");
    const names = found.get(folder) ?? new Set();
    for (const m of text.matchAll(/data-part="([a-z0-9-]+)"/g)) names.add(m[1]);
    // The quoted names of a conditional part, not what it is compared with (`x === "w" ? "a" : b`).
    for (const m of text.matchAll(/data-part=\{([^}]*)\}/g))
      for (const q of m[1].matchAll(/(?<!=\s*)"([a-z0-9-]+)"/g)) names.add(q[1]);
    // Primitives that take their part name as a prop (`<Section part="units-ledger">`).
    for (const m of text.matchAll(/\spart="([a-z0-9-]+)"/g)) names.add(m[1]);
    for (const m of text.matchAll(/\bpart = "([a-z0-9-]+)"/g)) names.add(m[1]);
    if (names.size) found.set(folder, names);
  }
  // What the primitives' stylesheet styles is shared too (`table`, `table-scroll`).
  const ui = found.get("ui") ?? new Set();
  for (const m of readFileSync(join(SRC, "ui", "ui.css"), "utf8").matchAll(
    /data-part="([a-z0-9-]+)"/g,
  ))
    ui.add(m[1]);
  found.set("ui", ui);
  return found;
}

/** The README section, as it should read. */
export function partsSection() {
  const byFolder = partsByFolder();
  const shared = byFolder.get("ui") ?? new Set();
  const lines = [
    START,
    "",
    "Shared by every panel (the primitives): " +
      [...shared]
        .sort()
        .map((n) => `\`${n}\``)
        .join(", ") +
      ".",
    "",
    "| component | its own parts |",
    "|---|---|",
  ];
  for (const folder of [...byFolder.keys()].filter((f) => f !== "ui").sort()) {
    const own = [...(byFolder.get(folder) ?? [])].filter((n) => !shared.has(n)).sort();
    if (own.length) lines.push(`| \`${folder}\` | ${own.map((n) => `\`${n}\``).join(" ")} |`);
  }
  lines.push("", END);
  return lines.join("\n");
}

/** The README with its parts section replaced. */
export function readmeWithParts(readme = readFileSync(README, "utf8")) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`README.md needs ${START} … ${END}`);
  return readme.slice(0, start) + partsSection() + readme.slice(end + END.length);
}

if (process.argv.includes("--write")) {
  writeFileSync(README, readmeWithParts());
  console.log("README.md: parts list updated");
}
