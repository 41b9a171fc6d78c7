/**
 * The one `test` every end-to-end spec imports (`import { test, expect } from "../support/fixtures"`).
 *
 * What it adds to Playwright's `test`:
 * - **The run fails on what a user's console would show.** Any `console.error`, uncaught page
 *   error (`pageerror`) or Content-Security-Policy violation (`securitypolicyviolation`, and
 *   Chromium's "Refused to …" console messages) in any page of the test's context fails the test
 *   with the message, after the test body (so the test's own failure, if any, is reported first).
 *   A test that provokes an error on purpose (an injected 503 makes Chromium log "Failed to load
 *   resource …") says so: `allowConsoleErrors(/status of 503/)` inside the test, or
 *   `test.use({ allowedConsoleErrors: [/…/] })` for a file or a `describe`. Page errors can never
 *   be allowed, and CSP violations only by `allowCspViolations` in a test that parses hostile
 *   markup on purpose (see there).
 * - `newWatchedContext()`: another browser context (a second admin) under the same watch.
 * - `sandbox`: `setFaults(faults, latency?)`/`clearFaults()` on the sandbox the portal started;
 *   whatever a test injects is cleared after it, pass or fail.
 * - `signInAs(page, who)` and the seeded ids (`SEED`), and the page objects of
 *   `@customer-kit/testing` re-exported (so a spec imports everything from here).
 *
 * Data: the sandbox is seeded once per run (see playwright.config.ts) and shared by every spec.
 * A spec must not depend on what another spec did: it creates what it changes, or it changes a
 * seeded customer that no other spec touches (say which in the spec's header, and list it in
 * e2e/support/README.md).
 */
import {
  type APIRequestContext,
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect,
  type Page,
} from "@playwright/test";
import type { SandboxFaults } from "../../packages/sandbox/src/faults";
// The sandbox's fixed, documented ids (relative import: Playwright's loader does not apply the
// workspace's `development` export condition, and this file must not need a build).
import {
  SANDBOX_IDS,
  SANDBOX_TOKENS,
  SEED_REFERENCE_TIME,
} from "../../packages/sandbox/src/seed/reference";

// The page objects, from source for the same reason (CI also checks the built package on its own).
export * from "../../packages/testing/src/index";

import { CustomerDialogPage } from "../../packages/testing/src/index";

export type { SandboxFaults };
export { expect };

import { SANDBOX_URL } from "./ports";

export { HTML_SANDBOX_URL, HTML_URL, PORTAL_URL, SANDBOX_URL } from "./ports";

/** The seeded ids and tokens (packages/sandbox/src/seed/reference.ts documents each). */
export const SEED = {
  ids: SANDBOX_IDS,
  tokens: SANDBOX_TOKENS,
  /** The sandbox's "today": everything seeded lies before it. */
  referenceTime: SEED_REFERENCE_TIME,
} as const;

/** Who the portal's "Signed in as" switcher can be: the three seeded admins. */
export type Admin = "mbe" | "resellerA" | "resellerB";

/** The sandbox token of each admin. */
export const ADMIN_TOKENS: Record<Admin, string> = {
  mbe: SANDBOX_TOKENS.mbeAdmin,
  resellerA: SANDBOX_TOKENS.resellerAAdmin,
  resellerB: SANDBOX_TOKENS.resellerBAdmin,
};

/**
 * Signs `page` in as a seeded admin through the portal's own "Signed in as" switcher (what a user
 * does), on the portal's start page, and waits until the portal says who is signed in.
 */
export async function signInAs(page: Page, who: Admin): Promise<void> {
  await page.goto("/");
  await portalSignIn(page, who);
}

/**
 * Injects faults into the sandbox (`PUT /__sandbox/faults`): `{ status: { getUnitBalance: 500 } }`,
 * `{ offline: true }`, `{ errorRate: 0.5 }`; `latency` in ms. Replaces what was injected before.
 * Prefer the `sandbox` fixture, which clears them after the test.
 */
export async function setFaults(
  request: APIRequestContext,
  faults: SandboxFaults,
  latency?: number,
): Promise<void> {
  const response = await request.put(`${SANDBOX_URL}/__sandbox/faults`, {
    data: { ...faults, ...(latency !== undefined && { latency }) },
  });
  expect(response.status(), `PUT /__sandbox/faults: ${await response.text()}`).toBe(200);
}

/**
 * Creates a customer through the API as `who` (the caller's billing entity), for a test that
 * changes a customer: it gets its own, so no other test sees the change. `body` is the contract's
 * `CustomerCreate` beyond `name`. Answers the created customer (its `id`, `name`, …).
 */
export async function createCustomer(
  request: APIRequestContext,
  who: Admin,
  name: string,
  body: Record<string, unknown> = {},
): Promise<{ id: string; name: string } & Record<string, unknown>> {
  const response = await request.post(`${SANDBOX_URL}/api/v1/customers`, {
    headers: {
      Authorization: `Bearer ${ADMIN_TOKENS[who]}`,
      "Idempotency-Key": crypto.randomUUID(),
    },
    data: { name, ...body },
  });
  expect(response.status(), `POST /customers: ${await response.text()}`).toBe(201);
  return response.json();
}

/**
 * A name no other test or run has used: `unique("E2E rename")` → "E2E rename k3x9a1". A reused
 * local server keeps earlier runs' customers, so names must not collide across runs either.
 */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`;
}

/** Clears every injected fault and the latency. */
export async function clearFaults(request: APIRequestContext): Promise<void> {
  await setFaults(request, {}, 0);
}

/** The `sandbox` fixture: faults that are cleared after the test. */
export interface SandboxControl {
  /** See {@link setFaults}. */
  setFaults(faults: SandboxFaults, latency?: number): Promise<void>;
  /** See {@link clearFaults}. */
  clearFaults(): Promise<void>;
}

interface Fixtures {
  /**
   * Console errors a file or describe expects (`test.use({ allowedConsoleErrors: [/…/] })`).
   * @default []
   */
  allowedConsoleErrors: RegExp[];
  /** Allows console errors matching `pattern` for the rest of this test. */
  allowConsoleErrors: (pattern: RegExp) => void;
  /**
   * Allows CSP violations matching `pattern` for the rest of this test. ONLY for a test that makes
   * the page parse hostile markup on purpose: Chromium reports a `script-src-attr` violation
   * whenever markup with an event-handler attribute is parsed under the page's CSP, even in an
   * inert `<template>` or a DOMParser document where it could never run. Every other violation
   * still fails the test.
   */
  allowCspViolations: (pattern: RegExp) => void;
  /** A new browser context (a second user) whose pages are watched as `page` is. */
  newWatchedContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** Faults on the sandbox, cleared after the test. */
  sandbox: SandboxControl;
  /**
   * The problems seen so far in every watched context of the test (`problems`, one line each).
   * For the harness's own tests (e2e/portal/harness.spec.ts); specs don't need it.
   */
  browserProblems: BrowserProblems;
}

/** What the watch collected; the test fails at its end when `problems` is not empty. */
export class BrowserProblems {
  readonly problems: string[] = [];
  readonly allowed: RegExp[] = [];
  readonly allowedCsp: RegExp[] = [];

  add(kind: "console error" | "page error" | "CSP violation", text: string, allowable: boolean) {
    if (allowable && this.allowed.some((pattern) => pattern.test(text))) return;
    if (kind === "CSP violation" && this.allowedCsp.some((pattern) => pattern.test(text))) return;
    this.problems.push(`${kind}: ${text}`);
  }

  async watch(context: BrowserContext): Promise<void> {
    // Installed on the context, so every page and frame of it reports, including popups and the
    // impersonation page a test opens.
    await context.exposeBinding(
      "__ckE2eCspViolation",
      (
        _source,
        violation: { directive: string; blocked: string; source: string; sample: string },
      ) =>
        this.add(
          "CSP violation",
          `${violation.directive} blocked ${violation.blocked || "(inline)"} at ${violation.source || "?"}${violation.sample ? ` (${violation.sample})` : ""}`,
          false,
        ),
    );
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as Record<string, (v: unknown) => void>)
          .__ckE2eCspViolation;
        report?.({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : "",
          sample: event.sample,
        });
      });
    });
    context.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      const where = message.location().url;
      // Chromium reports a CSP refusal on the console too ("Refused to load …", "Applying inline
      // style violates the following Content Security Policy directive …"); it is a violation,
      // not an error a test may allow.
      const csp = /^Refused to |Content[- ]Security[- ]Policy/i.test(text);
      this.add(csp ? "CSP violation" : "console error", where ? `${text} (${where})` : text, !csp);
    });
    context.on("weberror", (error) => {
      const e = error.error();
      this.add("page error", e.stack ?? `${e.name}: ${e.message}`, false);
    });
  }
}

/** Playwright's `test` with the watch, the sandbox control and the second-context helper. */
export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  browserProblems: async ({ allowedConsoleErrors }, use, testInfo) => {
    const problems = new BrowserProblems();
    problems.allowed.push(...allowedConsoleErrors);
    await use(problems);
    // After the body: a test that failed on its own reports that failure, not the noise.
    if (testInfo.status === "passed" && problems.problems.length > 0) {
      throw new Error(
        `The browser reported ${problems.problems.length} problem(s):\n${problems.problems.map((p) => `  - ${p}`).join("\n")}`,
      );
    }
  },

  context: async ({ context, browserProblems }, use) => {
    await browserProblems.watch(context);
    await use(context);
  },

  allowConsoleErrors: async ({ browserProblems }, use) => {
    await use((pattern) => {
      browserProblems.allowed.push(pattern);
    });
  },

  allowCspViolations: async ({ browserProblems }, use) => {
    await use((pattern) => {
      browserProblems.allowedCsp.push(pattern);
    });
  },

  newWatchedContext: async (
    { browser, browserProblems, contextOptions, baseURL, locale, timezoneId, viewport },
    use,
  ) => {
    const made: BrowserContext[] = [];
    await use(async (options) => {
      // The project's `use` (baseURL, locale, time zone, viewport) applies here as to `page`'s.
      const context = await browser.newContext({
        ...contextOptions,
        baseURL,
        locale,
        timezoneId,
        viewport,
        ...options,
      });
      await browserProblems.watch(context);
      made.push(context);
      return context;
    });
    for (const context of made) await context.close();
  },

  sandbox: async ({ request }, use) => {
    let touched = false;
    await use({
      async setFaults(faults, latency) {
        touched = true;
        await setFaults(request, faults, latency);
      },
      async clearFaults() {
        await clearFaults(request);
      },
    });
    if (touched) await clearFaults(request);
  },
});

/** The switcher's option of each admin (examples/portal/src/admins.ts). */
const SWITCHER_VALUE: Record<Admin, string> = {
  mbe: "mbe",
  resellerA: "reseller-a",
  resellerB: "reseller-b",
};

/**
 * The portal's switcher (examples/portal): the "Signed in as" select in its header; the choice
 * lives in the tab's sessionStorage, so it survives reloads and navigation in that page. Kept in
 * one place so that a change of the portal's markup is one edit.
 */
async function portalSignIn(page: Page, who: Admin): Promise<void> {
  const switcher = page.getByLabel("Signed in as");
  await switcher.selectOption(SWITCHER_VALUE[who]);
  await expect(switcher).toHaveValue(SWITCHER_VALUE[who]);
}

let presets = 0;

/**
 * Signs in as `who` before the next page load, the way the switcher would leave it (the portal
 * keeps the admin in the tab's sessionStorage under "portal:admin"): one page load instead of two
 * (the start page, then the customer's), which is most of a short test's time on a busy machine.
 * Once only: a reload afterwards, or a later switch through the switcher, is not undone.
 */
async function presetAdmin(page: Page, who: Admin): Promise<void> {
  presets += 1;
  await page.addInitScript(
    ([value, once]) => {
      if (sessionStorage.getItem(once)) return;
      sessionStorage.setItem("portal:admin", value);
      sessionStorage.setItem(once, "1");
    },
    [SWITCHER_VALUE[who], `e2e:admin-preset:${presets}`] as const,
  );
}

/** A tab id of the portal's `?tab=` (the kit's `TabId`). */
export type PortalTab = import("../../packages/testing/src/index").DialogTab;

/**
 * Opens the customer's dialog by the portal's URL (`/admin/customers?customer=<id>&tab=<tab>`), as
 * a shared link does, signed in as `who` (preset, see `presetAdmin`; `signInAs` is the switcher
 * itself, for a test about switching); answers the dialog's page object once its title shows, and
 * checks that the portal says who is signed in.
 */
export async function openCustomer(
  page: Page,
  who: Admin,
  customerId: string,
  tab?: PortalTab,
): Promise<CustomerDialogPage> {
  await presetAdmin(page, who);
  await page.goto(`/admin/customers?customer=${customerId}${tab ? `&tab=${tab}` : ""}`);
  await expect(page.getByLabel("Signed in as")).toHaveValue(SWITCHER_VALUE[who]);
  const dialog = new CustomerDialogPage(page);
  await expect(dialog.title).not.toBeEmpty();
  return dialog;
}
