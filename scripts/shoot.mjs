#!/usr/bin/env node
/**
 * Screenshots of stories, for looking at them: `node scripts/shoot.mjs <story-id>… [--out dir]`
 * against a running Storybook (`pnpm storybook`, or STORYBOOK_URL). Each story is taken light and
 * dark, 360 and 1280 px wide, into `<out>/<story-id>.<scheme>.<width>.png` (default out:
 * /tmp/shots). Not a test: the screenshot tests with baselines are stories/screenshots.test.tsx.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "./chromium.mjs";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = (outAt >= 0 ? args.splice(outAt, 2)[1] : undefined) ?? "/tmp/shots";
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined; // e.g. "dark.360"
const base = process.env.STORYBOOK_URL ?? "http://127.0.0.1:6006";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const id of args) {
    for (const scheme of ["light", "dark"]) {
      for (const width of [1280, 360]) {
        if (only && only !== `${scheme}.${width}`) continue;
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        /** @type {string[]} */
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=scheme:${scheme}`);
        await page.waitForSelector("#storybook-root > *, body > [data-ck-root]", {
          timeout: 15000,
        });
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(400);
        const file = `${out}/${id}.${scheme}.${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file + (errors.length ? `  page errors: ${errors.join(" | ")}` : ""));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
