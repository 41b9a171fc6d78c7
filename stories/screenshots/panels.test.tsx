/**
 * Issue 9's panels in their main states as pictures, against committed baselines (as
 * dialog.test.tsx does for the dialog): a change in spacing, colour, wrapping or layout fails here
 * until the baseline is updated on purpose (`pnpm test:screenshots --update`, then look at the PNGs).
 * Twelve pictures, not every story: each costs CI time.
 */
import { composeStories } from "@storybook/react";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import * as creditNotes from "../CreditNotesTable.stories";
import * as customers from "../CustomersTable.stories";
import * as invoices from "../InvoicesTable.stories";
import * as related from "../RelatedResources.stories";
import * as resources from "../ResourceList.stories";
import * as statements from "../StatementsTable.stories";
import * as usage from "../UsageReport.stories";

const Statements = composeStories(statements);
const Invoices = composeStories(invoices);
const CreditNotes = composeStories(creditNotes);
const Usage = composeStories(usage);
const Resources = composeStories(resources);
const Related = composeStories(related);
const Customers = composeStories(customers);

/** The component's own root (the story's frame around it is no part of the picture). */
const root = () => document.querySelector<HTMLElement>("[data-ck-root][data-part]");

/** Waits until the panel shows its data: nothing on the page is still loading, fonts included. */
async function settled() {
  await expect.poll(root, { timeout: 15_000 }).not.toBeNull();
  await expect
    .poll(() => document.querySelector('[aria-busy="true"]'), { timeout: 15_000 })
    .toBeNull();
  // Text that appeared with the data may use a face not loaded yet.
  await document.fonts.ready;
  return page.elementLocator(root() as HTMLElement);
}

const cases = [
  ["statements, light, 1280", Statements.Default, 1280, "statements-light-1280"],
  ["invoices, light, 1280", Invoices.Default, 1280, "invoices-light-1280"],
  ["an invoice opened, light, 1280", Invoices.Default, 1280, "invoice-open-light-1280"],
  ["credit notes, light, 1280", CreditNotes.Default, 1280, "credit-notes-light-1280"],
  ["usage report, light, 1280", Usage.Default, 1280, "usage-light-1280"],
  ["usage report, dark, 1280", Usage.Dark, 1280, "usage-dark-1280"],
  ["resources, light, 1280", Resources.Default, 1280, "resources-light-1280"],
  ["a server's detail, light, 1280", Resources.ServerDetail, 1280, "server-detail-light-1280"],
  ["information tab, light, 1280", Related.Information, 1280, "information-light-1280"],
  ["customers, light, 1280", Customers.Default, 1280, "customers-light-1280"],
  ["customers, light, 360", Customers.Narrow, 360, "customers-light-360"],
  ["customers, dark, 1280", Customers.Dark, 1280, "customers-dark-1280"],
] as const;

describe("issue 9's panels look as designed", () => {
  for (const [name, Story, width, file] of cases) {
    it(name, async () => {
      // Tall enough for the whole panel: what lies below the viewport is not painted.
      await page.viewport(width, 1800);
      await Story.run();
      let panel = await settled();
      if (file.startsWith("invoice-open")) {
        await page.getByRole("button", { name: "RSA-INV-2026-0166" }).click();
        await expect.element(page.getByRole("table", { name: "Invoice lines" })).toBeVisible();
        panel = await settled();
      }
      await expect(panel).toMatchScreenshot(file);
    });
  }
});
