"use client";
import type { Invoice, InvoiceStatus } from "@customer-kit/client";
import { useInvoice, useInvoices } from "@customer-kit/hooks";
import type { BadgeProps, CustomerPanelProps } from "../ui";
import { BillingDocuments, type BillingKind, type BillingView } from "../ui/billing";
import messages from "./messages/en";

/** Props of {@link InvoicesTable}. */
export interface InvoicesTableProps extends CustomerPanelProps {
  /** Read-only by nature: `readOnly` and `hidden` name no fields here. */
  readOnly?: CustomerPanelProps["readOnly"];
  /** Invoices per page ("Newer"/"Older" page through the rest). @default 10 */
  pageSize?: number;
  /** The invoice whose lines are shown (controlled); `null`: the list. */
  invoiceId?: string | null;
  /** The invoice shown first (uncontrolled). @default null */
  defaultInvoiceId?: string | null;
  /** Called when an invoice is opened (its id) or closed (`null`). */
  onInvoiceIdChange?: (invoiceId: string | null) => void;
}

/** The badge tone of each status: paid is done, overdue needs attention, issued is open. */
const STATUS_TONE: Record<InvoiceStatus, NonNullable<BadgeProps["tone"]>> = {
  DRAFT: "neutral",
  ISSUED: "accent",
  PAID: "success",
  OVERDUE: "danger",
  VOID: "neutral",
};

/** Invoices as billing documents: their due date is the column of their own. */
const INVOICES: BillingKind<Invoice> = {
  ns: "invoices",
  messages,
  idAttribute: "data-invoice-id",
  useList: useInvoices,
  useDetail: useInvoice,
  status: (invoice, t) => ({
    tone: STATUS_TONE[invoice.status],
    label: t(`invoices.status.${invoice.status}`),
  }),
  column: { head: "invoices.col.due", cell: (invoice, { date }) => date(invoice.dueAt) },
  subtitle: (invoice, { t, date }) =>
    t("invoices.detail.dates", { issued: date(invoice.issuedAt), due: date(invoice.dueAt) }),
};

/** The billing-document table as invoices, with their part names (public API, in the README). */
function Invoices(props: BillingView<Invoice>) {
  return (
    <BillingDocuments
      {...props}
      kind={INVOICES}
      data-part={{
        table: "invoices-table",
        list: "invoices-list",
        number: "invoices-number",
        footer: "invoices-footer",
        detail: "invoices-detail",
        back: "invoices-back",
        lineDescription: "invoices-line-description",
        total: "invoices-total",
      }}
    />
  );
}

/**
 * The customer's invoices, newest first: number, dates, status, totals excluding and including
 * tax, currency; opening one shows its lines, with "Back to invoices". Parts: `invoices-table`,
 * `invoices-list`, `invoices-number`, `invoices-footer`, `invoices-detail`, `invoices-back`,
 * `invoices-line-description`, `invoices-total`.
 */
function InvoicesTableRoot({
  customerId,
  pageSize,
  invoiceId,
  defaultInvoiceId,
  onInvoiceIdChange,
}: InvoicesTableProps) {
  return (
    <Invoices
      view="table"
      customerId={customerId}
      pageSize={pageSize}
      documentId={invoiceId}
      defaultDocumentId={defaultInvoiceId}
      onDocumentIdChange={onInvoiceIdChange}
    />
  );
}

/** One invoice: its facts and its lines, with the totals under them. */
function InvoiceDetailView({
  invoiceId,
  ...rest
}: {
  customerId: string;
  invoiceId: string;
  listed: Invoice | undefined;
  onBack: () => void;
}) {
  return <Invoices view="detail" documentId={invoiceId} {...rest} />;
}

/**
 * The invoices table, and its detail view for a host that shows one invoice on its own (under an
 * element with `data-ck-root`).
 */
export const InvoicesTable = Object.assign(InvoicesTableRoot, {
  Detail: InvoiceDetailView,
});
