import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};

/** The Content-Type of a file by its extension (`application/octet-stream` when unknown). */
export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Cache-Control for a path: Vite's hashed files under /assets/ never change (a new build has new
 * names), so a year, immutable; anything else is checked each time; the HTML is never stored,
 * since its nonce is new on every response.
 */
export function cacheControl(urlPath: string, isHtml: boolean): string {
  if (isHtml) return "no-store";
  if (urlPath.startsWith("/assets/")) return "public, max-age=31536000, immutable";
  return "no-cache";
}

/**
 * What a request path maps to under `root`: a file (`{ file }`), the app's HTML for a route of
 * the single-page app (`{ spa: true }`: no extension, e.g. `/admin/customers`), or nothing
 * (`null`: a path with `..`, a NUL, or a missing file with an extension, which is a 404).
 */
export function resolveStatic(
  root: string,
  urlPath: string,
  exists: (file: string) => boolean,
): { file: string } | { spa: true } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.split("/").includes("..")) return null;
  if (decoded === "/" || decoded === "/index.html") return { spa: true };
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (exists(file)) return { file };
  return extname(decoded) === "" ? { spa: true } : null;
}
