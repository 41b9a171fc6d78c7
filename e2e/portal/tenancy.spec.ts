/**
 * Tenancy: a reseller cannot reach another reseller's customer, neither by URL in the portal (the
 * kit's "not found" dialog) nor through the API (the contract answers `404`, never `403`, so a
 * customer's existence does not leak); reseller A's list does not show reseller B's customers.
 * Data: seeded customers, read only.
 */
import {
  ADMIN_TOKENS,
  CustomerDialogPage,
  CustomersTablePage,
  expect,
  SANDBOX_URL,
  SEED,
  signInAs,
  test,
} from "../support/fixtures";

const NORTHWIND = SEED.ids.customers.resellerAPrepay;

test("reseller B opening reseller A's customer by URL sees the kit's not-found state", async ({
  page,
  allowConsoleErrors,
}) => {
  // The customer's GET answers 404, which Chromium logs.
  allowConsoleErrors(/status of 404/);
  await signInAs(page, "resellerB");
  await page.goto(`/admin/customers?customer=${NORTHWIND}&tab=configuration`);
  const dialog = new CustomerDialogPage(page);
  const notFound = dialog.root.locator('[data-part="error-state"]');
  await expect(notFound).toContainText("Customer not found");
  await expect(notFound).toContainText(
    "This record no longer exists, or you no longer have access to it.",
  );
  // Nothing of the customer shows: no name, no tabs, no retry that could load it.
  await expect(dialog.root).not.toContainText("Northwind");
  await expect(dialog.tabs).toHaveCount(0);
  await expect(notFound.getByRole("button")).toHaveCount(0);
});

test("reseller B's token gets 404 for reseller A's customer and its sub-resources", async ({
  request,
}) => {
  const headers = { Authorization: `Bearer ${ADMIN_TOKENS.resellerB}` };
  for (const path of ["", "/invoices", "/units/balance", "/users", "/vdcs"]) {
    const response = await request.get(`${SANDBOX_URL}/api/v1/customers/${NORTHWIND}${path}`, {
      headers,
    });
    expect(response.status(), `GET /customers/{A's}${path}`).toBe(404);
    expect(await response.text()).not.toContain("Northwind");
  }
  const write = await request.patch(`${SANDBOX_URL}/api/v1/customers/${NORTHWIND}`, {
    headers: { ...headers, "If-Match": "*", "Content-Type": "application/merge-patch+json" },
    data: { name: "Taken over" },
  });
  expect(write.status()).toBe(404);
  // And A still sees it unchanged.
  const own = await request.get(`${SANDBOX_URL}/api/v1/customers/${NORTHWIND}`, {
    headers: { Authorization: `Bearer ${ADMIN_TOKENS.resellerA}` },
  });
  expect(own.status()).toBe(200);
  expect((await own.json()).name).toBe("Northwind Traders");
});

test("reseller A's customers table lists A's customers and none of B's", async ({ page }) => {
  await signInAs(page, "resellerA");
  const table = new CustomersTablePage(page);
  await table.searchFor("Northwind");
  await expect(table.nameButton("Northwind Traders")).toBeVisible();
  for (const name of ["Boulangerie Dupont", "Fabrikam Logistique"]) {
    await table.searchFor(name);
    // The search has run (the table says it found nothing), and no row is B's.
    await expect(table.root.locator('[data-part="empty-state"]')).toBeVisible();
    await expect(table.rows.filter({ hasText: name })).toHaveCount(0);
  }
  // Reseller B does see them: the search works, the list is what differs.
  await page.getByLabel("Signed in as").selectOption("reseller-b");
  await table.searchFor("Boulangerie Dupont");
  await expect(table.rows.filter({ hasText: "Boulangerie Dupont" })).not.toHaveCount(0);
});
