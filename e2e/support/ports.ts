/**
 * The test servers' addresses, shared by playwright.config.ts and the fixtures. Fixed ports,
 * distinct from the dev defaults (4000/4010/4020), so a demo a developer keeps running does not
 * collide with the tests'. On a shared machine where they are taken, move all of them at once:
 * `CK_E2E_PORT=4200 pnpm test:e2e` (the portal on 4200, its sandbox on 4210, the HTML example on
 * 4220 and its sandbox on 4230).
 */
const base = Number(process.env.CK_E2E_PORT ?? 4100);
if (!Number.isInteger(base) || base < 1024 || base > 65_000) {
  throw new Error(
    `CK_E2E_PORT must be a port from 1024 to 65000, not "${process.env.CK_E2E_PORT}"`,
  );
}

export const PORTS = {
  portal: base,
  portalSandbox: base + 10,
  html: base + 20,
  htmlSandbox: base + 30,
} as const;

/** The portal under test. */
export const PORTAL_URL = `http://127.0.0.1:${PORTS.portal}`;
/** The sandbox API the portal under test started (faults, reset). */
export const SANDBOX_URL = `http://127.0.0.1:${PORTS.portalSandbox}`;
/** The HTML example of the custom elements (issue 11). */
export const HTML_URL = `http://127.0.0.1:${PORTS.html}`;
/** The sandbox API the HTML example started. */
export const HTML_SANDBOX_URL = `http://127.0.0.1:${PORTS.htmlSandbox}`;
