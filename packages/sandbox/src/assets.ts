import { LOGO_PATH, logoThemeId, themeLogoSvg } from "./domain/branding";
import type { SandboxStore } from "./store/types";

/** The path pattern (Hono and MSW alike) under which the sandbox serves theme logos. */
export const LOGO_ROUTE = `${LOGO_PATH}*`;

/**
 * A theme's logo (`GET /sandbox-assets/logos/<themeId>.svg`), outside the API base and without
 * authentication: an `<img>` sends no bearer token, and logos are branding anyone may see. The
 * ids are UUIDs, so the path tells nothing that a theme's `logoUrl` has not already told.
 */
export function logoResponse(store: SandboxStore, request: Request): Response {
  const themeId = logoThemeId(new URL(request.url).pathname);
  const theme = themeId === undefined ? undefined : store.get("themes", themeId);
  if (!theme) {
    return new Response("No such logo.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(themeLogoSvg(theme), {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=300",
      // An SVG opened on its own is a document: it may run nothing and load nothing.
      "Content-Security-Policy": "default-src 'none'",
      "X-Content-Type-Options": "nosniff",
      // Hosts that isolate themselves (COEP) may still show it from the API's origin.
      "Cross-Origin-Resource-Policy": "cross-origin",
    },
  });
}
