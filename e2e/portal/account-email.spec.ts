/**
 * The "Send e-mail" tab. Data: Northwind Traders (Reseller A's; its admin user Jane Doe is the
 * recipient). Sending only adds to its e-mail log and jobs, which no other spec counts.
 */
import { expect, openCustomer, SEED, SendEmailFormPage, test, unique } from "../support/fixtures";

const NORTHWIND = SEED.ids.customers.resellerAPrepay;

test("e-mail: sent to the customer's admin users, and the form is ready for the next", async ({
  page,
}) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "email");
  const form = new SendEmailFormPage(dialog.panel);
  await form.send(unique("E2E maintenance"), "The platform is down for maintenance on Sunday.");
  await expect(form.root).toContainText("Sent to 1 user");
  await expect(form.outcome).toHaveText([/Jane Doe\s*jane@northwind\.example/]);
  await expect(form.subject).toHaveValue("");
});

test("e-mail: a subject with CR/LF is refused, with the error next to the subject, and nothing typed is lost", async ({
  page,
  allowConsoleErrors,
}) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "email");
  const form = new SendEmailFormPage(dialog.panel);

  // A single-line input takes no line break from the keyboard or a paste (the browser strips it),
  // so what a header injection looks like is a crafted request: the subject below reaches the
  // server with CR/LF, and the sandbox must refuse it (the contract's one-line pattern).
  const subject = unique("E2E injection");
  await form.subject.fill(subject);
  await form.message.fill("Hello");
  await page.route("**/api/v1/customers/*/emails", async (route) => {
    const body = route.request().postDataJSON() as { subject: string };
    await route.continue({
      postData: JSON.stringify({ ...body, subject: `${body.subject}\r\nBcc: victim@example.com` }),
    });
  });
  allowConsoleErrors(/status of 400 .*\/emails/);
  await form.submit();

  await expect(form.subjectError).toBeVisible();
  await expect(form.subject).toHaveAttribute("aria-invalid", "true");
  await expect(form.root).not.toContainText("Sent to");
  await expect(form.subject).toHaveValue(subject);
  await expect(form.message).toHaveValue("Hello");
});

test("e-mail: a pasted line break never reaches the subject", async ({ page }) => {
  const dialog = await openCustomer(page, "resellerA", NORTHWIND, "email");
  const form = new SendEmailFormPage(dialog.panel);
  await form.subject.focus();
  await page.keyboard.insertText("Line one\r\nBcc: victim@example.com");
  await expect(form.subject).not.toHaveValue(/[\r\n]/);
});
