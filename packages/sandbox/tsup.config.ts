import { defineConfig } from "tsup";

// tsup 8 passes `baseUrl: "."` to the .d.ts build, which TypeScript 6 deprecates.
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };
// Never bundled: msw is an optional peer (the host brings its own copy, which must be the one
// its service worker talks to); the native SQLite binding and the Node server stay dependencies.
const external = ["msw", "msw/node", "msw/browser", "better-sqlite3", "@hono/node-server"];

// No `clean`: tsup builds the three configs in parallel, and one cleaning dist/ could delete
// another's fresh output.
export default defineConfig([
  {
    // Runs in browsers (MSW) as well as Node: no Node built-ins may sneak in.
    entry: { index: "src/index.ts", msw: "src/msw.ts" },
    format: ["esm"],
    dts,
    target: "node20",
    platform: "neutral",
    external,
  },
  {
    entry: { server: "src/server.ts" },
    format: ["esm"],
    dts,
    target: "node20",
    platform: "node",
    external,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    external,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
