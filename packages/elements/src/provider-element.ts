/**
 * `<ck-provider base-url locale color-scheme nonce>`: the page's configuration as an element,
 * for pages that would rather write markup. `getToken` (a function) and `messages` (an object)
 * are its properties. It configures the page once it has a `base-url` and a `getToken`, and again
 * whenever one of them changes. One configuration per page: a second provider replaces the first's.
 */
import type { GetToken } from "@customer-kit/client";
import type { ColorScheme, Messages } from "@customer-kit/react";
import { configure } from "./store";

export class CustomerKitProviderElement extends HTMLElement {
  static observedAttributes = ["base-url", "locale", "color-scheme", "nonce"];
  #getToken: GetToken | undefined;
  #messages: Partial<Messages> | undefined;

  /** Returns the admin's bearer token. */
  get getToken(): GetToken | undefined {
    return this.#getToken;
  }
  set getToken(value: GetToken | undefined) {
    this.#getToken = value;
    this.#apply();
  }
  /** The catalogue over English. */
  get messages(): Partial<Messages> | undefined {
    return this.#messages;
  }
  set messages(value: Partial<Messages> | undefined) {
    this.#messages = value;
    this.#apply();
  }

  connectedCallback() {
    for (const name of ["getToken", "messages"] as const) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this.#apply();
  }

  attributeChangedCallback() {
    this.#apply();
  }

  #apply() {
    const baseUrl = this.getAttribute("base-url");
    if (!this.isConnected || !baseUrl || !this.#getToken) return;
    const locale = this.getAttribute("locale");
    const colorScheme = this.getAttribute("color-scheme") as ColorScheme | null;
    const nonce = this.getAttribute("nonce");
    configure({
      baseUrl,
      getToken: this.#getToken,
      ...(locale && { locale }),
      ...(colorScheme && { colorScheme }),
      ...(nonce && { nonce }),
      ...(this.#messages && { messages: this.#messages }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "ck-provider": CustomerKitProviderElement;
  }
}
