import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheControl, contentType, resolveStatic } from "./static";

const root = "/srv/dist";
const files = new Set([join(root, "assets/index-abc.js"), join(root, "favicon.svg")]);
const exists = (file: string) => files.has(file);

describe("resolveStatic", () => {
  it("serves files that exist", () => {
    expect(resolveStatic(root, "/assets/index-abc.js", exists)).toEqual({
      file: join(root, "assets/index-abc.js"),
    });
  });

  it("answers the app's HTML for its routes (a reload of a deep link)", () => {
    expect(resolveStatic(root, "/", exists)).toEqual({ spa: true });
    expect(resolveStatic(root, "/admin/customers", exists)).toEqual({ spa: true });
    expect(resolveStatic(root, "/impersonation", exists)).toEqual({ spa: true });
  });

  it("is a 404 for a missing file, not the app (a stale chunk must fail as one)", () => {
    expect(resolveStatic(root, "/assets/gone-123.js", exists)).toBeNull();
  });

  it("never leaves the folder", () => {
    expect(resolveStatic(root, "/../package.json", exists)).toBeNull();
    expect(resolveStatic(root, "/..%2fpackage.json", exists)).toBeNull();
    expect(resolveStatic(root, "/%2e%2e/secret", exists)).toBeNull();
    expect(resolveStatic(root, "/a%00.js", exists)).toBeNull();
    expect(resolveStatic(root, "/%E0%A4%A", exists)).toBeNull();
  });
});

describe("headers", () => {
  it("caches hashed assets for a year and never the HTML (its nonce is per response)", () => {
    expect(cacheControl("/assets/index-abc.js", false)).toBe("public, max-age=31536000, immutable");
    expect(cacheControl("/favicon.svg", false)).toBe("no-cache");
    expect(cacheControl("/admin/customers", true)).toBe("no-store");
  });

  it("names the content types a browser checks (nosniff is on)", () => {
    expect(contentType("index.html")).toBe("text/html; charset=utf-8");
    expect(contentType("/x/index-abc.js")).toBe("text/javascript; charset=utf-8");
    expect(contentType("a.css")).toBe("text/css; charset=utf-8");
    expect(contentType("logo.svg")).toBe("image/svg+xml");
    expect(contentType("blob.bin")).toBe("application/octet-stream");
  });
});
