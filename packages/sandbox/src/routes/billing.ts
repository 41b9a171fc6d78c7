import { withoutCustomer } from "../domain/customers";
import { daysBetween, usageReport } from "../domain/usage";
import { newestFirst, paginate } from "../http/paging";
import { notFound, validationProblem } from "../http/problem";
import type { CreditNoteRecord, DeepReadonly, SandboxStore } from "../store/types";
import type { Define } from "./define";
import { customerRecordsPage } from "./pages";

/** The longest period a usage report may span, in days (the contract's 366). */
const MAX_REPORT_DAYS = 366;

export function billingRoutes(define: Define): void {
  define("listStatements", ({ store, customer, query }) => {
    return customerRecordsPage(
      newestFirst(store.scan("statements", customer.id), (s) => s.periodStart),
      query,
    );
  });

  define("listInvoices", ({ store, customer, query }) => {
    const page = paginate(
      newestFirst(store.scan("invoices", customer.id), (i) => i.issuedAt),
      query,
    );
    // The list leaves the lines out; getInvoice has them.
    const items = page.items.map(({ customerId: _, lines: __, ...invoice }) => invoice);
    return { status: 200, body: { ...page, items } };
  });

  define("getInvoice", ({ store, customer, params }) => {
    const invoice = store.get("invoices", params.invoiceId as string);
    if (!invoice || invoice.customerId !== customer.id) {
      throw notFound("invoice", params.invoiceId as string);
    }
    return { status: 200, body: withoutCustomer(invoice) };
  });

  define("listCreditNotes", ({ store, customer, query }) => {
    const page = paginate(
      newestFirst(store.scan("creditNotes", customer.id), (n) => n.issuedAt),
      query,
    );
    // The list leaves the lines out; getCreditNote has them.
    const items = page.items.map(({ lines: _, ...note }) => creditNoteView(store, note));
    return { status: 200, body: { ...page, items } };
  });

  define("getCreditNote", ({ store, customer, params }) => {
    const note = store.get("creditNotes", params.creditNoteId as string);
    if (!note || note.customerId !== customer.id) {
      throw notFound("credit note", params.creditNoteId as string);
    }
    return { status: 200, body: creditNoteView(store, note) };
  });

  define("getUsageReport", ({ customer, query, now }) => {
    const { from, to } = query;
    if (from > to) {
      throw validationProblem([{ field: "from", message: "Must not be after to.", code: "range" }]);
    }
    if (daysBetween(from, to) > MAX_REPORT_DAYS) {
      throw validationProblem([
        {
          field: "to",
          message: `The period may span at most ${MAX_REPORT_DAYS} days.`,
          code: "range",
        },
      ]);
    }
    return {
      status: 200,
      body: usageReport({
        customerId: customer.id,
        customerCreatedAt: customer.createdAt,
        from,
        to,
        granularity: query.granularity ?? "DAY",
        today: now.toISOString().slice(0, 10),
      }),
    };
  });
}

/**
 * A credit note as the API shows it, with the number of the invoice it credits: read from the
 * invoice, not kept beside its id, so that the two never disagree.
 */
function creditNoteView<N extends Omit<DeepReadonly<CreditNoteRecord>, "lines">>(
  store: SandboxStore,
  note: N,
) {
  const { customerId: _, ...shown } = note;
  const invoice = note.invoiceId === null ? undefined : store.get("invoices", note.invoiceId);
  return { ...shown, invoiceNumber: invoice?.number ?? null };
}
