import { chmod, readFile, writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";

/**
 * One build for the four entries, so that they share one chunk of API code instead of each
 * carrying a copy:
 * - `index` and `msw` run in browsers as well as Node: platform "neutral", no Node built-in may
 *   sneak in (a `node:` import there fails the browser build of a host, so keep them out);
 * - `server` and `cli` run on Node: their `node:` imports stay imports (external below).
 * Never bundled: msw is an optional peer (the host's own copy must be the one its service worker
 * talks to); the native SQLite binding and the Node server stay dependencies.
 */
export default defineConfig({
  entry: {
    index: "src/index.ts",
    msw: "src/msw.ts",
    server: "src/server.ts",
    cli: "src/cli.ts",
  },
  format: ["esm"],
  target: "node20",
  platform: "neutral",
  external: [/^node:/, "msw", /^msw\//, "better-sqlite3", "@hono/node-server"],
  dts: {
    entry: { index: "src/index.ts", msw: "src/msw.ts", server: "src/server.ts" },
    // tsup 8 passes `baseUrl: "."` to the .d.ts build, which TypeScript 6 deprecates.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  clean: true,
  // The bin needs its hashbang. esbuild's `banner` would put it on every file of the build, so it
  // goes on cli.js alone, which is also made executable.
  async onSuccess() {
    const cli = new URL("./dist/cli.js", import.meta.url);
    const code = await readFile(cli, "utf8");
    if (!code.startsWith("#!")) await writeFile(cli, `#!/usr/bin/env node\n${code}`);
    await chmod(cli, 0o755);
  },
});
