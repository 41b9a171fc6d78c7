// @vitest-environment node
// (Node: the file is read from disk; nothing here needs a DOM.)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildManifest, manifestText } from "./manifest";
import { TAGS } from "./registry";

describe("custom-elements.json", () => {
  it("is what the registry makes (run `pnpm --filter @customer-kit/elements manifest`)", () => {
    const committed = readFileSync(
      fileURLToPath(new URL("../custom-elements.json", import.meta.url)),
      "utf8",
    );
    // Compared as data: Biome formats the committed file.
    expect(JSON.parse(committed)).toEqual(JSON.parse(manifestText()));
  });

  it("declares every element with its attributes and events", () => {
    const [module] = buildManifest().modules;
    expect(module?.declarations.map((d) => d.tagName)).toEqual(TAGS);
    const units = module?.declarations.find((d) => d.tagName === "ck-units-panel");
    expect(units?.attributes.map((a) => a.name)).toEqual([
      "customer-id",
      "read-only",
      "page-size",
      "shadow",
    ]);
    const dialog = module?.declarations.find((d) => d.tagName === "ck-customer-dialog");
    expect(dialog?.events.map((e) => e.name)).toContain("ck-impersonate");
  });
});
