import { withoutCustomer } from "../domain/customers";
import { newestFirst, paginate } from "../http/paging";
import { notFound } from "../http/problem";
import type { CreditNoteRecord, DeepReadonly, SandboxStore } from "../store/types";
import type { Define } from "./define";

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

/**
 * One page of a customer's records (already in the list's order), as the API shows them. Here,
 * not in the domain: a page and its cursor are the protocol's, the record's view is the domain's.
 */
function customerRecordsPage<T extends { id: string; customerId: string }>(
  records: readonly T[],
  query: Parameters<typeof paginate>[1],
) {
  const page = paginate(records, query);
  return { status: 200, body: { ...page, items: page.items.map(withoutCustomer) } };
}
