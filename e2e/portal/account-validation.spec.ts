/**
 * The "Validate customer" tab: the tooltip's HTML is sanitised, so a stored
 * `<img src=x onerror=…>` never runs: the flag it would set stays unset, no `onerror` attribute
 * reaches the page, and the image's failed load (the 404 below, on purpose) finds no handler.
 *
 * No CSP violation either: Chromium reports a `script-src-attr` violation for every event-handler
 * attribute it merely PARSES under the page's policy (even in DOMPurify's inert document), so the
 * kit takes handlers out of the string before DOMPurify parses it; the fixture fails on any report.
 *
 * Data: a customer of its own for the payload this test stores; Contoso Maschinenbau (Reseller
 * A's), whose seeded validation HTML is hostile, only read.
 */
import {
  createCustomer,
  expect,
  openCustomer,
  SEED,
  test,
  unique,
  ValidationMessageEditorPage,
} from "../support/fixtures";

test("validation tooltip: a stored <img onerror> payload shows as an image without its handler, and never runs", async ({
  page,
  request,
  allowConsoleErrors,
}) => {
  // The payload's image fails to load on purpose: that is when an onerror handler would run.
  allowConsoleErrors(/status of 404 .*\/e2e-missing\.png/);
  const customer = await createCustomer(request, "resellerA", unique("E2E validation"));
  const dialog = await openCustomer(page, "resellerA", customer.id, "validation");
  const editor = new ValidationMessageEditorPage(dialog.panel);
  const payload =
    '<p>Built by <b>E2E</b>.</p><img src="/e2e-missing.png" onerror="window.__ckE2eXss = 1">';
  await editor.save(payload);

  await page.reload();
  const reloaded = new ValidationMessageEditorPage(dialog.panel);
  await expect(reloaded.source).toHaveValue(payload);
  await expect(reloaded.tooltipBody).toContainText("Built by E2E.");
  await expect(reloaded.tooltipBody.locator("b")).toHaveText("E2E");
  const image = reloaded.tooltipBody.locator("img");
  await expect(image).toHaveAttribute("src", "/e2e-missing.png");
  // Its load has failed (the moment a handler would run)…
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
  // …and nothing ran: no handler in the page, the flag unset.
  await expect(page.locator("[onerror]")).toHaveCount(0);
  await reloaded.trigger.focus();
  expect(await page.evaluate(() => (window as { __ckE2eXss?: number }).__ckE2eXss)).toBeUndefined();
});

test("validation tooltip: Contoso's seeded <img onerror> and <script> are shown without running", async ({
  page,
  allowConsoleErrors,
}) => {
  // Its image is `src="x"`, which the portal answers with a 404.
  allowConsoleErrors(/status of 404 .*\/x$/);
  const alerts: string[] = [];
  page.on("dialog", (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  const dialog = await openCustomer(
    page,
    "resellerA",
    SEED.ids.customers.resellerAInvoice,
    "validation",
  );
  const editor = new ValidationMessageEditorPage(dialog.panel);
  await expect(editor.source).toHaveValue(/onerror=/);
  await expect(editor.tooltipBody).toContainText("Images built by Contoso CI.");
  await expect(page.locator("script:not([src]):not([nonce]), [onerror]")).toHaveCount(0);
  await expect(dialog.panel).toContainText("Some markup was removed");
  expect(alerts).toEqual([]);
});
