import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import type { QueryParams } from "./params";

/** Filters of a customer's statements: paging. */
export type StatementFilters = QueryParams<"listStatements">;
/** Filters of a customer's invoices: paging. */
export type InvoiceFilters = QueryParams<"listInvoices">;
/** Filters of a customer's credit notes: paging. */
export type CreditNoteFilters = QueryParams<"listCreditNotes">;

/** A customer's billing documents: statements, invoices and credit notes (lists and one each). */
export const billingQueries = {
  /** `GET /customers/{customerId}/statements`. */
  statements: (client: CustomerKitClient, customerId: string, filters: StatementFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).statements(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/statements", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/invoices`. */
  invoices: (client: CustomerKitClient, customerId: string, filters: InvoiceFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).invoiceList(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/invoices", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/invoices/{invoiceId}`: one invoice with its lines. */
  invoice: (client: CustomerKitClient, customerId: string, invoiceId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).invoice(invoiceId),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/invoices/{invoiceId}", {
            params: { path: { customerId, invoiceId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/credit-notes`. */
  creditNotes: (client: CustomerKitClient, customerId: string, filters: CreditNoteFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).creditNoteList(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/credit-notes", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/credit-notes/{creditNoteId}`: one credit note with its lines. */
  creditNote: (client: CustomerKitClient, customerId: string, creditNoteId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).creditNote(creditNoteId),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/credit-notes/{creditNoteId}", {
            params: { path: { customerId, creditNoteId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
};
