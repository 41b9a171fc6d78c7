/**
 * `@customer-kit/elements`: the kit's components as custom elements. Importing it defines every
 * `ck-*` element; `CustomerKit.configure()` (or a `<ck-provider>`) once per page gives them the
 * API, the token and the locale. This entry leaves React to the host (react, react-dom are
 * peers); `@customer-kit/elements/standalone` carries it for pages with no bundler.
 */
import { defineAll } from "./define";
import { CustomerKitProviderElement } from "./provider-element";
import { configure, configured, reset } from "./store";

export { CustomerKitElement } from "./define";
export { registry, TAGS, type Tag } from "./registry";
export type { CustomerKitConfig } from "./store";
export type * from "./types";
export { CustomerKitProviderElement };

/** The page's kit: `CustomerKit.configure({ baseUrl, getToken, locale, messages, colorScheme, nonce })`. */
export const CustomerKit = {
  /** Configures every element on the page (and every one added later). */
  configure,
  /** Whether `configure()` has been called. */
  get isConfigured(): boolean {
    return configured() !== null;
  },
  /** Forgets the configuration and the cache: the elements render nothing until configured again. */
  reset,
};

if (typeof customElements !== "undefined") {
  defineAll();
  if (!customElements.get("ck-provider")) {
    customElements.define("ck-provider", CustomerKitProviderElement);
  }
}
