"use client";
import type { CreditNote } from "@customer-kit/client";
import { useCreditNote, useCreditNotes } from "@customer-kit/hooks";
import type { BadgeProps, CustomerPanelProps } from "../ui";
import { BillingDocuments, type BillingKind, type BillingView } from "../ui/billing";
import messages from "./messages/en";

/** Props of {@link CreditNotesTable}. */
export interface CreditNotesTableProps extends CustomerPanelProps {
  /** Read-only by nature: `readOnly` and `hidden` name no fields here. */
  readOnly?: CustomerPanelProps["readOnly"];
  /** Credit notes per page ("Newer"/"Older" page through the rest). @default 10 */
  pageSize?: number;
  /** The credit note whose lines are shown (controlled); `null`: the list. */
  creditNoteId?: string | null;
  /** The credit note shown first (uncontrolled). @default null */
  defaultCreditNoteId?: string | null;
  /** Called when a credit note is opened (its id) or closed (`null`). */
  onCreditNoteIdChange?: (creditNoteId: string | null) => void;
}

/** The badge tone of each status: applied is done, issued is still open, void is gone. */
const STATUS_TONE: Record<CreditNote["status"], NonNullable<BadgeProps["tone"]>> = {
  ISSUED: "accent",
  APPLIED: "success",
  VOID: "neutral",
};

/** Credit notes as billing documents: the invoice each credits is the column of their own. */
const CREDIT_NOTES: BillingKind<CreditNote> = {
  ns: "creditNotes",
  messages,
  idAttribute: "data-credit-note-id",
  useList: useCreditNotes,
  useDetail: useCreditNote,
  status: (note, t) => ({
    tone: STATUS_TONE[note.status],
    label: t(`creditNotes.status.${note.status}`),
  }),
  column: {
    head: "creditNotes.col.invoice",
    cell: (note, { t }) => note.invoiceNumber ?? t("creditNotes.noInvoice"),
  },
  subtitle: (note, { t, date }) =>
    note.invoiceNumber
      ? t("creditNotes.detail.credits", {
          issued: date(note.issuedAt),
          invoice: note.invoiceNumber,
        })
      : t("creditNotes.detail.issued", { issued: date(note.issuedAt) }),
  aside: (note, { t }) => (
    <p data-part="credit-notes-reason">{t("creditNotes.detail.reason", { reason: note.reason })}</p>
  ),
};

/** The billing-document table as credit notes, with their part names (public API, in the README). */
function CreditNotes(props: BillingView<CreditNote>) {
  return (
    <BillingDocuments
      {...props}
      kind={CREDIT_NOTES}
      data-part={{
        table: "credit-notes-table",
        list: "credit-notes-list",
        number: "credit-notes-number",
        footer: "credit-notes-footer",
        detail: "credit-notes-detail",
        back: "credit-notes-back",
        lineDescription: "credit-notes-line-description",
        total: "credit-notes-total",
      }}
    />
  );
}

/**
 * The customer's credit notes, newest first: number, date, the invoice each credits, status,
 * totals excluding and including tax, currency; opening one shows its reason and lines, with
 * "Back to credit notes". Parts: `credit-notes-table`, `credit-notes-list`, `credit-notes-number`,
 * `credit-notes-footer`, `credit-notes-detail`, `credit-notes-back`, `credit-notes-reason`,
 * `credit-notes-line-description`, `credit-notes-total`.
 */
function CreditNotesTableRoot({
  customerId,
  pageSize,
  creditNoteId,
  defaultCreditNoteId,
  onCreditNoteIdChange,
}: CreditNotesTableProps) {
  return (
    <CreditNotes
      view="table"
      customerId={customerId}
      pageSize={pageSize}
      documentId={creditNoteId}
      defaultDocumentId={defaultCreditNoteId}
      onDocumentIdChange={onCreditNoteIdChange}
    />
  );
}

/** One credit note: its facts, its reason and its lines, with the totals under them. */
function CreditNoteDetailView({
  creditNoteId,
  ...rest
}: {
  customerId: string;
  creditNoteId: string;
  listed: CreditNote | undefined;
  onBack: () => void;
}) {
  return <CreditNotes view="detail" documentId={creditNoteId} {...rest} />;
}

/**
 * The credit notes table, and its detail view for a host that shows one credit note on its own (under an
 * element with `data-ck-root`).
 */
export const CreditNotesTable = Object.assign(CreditNotesTableRoot, {
  Detail: CreditNoteDetailView,
});
