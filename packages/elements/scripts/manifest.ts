/** Writes custom-elements.json from the registry (`pnpm --filter @customer-kit/elements manifest`). */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { manifestText } from "../src/manifest";

writeFileSync(new URL("../custom-elements.json", import.meta.url), manifestText());
// As the repo formats JSON, so that a fresh write leaves `biome check` clean.
execFileSync("biome", ["format", "--write", "custom-elements.json"], {
  cwd: new URL("..", import.meta.url),
  stdio: "ignore",
});
console.log("custom-elements.json written");
