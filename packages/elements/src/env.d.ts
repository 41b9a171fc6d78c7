// The stylesheet as text (Vite's `?inline` in the workspace, the build's esbuild plugin in dist).
declare module "*.css?inline" {
  const css: string;
  export default css;
}
