"use client";
import type { CreditNote } from "@customer-kit/client";
import { useCreditNote, useCreditNotes } from "@customer-kit/hooks";
import { useEffect, useRef, useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  type BadgeProps,
  Button,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  LoadingState,
  Section,
  SkeletonRows,
} from "../ui";
import { useControllable, useReturnFocus } from "../ui/controllable";

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

/**
 * The customer's credit notes, newest first: number, date, the invoice each credits, status,
 * totals excluding and including tax, currency; opening one shows its reason and lines, with
 * "Back to credit notes". Parts: `credit-notes-table`, `credit-notes-list`, `credit-notes-number`,
 * `credit-notes-footer`, `credit-notes-detail`, `credit-notes-back`, `credit-notes-reason`,
 * `credit-notes-line-description`, `credit-notes-total`.
 */
function CreditNotesTableRoot({
  customerId,
  pageSize = 10,
  creditNoteId: creditNoteIdProp,
  defaultCreditNoteId = null,
  onCreditNoteIdChange,
}: CreditNotesTableProps) {
  const [openId, setOpenId] = useControllable(
    creditNoteIdProp,
    defaultCreditNoteId,
    onCreditNoteIdChange,
  );
  // The cursors of the pages before this one: "Older" pushes, "Newer" pops.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const query = useCreditNotes(customerId, { limit: pageSize, ...(cursor && { cursor }) });
  const focus = useReturnFocus();
  const listed = query.data?.items.find((i) => i.id === openId);

  const open = (id: string) => {
    focus.remember();
    setOpenId(id);
  };
  const close = () => {
    const closed = openId;
    setOpenId(null);
    // Back to the number that opened it (a new element: the list was rendered anew).
    focus.restore(() =>
      document.querySelector<HTMLElement>(
        `[data-part="credit-notes-number"][data-credit-note-id="${closed}"]`,
      ),
    );
  };

  return (
    <div {...useRootProps()} data-part="credit-notes-table">
      {openId ? (
        <CreditNoteDetailView
          customerId={customerId}
          creditNoteId={openId}
          listed={listed}
          onBack={close}
        />
      ) : (
        <CreditNotesList
          query={query}
          onOpen={open}
          page={cursors.length}
          onOlder={(next) => setCursors([...cursors, next])}
          onNewer={() => setCursors(cursors.slice(0, -1))}
        />
      )}
    </div>
  );
}

function CreditNotesList({
  query,
  onOpen,
  page,
  onOlder,
  onNewer,
}: {
  query: ReturnType<typeof useCreditNotes>;
  onOpen: (id: string) => void;
  page: number;
  onOlder: (cursor: string) => void;
  onNewer: () => void;
}) {
  const { t, money, date } = useI18n();
  const data = query.data;
  const head: [MessageKey, boolean][] = [
    ["creditNotes.col.number", false],
    ["creditNotes.col.issued", false],
    ["creditNotes.col.invoice", false],
    ["creditNotes.col.status", false],
    ["creditNotes.col.exTax", true],
    ["creditNotes.col.incTax", true],
    ["creditNotes.col.currency", false],
  ];
  let body: React.ReactNode;
  if (query.isError && !data)
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (!data)
    body = (
      <LoadingState label={t("creditNotes.loading")}>
        <SkeletonRows />
      </LoadingState>
    );
  else if (data.items.length === 0 && page === 0)
    body = (
      <EmptyState
        title={t("creditNotes.empty.title")}
        description={t("creditNotes.empty.description")}
      />
    );
  else
    body = (
      <>
        <div data-part="table-scroll">
          <table data-part="table" aria-label={t("creditNotes.title")}>
            <thead>
              <tr>
                {head.map(([key, numeric]) => (
                  <th key={key} scope="col" data-numeric={numeric || undefined}>
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.items.map((note) => (
                <tr key={note.id}>
                  <td>
                    <button
                      type="button"
                      data-part="credit-notes-number"
                      data-credit-note-id={note.id}
                      onClick={() => onOpen(note.id)}
                    >
                      {note.number}
                    </button>
                  </td>
                  <td>{date(note.issuedAt)}</td>
                  <td>{note.invoiceNumber ?? t("creditNotes.noInvoice")}</td>
                  <td>
                    <Badge tone={STATUS_TONE[note.status]}>
                      {t(`creditNotes.status.${note.status}`)}
                    </Badge>
                  </td>
                  <td data-numeric="">{money(note.totalExTax)}</td>
                  <td data-numeric="">{money(note.totalIncTax)}</td>
                  <td>{note.currency}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div data-part="credit-notes-footer">
          <span role="status">{t("creditNotes.total", { total: data.total })}</span>
          {(page > 0 || data.nextCursor) && (
            <span>
              <Button size="sm" variant="ghost" disabled={page === 0} onClick={onNewer}>
                {t("creditNotes.newer")}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={!data.nextCursor}
                onClick={() => data.nextCursor && onOlder(data.nextCursor)}
              >
                {t("creditNotes.older")}
              </Button>
            </span>
          )}
        </div>
      </>
    );
  return (
    <Section title={t("creditNotes.title")} description={t("creditNotes.description")}>
      <div data-part="credit-notes-list">{body}</div>
    </Section>
  );
}

/** One credit note: its facts, its reason and its lines, with the totals under them. */
function CreditNoteDetailView({
  customerId,
  creditNoteId,
  listed,
  onBack,
}: {
  customerId: string;
  creditNoteId: string;
  listed: CreditNote | undefined;
  onBack: () => void;
}) {
  const { t, money, date, number, percent } = useI18n();
  const detail = useCreditNote(customerId, creditNoteId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const note = detail.data ?? listed;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const head: [MessageKey, boolean][] = [
    ["creditNotes.line.description", false],
    ["creditNotes.line.quantity", true],
    ["creditNotes.line.unitPrice", true],
    ["creditNotes.line.taxRate", true],
    ["creditNotes.col.exTax", true],
    ["creditNotes.col.incTax", true],
  ];
  let lines: React.ReactNode;
  if (detail.isError && !detail.data)
    lines = <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  else if (!detail.data)
    lines = (
      <LoadingState label={t("creditNotes.lines.loading")}>
        <SkeletonRows count={3} />
      </LoadingState>
    );
  else {
    const doc = detail.data;
    const totals: [MessageKey, string][] = [
      ["creditNotes.totals.exTax", money(doc.totalExTax)],
      ["creditNotes.totals.tax", money(doc.taxTotal)],
      ["creditNotes.totals.incTax", money(doc.totalIncTax)],
    ];
    lines = (
      <div data-part="table-scroll">
        <table data-part="table" aria-label={t("creditNotes.lines.title")}>
          <thead>
            <tr>
              {head.map(([key, numeric]) => (
                <th key={key} scope="col" data-numeric={numeric || undefined}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {doc.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their order is fixed.
              <tr key={i}>
                <td data-part="credit-notes-line-description">{line.description}</td>
                <td data-numeric="">{number(Number(line.quantity))}</td>
                <td data-numeric="">{money(line.unitPrice)}</td>
                <td data-numeric="">{percent(Number(line.taxRate) / 100)}</td>
                <td data-numeric="">{money(line.totalExTax)}</td>
                <td data-numeric="">{money(line.totalIncTax)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {totals.map(([key, value]) => (
              <tr key={key} data-part="credit-notes-total">
                <th scope="row" colSpan={5}>
                  {t(key)}
                </th>
                <td data-numeric="">{value}</td>
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
    );
  }

  return (
    <div data-part="credit-notes-detail">
      {/* Its own wrapper: the Button's data-part stays "button". */}
      <div data-part="credit-notes-back">
        <Button variant="ghost" size="sm" onClick={onBack}>
          {t("creditNotes.back")}
        </Button>
      </div>
      <header data-part="section-header">
        <div>
          <h3 data-part="section-title" ref={headingRef} tabIndex={-1}>
            {note
              ? t("creditNotes.detail.title", { number: note.number })
              : t("creditNotes.detail.untitled")}
          </h3>
          {note && (
            <p data-part="section-description">
              {note.invoiceNumber
                ? t("creditNotes.detail.credits", {
                    issued: date(note.issuedAt),
                    invoice: note.invoiceNumber,
                  })
                : t("creditNotes.detail.issued", { issued: date(note.issuedAt) })}
            </p>
          )}
        </div>
        {note && (
          <div data-part="section-actions">
            <Badge tone={STATUS_TONE[note.status]}>{t(`creditNotes.status.${note.status}`)}</Badge>
          </div>
        )}
      </header>
      {note && (
        <p data-part="credit-notes-reason">
          {t("creditNotes.detail.reason", { reason: note.reason })}
        </p>
      )}
      {lines}
    </div>
  );
}

/**
 * The credit notes table, and its detail view for a host that shows one credit note on its own (under an
 * element with `data-ck-root`).
 */
export const CreditNotesTable = /* @__PURE__ */ Object.assign(CreditNotesTableRoot, {
  Detail: CreditNoteDetailView,
});
