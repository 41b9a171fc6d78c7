"use client";
import { useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import {
  billingQueries,
  type CreditNoteFilters,
  type InvoiceFilters,
  type StatementFilters,
} from "../queries/billing";

/** A customer's statements (`GET …/statements`). @param filters `cursor`, `limit`. @default {} */
export function useStatements(customerId: string, filters: StatementFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(billingQueries.statements(client, customerId, filters));
}

/** A customer's invoices (`GET …/invoices`). @param filters `cursor`, `limit`. @default {} */
export function useInvoices(customerId: string, filters: InvoiceFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(billingQueries.invoices(client, customerId, filters));
}

/** One invoice with its lines (`GET …/invoices/{invoiceId}`). */
export function useInvoice(customerId: string, invoiceId: string) {
  const { client } = useCustomerKit();
  return useQuery(billingQueries.invoice(client, customerId, invoiceId));
}

/** A customer's credit notes (`GET …/credit-notes`). @param filters `cursor`, `limit`. @default {} */
export function useCreditNotes(customerId: string, filters: CreditNoteFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(billingQueries.creditNotes(client, customerId, filters));
}

/** One credit note with its lines (`GET …/credit-notes/{creditNoteId}`). */
export function useCreditNote(customerId: string, creditNoteId: string) {
  const { client } = useCustomerKit();
  return useQuery(billingQueries.creditNote(client, customerId, creditNoteId));
}
