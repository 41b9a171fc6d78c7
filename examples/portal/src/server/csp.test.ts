import { describe, expect, it } from "vitest";
import viteConfig from "../../vite.config";
import {
  API_URL_PLACEHOLDER,
  contentSecurityPolicy,
  createNonce,
  NONCE_PLACEHOLDER,
  renderHtml,
} from "./csp";

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe("contentSecurityPolicy", () => {
  const policy = contentSecurityPolicy({
    nonce: "abc123==",
    apiOrigin: "http://127.0.0.1:4010/api/v1",
  });

  it("allows scripts and styles only from the portal or with the response's nonce", () => {
    const d = directives(policy);
    expect(d["script-src"]).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(d["style-src"]).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|data:|\*/);
  });

  it("lets in the sandbox's origin (not its path) for API calls and logos, nothing else", () => {
    const d = directives(policy);
    expect(d["connect-src"]).toEqual(["'self'", "http://127.0.0.1:4010"]);
    expect(d["img-src"]).toEqual(["'self'", "http://127.0.0.1:4010"]);
    expect(d["default-src"]).toEqual(["'self'"]);
  });

  it("forbids framing, <base> and plugins", () => {
    const d = directives(policy);
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["base-uri"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() =>
      contentSecurityPolicy({ nonce: "x'; script-src *", apiOrigin: "http://a" }),
    ).toThrow();
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("renderHtml", () => {
  const template = `<meta name="customer-kit-api" content="${API_URL_PLACEHOLDER}" />
<meta property="csp-nonce" nonce="${NONCE_PLACEHOLDER}">
<script type="module" src="/assets/index.js" nonce="${NONCE_PLACEHOLDER}"></script>
<link rel="stylesheet" href="/assets/index.css" nonce="${NONCE_PLACEHOLDER}">`;

  it("puts the nonce in every tag Vite marked, and the API's URL in its meta", () => {
    const html = renderHtml(template, {
      nonce: "n0nce+/=",
      apiUrl: "http://127.0.0.1:4010/api/v1",
    });
    expect(html).not.toContain(NONCE_PLACEHOLDER);
    expect(html.match(/nonce="n0nce\+\/="/g)).toHaveLength(3);
    expect(html).toContain('content="http://127.0.0.1:4010/api/v1"');
  });

  it("escapes what it writes into attributes", () => {
    const html = renderHtml(template, { nonce: "n", apiUrl: 'http://x/"><script>' });
    expect(html).toContain('content="http://x/&#34;&#62;&#60;script&#62;"');
  });

  it("uses the placeholder vite.config.ts gives Vite", () => {
    expect(viteConfig).toMatchObject({ html: { cspNonce: NONCE_PLACEHOLDER } });
  });
});
