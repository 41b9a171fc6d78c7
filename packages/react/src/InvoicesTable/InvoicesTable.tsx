"use client";
import type { Invoice, InvoiceStatus } from "@customer-kit/client";
import { useInvoice, useInvoices } from "@customer-kit/hooks";
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

/**
 * The customer's invoices, newest first: number, dates, status, totals excluding and including
 * tax, currency; opening one shows its lines, with "Back to invoices". Parts: `invoices-table`,
 * `invoices-list`, `invoices-number`, `invoices-footer`, `invoices-detail`, `invoices-back`,
 * `invoices-line-description`, `invoices-total`.
 */
function InvoicesTableRoot({
  customerId,
  pageSize = 10,
  invoiceId: invoiceIdProp,
  defaultInvoiceId = null,
  onInvoiceIdChange,
}: InvoicesTableProps) {
  const [openId, setOpenId] = useControllable(invoiceIdProp, defaultInvoiceId, onInvoiceIdChange);
  // The cursors of the pages before this one: "Older" pushes, "Newer" pops.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const query = useInvoices(customerId, { limit: pageSize, ...(cursor && { cursor }) });
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
        `[data-part="invoices-number"][data-invoice-id="${closed}"]`,
      ),
    );
  };

  return (
    <div {...useRootProps()} data-part="invoices-table">
      {openId ? (
        <InvoiceDetailView
          customerId={customerId}
          invoiceId={openId}
          listed={listed}
          onBack={close}
        />
      ) : (
        <InvoicesList
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

function InvoicesList({
  query,
  onOpen,
  page,
  onOlder,
  onNewer,
}: {
  query: ReturnType<typeof useInvoices>;
  onOpen: (id: string) => void;
  page: number;
  onOlder: (cursor: string) => void;
  onNewer: () => void;
}) {
  const { t, money, date } = useI18n();
  const data = query.data;
  const head: [MessageKey, boolean][] = [
    ["invoices.col.number", false],
    ["invoices.col.issued", false],
    ["invoices.col.due", false],
    ["invoices.col.status", false],
    ["invoices.col.exTax", true],
    ["invoices.col.incTax", true],
    ["invoices.col.currency", false],
  ];
  let body: React.ReactNode;
  if (query.isError && !data)
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (!data)
    body = (
      <LoadingState label={t("invoices.loading")}>
        <SkeletonRows />
      </LoadingState>
    );
  else if (data.items.length === 0 && page === 0)
    body = (
      <EmptyState title={t("invoices.empty.title")} description={t("invoices.empty.description")} />
    );
  else
    body = (
      <>
        <div data-part="table-scroll">
          <table data-part="table" aria-label={t("invoices.title")}>
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
              {data.items.map((invoice) => (
                <tr key={invoice.id}>
                  <td>
                    <button
                      type="button"
                      data-part="invoices-number"
                      data-invoice-id={invoice.id}
                      onClick={() => onOpen(invoice.id)}
                    >
                      {invoice.number}
                    </button>
                  </td>
                  <td>{date(invoice.issuedAt)}</td>
                  <td>{date(invoice.dueAt)}</td>
                  <td>
                    <Badge tone={STATUS_TONE[invoice.status]}>
                      {t(`invoices.status.${invoice.status}`)}
                    </Badge>
                  </td>
                  <td data-numeric="">{money(invoice.totalExTax)}</td>
                  <td data-numeric="">{money(invoice.totalIncTax)}</td>
                  <td>{invoice.currency}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div data-part="invoices-footer">
          <span role="status">{t("invoices.total", { total: data.total })}</span>
          {(page > 0 || data.nextCursor) && (
            <span>
              <Button size="sm" variant="ghost" disabled={page === 0} onClick={onNewer}>
                {t("invoices.newer")}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={!data.nextCursor}
                onClick={() => data.nextCursor && onOlder(data.nextCursor)}
              >
                {t("invoices.older")}
              </Button>
            </span>
          )}
        </div>
      </>
    );
  return (
    <Section title={t("invoices.title")} description={t("invoices.description")}>
      <div data-part="invoices-list">{body}</div>
    </Section>
  );
}

/** One invoice: its facts and its lines, with the totals under them. */
function InvoiceDetailView({
  customerId,
  invoiceId,
  listed,
  onBack,
}: {
  customerId: string;
  invoiceId: string;
  listed: Invoice | undefined;
  onBack: () => void;
}) {
  const { t, money, date, number, percent } = useI18n();
  const detail = useInvoice(customerId, invoiceId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const invoice = detail.data ?? listed;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const head: [MessageKey, boolean][] = [
    ["invoices.line.description", false],
    ["invoices.line.quantity", true],
    ["invoices.line.unitPrice", true],
    ["invoices.line.taxRate", true],
    ["invoices.col.exTax", true],
    ["invoices.col.incTax", true],
  ];
  let lines: React.ReactNode;
  if (detail.isError && !detail.data)
    lines = <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  else if (!detail.data)
    lines = (
      <LoadingState label={t("invoices.lines.loading")}>
        <SkeletonRows count={3} />
      </LoadingState>
    );
  else {
    const doc = detail.data;
    const totals: [MessageKey, string][] = [
      ["invoices.totals.exTax", money(doc.totalExTax)],
      ["invoices.totals.tax", money(doc.taxTotal)],
      ["invoices.totals.incTax", money(doc.totalIncTax)],
    ];
    lines = (
      <div data-part="table-scroll">
        <table data-part="table" aria-label={t("invoices.lines.title")}>
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
                <td data-part="invoices-line-description">{line.description}</td>
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
              <tr key={key} data-part="invoices-total">
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
    <div data-part="invoices-detail">
      {/* Its own wrapper: the Button's data-part stays "button". */}
      <div data-part="invoices-back">
        <Button variant="ghost" size="sm" onClick={onBack}>
          {t("invoices.back")}
        </Button>
      </div>
      <header data-part="section-header">
        <div>
          <h3 data-part="section-title" ref={headingRef} tabIndex={-1}>
            {invoice
              ? t("invoices.detail.title", { number: invoice.number })
              : t("invoices.detail.untitled")}
          </h3>
          {invoice && (
            <p data-part="section-description">
              {t("invoices.detail.dates", {
                issued: date(invoice.issuedAt),
                due: date(invoice.dueAt),
              })}
            </p>
          )}
        </div>
        {invoice && (
          <div data-part="section-actions">
            <Badge tone={STATUS_TONE[invoice.status]}>
              {t(`invoices.status.${invoice.status}`)}
            </Badge>
          </div>
        )}
      </header>
      {lines}
    </div>
  );
}

/**
 * The invoices table, and its detail view for a host that shows one invoice on its own (under an
 * element with `data-ck-root`).
 */
export const InvoicesTable = /* @__PURE__ */ Object.assign(InvoicesTableRoot, {
  Detail: InvoiceDetailView,
});
