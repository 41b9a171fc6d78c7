/**
 * `@customer-kit/elements/standalone`: the same as the main entry, with React and everything else
 * in one file, for a page with no bundler (`<script type="module" src="/elements/standalone.js">`).
 * It also puts `CustomerKit` on `window`, for a page's classic scripts.
 */
import { CustomerKit } from "./index";

export * from "./index";

declare global {
  interface Window {
    CustomerKit?: typeof CustomerKit;
  }
}

if (typeof window !== "undefined") window.CustomerKit ??= CustomerKit;
