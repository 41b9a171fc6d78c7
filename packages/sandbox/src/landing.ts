import specJson from "./generated/openapi.json";
import { SANDBOX_TOKENS } from "./seed";

/**
 * What the sandbox server answers outside the API: a landing page at `/` (the URL `pnpm demo`
 * prints, so that a newcomer's browser shows how to use the API rather than a 404) and the
 * contract at `/openapi.json` (for API tools such as Swagger UI or Postman). Both are public:
 * they hold nothing a caller could not read in the repository.
 */
export function landingResponse(request: Request, apiUrl: string): Response | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const { pathname } = new URL(request.url);
  if (pathname === "/openapi.json") {
    return new Response(JSON.stringify(specJson), {
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
  }
  if (pathname === "/") {
    return new Response(landingPage(apiUrl), {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        // The page has no script and no style of its own.
        "Content-Security-Policy": "default-src 'none'",
      },
    });
  }
  return undefined;
}

function landingPage(apiUrl: string): string {
  const tokens: [string, string][] = [
    [SANDBOX_TOKENS.mbeAdmin, "Skyline Cloud, the master billing entity: sees every customer"],
    [SANDBOX_TOKENS.resellerAAdmin, "Reseller A: sees only its own customers"],
    [SANDBOX_TOKENS.resellerBAdmin, "Reseller B: sees only its own customers"],
  ];
  const rows = tokens.map(
    ([token, who]) => `<tr><td><code>${token}</code></td><td>${who}</td></tr>`,
  );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>customer-kit sandbox</title></head>
<body>
<h1>customer-kit sandbox</h1>
<p>The customer-kit admin API (${specJson.info.title} ${specJson.info.version}), on a SQLite file.
API base: <code>${apiUrl}</code>. The contract: <a href="/openapi.json">/openapi.json</a>.</p>
<h2>Tokens</h2>
<table><thead><tr><th>Bearer token</th><th>Acts as</th></tr></thead><tbody>${rows.join("")}</tbody></table>
<h2>Try it</h2>
<pre>curl -H "Authorization: Bearer ${SANDBOX_TOKENS.resellerAAdmin}" ${apiUrl}/me
curl -H "Authorization: Bearer ${SANDBOX_TOKENS.resellerAAdmin}" "${apiUrl}/customers?limit=5&amp;search=north"</pre>
</body>
</html>
`;
}
