import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "./server";

// The real server on free ports, over a stand-in build (the test must not need `vite build`).
let dist: string;
let portal: Portal;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "portal-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(
    join(dist, "index.html"),
    `<meta name="customer-kit-api" content="__PORTAL_API_URL__">
<meta property="csp-nonce" nonce="__CSP_NONCE__">
<script type="module" src="/assets/index-abc.js" nonce="__CSP_NONCE__"></script>`,
  );
  writeFileSync(join(dist, "assets", "index-abc.js"), "export {};\n");
  portal = await startPortal({
    port: 0,
    sandboxPort: 0,
    db: ":memory:",
    seed: "none",
    build: false,
    dist,
  });
});

afterAll(async () => {
  await portal?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe("the portal server", () => {
  it("answers a deep link with the app, a nonce of its own in the header and every tag", async () => {
    const response = await fetch(new URL("/admin/customers?customer=x&tab=units", portal.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    const html = await response.text();
    expect(nonce).toBeTruthy();
    expect(html.split(`nonce="${nonce}"`)).toHaveLength(3); // the meta and the script
    expect(html).toContain(`content="${portal.sandbox.apiUrl}"`);
    expect(policy).toContain(`connect-src 'self' ${portal.sandbox.url}`);

    const again = await fetch(portal.url);
    expect(again.headers.get("content-security-policy")).not.toBe(policy);
  });

  it("serves hashed assets for a year, and 404s a missing one", async () => {
    const asset = await fetch(new URL("/assets/index-abc.js", portal.url));
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-security-policy")).toMatch(/^default-src 'self'/);
    expect((await fetch(new URL("/assets/gone.js", portal.url))).status).toBe(404);
    expect((await fetch(portal.url, { method: "POST" })).status).toBe(405);
  });

  it("started the sandbox with CORS for the portal's origin", async () => {
    const origin = new URL(portal.url).origin;
    const response = await fetch(`${portal.sandbox.apiUrl}/me`, {
      method: "OPTIONS",
      headers: {
        Origin: origin,
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization",
      },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
  });
});
