import { randomBytes } from "node:crypto";

/**
 * What Vite writes as the nonce of every tag it emits (`html.cspNonce`), and the server replaces
 * per request. Letters and underscores only, so it cannot clash with markup or a base64 nonce.
 */
export const NONCE_PLACEHOLDER = "__CSP_NONCE__";
/** Where index.html names the sandbox API's base URL (a `<meta name="customer-kit-api">`). */
export const API_URL_PLACEHOLDER = "__PORTAL_API_URL__";

/** A fresh nonce: 128 random bits, base64 (CSP Level 3 asks for at least 128 bits). */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The portal's Content-Security-Policy: scripts and styles only from the portal itself or with
 * this response's nonce (no `unsafe-inline`, no `unsafe-eval`); images and API calls from the
 * portal and the sandbox's origin (the themes' logos are served there, so no `data:`); the page
 * may not be framed, and `<base>`/plugins are off.
 */
export function contentSecurityPolicy({
  nonce,
  apiOrigin,
}: {
  nonce: string;
  apiOrigin: string;
}): string {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error(`not a nonce: ${nonce}`);
  const origin = new URL(apiOrigin).origin;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Radix Dialog's scroll lock injects one <style>; it carries the nonce (see README.md).
    `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' ${origin}`,
    "font-src 'self'",
    `connect-src 'self' ${origin}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** index.html for one response: the nonce in every tag Vite marked, and the API's URL. */
export function renderHtml(template: string, { nonce, apiUrl }: { nonce: string; apiUrl: string }) {
  const attr = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return template
    .replaceAll(NONCE_PLACEHOLDER, attr(nonce))
    .replaceAll(API_URL_PLACEHOLDER, attr(apiUrl));
}
