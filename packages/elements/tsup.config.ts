import { build as esbuild, type Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

/**
 * `import css from "…/styles.css?inline"` (Vite's syntax, which the workspace runs on) as the
 * stylesheet's text, its `@import`s inlined and minified: the shadow roots' constructable sheet.
 */
const cssText: Plugin = {
  name: "css-inline-text",
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, async (args) => {
      const resolved = await build.resolve(args.path.replace(/\?inline$/, ""), {
        kind: "import-statement",
        resolveDir: args.resolveDir,
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      // Not ending in .css: tsup's own PostCSS plugin would take it.
      return { path: `${resolved.path}?text`, namespace: "css-text" };
    });
    build.onLoad({ filter: /.*/, namespace: "css-text" }, async (args) => {
      const out = await esbuild({
        entryPoints: [args.path.replace(/\?text$/, "")],
        bundle: true,
        minify: true,
        write: false,
        conditions: CONDITIONS,
        target: ["chrome120", "firefox120", "safari17"],
        logLevel: "warning",
      });
      return { contents: out.outputFiles[0]?.text ?? "", loader: "text" };
    });
  },
};

// The workspace's packages from their source (the `development` condition), as everything in the
// workspace resolves them: the bundle never depends on another package's dist being current.
const CONDITIONS = ["development", "browser", "import", "default"];

// React stays the host's in the main entry; the rest of the kit (hooks, components, Radix,
// TanStack Query, the client) is inlined, so a host adds one package next to its React.
const REACT = /^react(-dom)?(\/|$)/;

const shared: Options = {
  format: ["esm"],
  target: "es2022",
  platform: "browser",
  minify: true,
  // One file per entry: the lazily loaded sanitiser (DOMPurify, for the validation preview)
  // goes inline too, so a page serves exactly the file it names.
  splitting: false,
  clean: false,
  esbuildPlugins: [cssText],
  esbuildOptions(options) {
    options.conditions = CONDITIONS;
  },
  dts: {
    // tsup 8 passes `baseUrl: "."` to the .d.ts build, which TypeScript 6 deprecates.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
};

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts" },
    external: [REACT],
    noExternal: [/^(?!react(-dom)?(\/|$))/],
  },
  {
    ...shared,
    entry: { standalone: "src/standalone.ts" },
    noExternal: [/.*/],
    // React's production build: the page has no bundler to pick it.
    define: { "process.env.NODE_ENV": '"production"' },
  },
]);
