/**
 * The Resources tab: VDCs, servers and disks, one of each opened on its read-only detail, and the
 * hint that acting on them means logging in as the customer. Data: Northwind Traders' seeded
 * resources (read only; no spec changes them).
 */
import { expect, openCustomer, ResourceListPage, SEED, test } from "../support/fixtures";

const NORTHWIND = SEED.ids.customers.resellerAPrepay;

test("VDCs, servers and disks: each list, and one of each opened read-only", async ({ page }) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "resources");
  const resources = new ResourceListPage(dialog.panel);
  await expect(resources.hint).toContainText(
    "These resources are read-only here. To start, stop or change them, log in as the customer.",
  );
  await expect(resources.loginButton).toBeVisible();

  // A VDC: its facts and its servers and disks as links; a server opened from it, Back to it.
  await expect(resources.switchButton("VDC")).toHaveAttribute("aria-pressed", "true");
  await expect(resources.row("Production")).toContainText("Active");
  await resources.open("Production");
  await expect(resources.detailTitle).toBeFocused();
  await expect(resources.detailBadges).toHaveText(["VDC", "Active"]);
  await expect(resources.fact("CPUs")).not.toBeEmpty();
  await expect(resources.related.filter({ hasText: "Servers" }).locator("li")).not.toHaveCount(0);
  await expect(resources.hint).toBeVisible();
  // Read-only: no form, no button but Back, the links and (where the host gives it) the hint's.
  await expect(resources.detail.locator("input, select, textarea")).toHaveCount(0);
  await resources.open("web-01");
  await expect(resources.fact("VDC")).toHaveText("Production");
  await resources.back();
  await expect(resources.detailTitle).toHaveText("Production");
  await resources.back();
  await expect(resources.link("Production")).toBeFocused();

  // A server from its list.
  await resources.show("SERVER");
  await expect(resources.row("web-01")).toContainText("Production");
  await resources.open("web-01");
  await expect(resources.detailBadges.first()).toHaveText("Server");
  await expect(resources.fact("IP addresses")).not.toBeEmpty();
  await expect(resources.related.filter({ hasText: "Disks" })).toContainText("web-01-boot");
  await resources.back();

  // A disk from its list: the server it is attached to.
  await resources.show("DISK");
  await expect(resources.row("web-01-boot")).toContainText("web-01");
  await resources.open("web-01-boot");
  await expect(resources.detailBadges.first()).toHaveText("Disk");
  await expect(resources.fact("Server")).toHaveText("web-01");
  await expect(resources.fact("Size")).toContainText("GB");
});

test("the hint's action opens Login to CP, and Escape gives focus back to it", async ({ page }) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "resources");
  const resources = new ResourceListPage(dialog.panel);
  await resources.loginButton.click();
  await expect(dialog.actionDialog).toBeVisible();
  await expect(dialog.actionDialog).toContainText("Northwind Traders");
  await page.keyboard.press("Escape");
  await expect(dialog.actionDialog).toBeHidden();
  await expect(resources.loginButton).toBeFocused();
});
