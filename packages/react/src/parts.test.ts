import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain Node script without types (run by `node scripts/parts.mjs --write`).
import { partsByFolder, readmeWithParts } from "../scripts/parts.mjs";

describe("part names", () => {
  it("are all documented in the README (public API): run `node scripts/parts.mjs --write`", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
    expect(readme).toBe(readmeWithParts(readme));
  });

  it("of a component start with its name, so that a host's selectors cannot collide", () => {
    const prefixes: Record<string, string> = {
      AssetMaximaForm: "asset-maxima",
      ConfigurationForm: "configuration",
      CreditNotesTable: "credit-notes",
      CustomerDialog: "dialog",
      CustomersTable: "customers",
      JobsList: "jobs",
      InvoicesTable: "invoices",
      KeysPanel: "keys",
      LanguagePicker: "language-picker",
      RelatedResources: "related",
      ResourceList: "resources",
      SendEmailForm: "email",
      StatementsTable: "statements",
      TagsEditor: "tags",
      ThemePicker: "themes",
      UnitsPanel: "units",
      UsageReport: "usage",
      UsersPanel: "users",
      ValidationMessageEditor: "validation",
    };
    const byFolder = partsByFolder() as Map<string, Set<string>>;
    const shared = byFolder.get("ui") ?? new Set<string>();
    const stray: string[] = [];
    for (const [folder, names] of byFolder) {
      const prefix = prefixes[folder];
      if (!prefix) continue;
      for (const name of names)
        if (!shared.has(name) && !name.startsWith(prefix) && name !== "confirm-content")
          stray.push(`${folder}: ${name}`);
    }
    expect(stray).toEqual([]);
  });
});
