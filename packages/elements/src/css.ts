/**
 * The kit's stylesheet as text, for shadow mode's constructable sheet. In the workspace Vite
 * inlines it (`?inline`); the build's esbuild plugin (tsup.config.ts) loads the built
 * `@customer-kit/react/styles.css` as text. No `<style>` is ever written: a constructable sheet
 * adopted by a shadow root is CSSOM, which `style-src` does not govern.
 */
import kitCss from "@customer-kit/react/styles.css?inline";

/** The wrapper each element renders into takes no box of its own. */
export const MOUNT_CSS = "@layer customer-kit{[data-ck-mount]{display:contents}}";

/**
 * The sheet a shadow root adopts: the kit's, with the token rules moved from the component's
 * root (`[data-ck-root]`) to the element (`:host`, its scheme from the element's
 * `data-ck-scheme`). The tokens are then inherited from the element into its shadow tree, and a
 * host's own rule on the element (`ck-units-panel { --ck-accent: #0a7d4f }`) wins over `:host`.
 */
export function shadowCss(css: string = kitCss): string {
  const tokens = css.replace(
    /\[data-ck-root\](?:\[data-ck-scheme=("?)(\w+)\1\])?(\s*\{\s*--)/g,
    (_m, _q, scheme: string | undefined, rest: string) =>
      scheme ? `:host([data-ck-scheme="${scheme}"])${rest}` : `:host${rest}`,
  );
  return `${tokens}\n${MOUNT_CSS}\n@layer customer-kit{:host{display:block}:host([hidden]){display:none}}`;
}

let sheet: CSSStyleSheet | null | undefined;

/** The one sheet every shadow root adopts (made on first use); `null` where constructable sheets are missing. */
export function shadowSheet(): CSSStyleSheet | null {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(shadowCss());
    } catch {
      sheet = null;
    }
  }
  return sheet;
}
