/**
 * The harness itself, so that its watch is known to work: each case makes the browser report a
 * problem and checks that the watch recorded it, by kind and message, then forgets it (or the
 * test would fail, as every other test would). One case lets the test fail for real
 * (`test.fail()`): the end-of-test check. Data: none (the portal's start page).
 */
import { expect, test } from "../support/fixtures";

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(page.getByLabel("Signed in as")).toBeVisible();
});

test("the watch records a console error", async ({ page, browserProblems }) => {
  await page.evaluate(() => console.error("e2e harness: a console error"));
  await expect
    .poll(() => browserProblems.problems)
    .toEqual([expect.stringMatching(/^console error: e2e harness: a console error/)]);
  browserProblems.problems.length = 0;
});

test("the watch records an uncaught page error", async ({ page, browserProblems }) => {
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error("e2e harness: an uncaught error");
    });
  });
  await expect
    .poll(() => browserProblems.problems)
    .toEqual([expect.stringMatching(/^page error: Error: e2e harness: an uncaught error/)]);
  browserProblems.problems.length = 0;
});

test("the watch records a CSP violation (an inline style the portal's policy refuses)", async ({
  page,
  browserProblems,
}) => {
  await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent = "body { outline: 1px solid red }";
    document.head.append(style);
  });
  // Both reports of it: the `securitypolicyviolation` event and Chromium's console message.
  await expect
    .poll(() => [...browserProblems.problems].sort())
    .toEqual([
      expect.stringMatching(/^CSP violation: .*inline style.*Content Security Policy/),
      expect.stringMatching(/^CSP violation: style-src-elem blocked inline/),
    ]);
  browserProblems.problems.length = 0;
});

test("an allowed console error is not recorded, a CSP violation always is", async ({
  page,
  allowConsoleErrors,
  browserProblems,
}) => {
  allowConsoleErrors(/e2e harness|inline style|Content Security Policy/);
  await page.evaluate(() => console.error("e2e harness: allowed"));
  await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent = "body { outline: 1px solid red }";
    document.head.append(style);
  });
  await expect.poll(() => browserProblems.problems.length).toBe(2);
  expect(browserProblems.problems.join("\n")).not.toContain("allowed");
  expect(browserProblems.problems.every((p) => p.startsWith("CSP violation: "))).toBe(true);
  browserProblems.problems.length = 0;
});

test("a recorded problem fails the test at its end", async ({ page }) => {
  test.fail();
  await page.evaluate(() => console.error("e2e harness: fails the test"));
  await page.waitForTimeout(0);
});
