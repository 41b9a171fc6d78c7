"use client";
import type { InvoiceLine, Money } from "@customer-kit/client";
import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef } from "react";
import type { MessageKey, Messages } from "../i18n/catalog";
import { type I18n, useI18n, useRootProps } from "../i18n/context";
import { Button } from "./Button";
import { useControllable, useReturnFocus } from "./controllable";
import { Badge, type BadgeProps, Section } from "./layout";
import { TableHead, useCursorPager } from "./lists";
import { EmptyState, ErrorState, LoadingState, SkeletonRows } from "./states";

/*
 * The billing-document table InvoicesTable and CreditNotesTable are made of: a page of documents
 * (number, date, a column of the kind's own, status, totals excluding and including tax, currency)
 * with "Newer"/"Older", and one document opened on its lines with the totals under them. Each of
 * the two is a configuration of this ({@link BillingKind}) with its own part names and messages.
 */

/** What a listed document has (an invoice, a credit note). */
export interface BillingDocument {
  id: string;
  number: string;
  issuedAt: string;
  status: string;
  totalExTax: Money;
  taxTotal: Money;
  totalIncTax: Money;
  currency: string;
}

/** A page of documents, as the list endpoints return it. */
interface BillingPage<Doc> {
  items: Doc[];
  total: number;
  nextCursor: string | null;
}

/** The part names of one kind (public API: each component names its own, with its prefix). */
export interface BillingParts {
  table: string;
  list: string;
  number: string;
  footer: string;
  detail: string;
  back: string;
  lineDescription: string;
  total: string;
}

/** The message namespaces of the two kinds: `<ns>.title`, `<ns>.col.number`, … exist for each. */
type BillingNamespace = "invoices" | "creditNotes";

/** What makes one kind of billing document: its hooks, messages and the columns of its own. */
export interface BillingKind<Doc extends BillingDocument> {
  ns: BillingNamespace;
  /** The kind's own English (its folder's `messages/en.ts`): each component brings only its own. */
  messages: Partial<Messages>;
  /** The data attribute on the number button that carries the document's id (focus goes back to it). */
  idAttribute: `data-${string}-id`;
  useList: (
    customerId: string,
    filters: { limit: number; cursor?: string },
  ) => UseQueryResult<BillingPage<Doc>>;
  /** One document with its lines. */
  useDetail: (customerId: string, id: string) => UseQueryResult<Doc & { lines: InvoiceLine[] }>;
  /** The badge tone and label of a document's status. */
  status: (doc: Doc, t: I18n["t"]) => { tone: NonNullable<BadgeProps["tone"]>; label: string };
  /** The list's third column: its heading and its cell. */
  column: { head: MessageKey; cell: (doc: Doc, i18n: I18n) => ReactNode };
  /** The line under the opened document's title (its dates). */
  subtitle: (doc: Doc, i18n: I18n) => string;
  /** What the opened document shows between its header and its lines (a credit note's reason). */
  aside?: (doc: Doc, i18n: I18n) => ReactNode;
}

/** Which view of a kind: its table (with `documentId` state), or one document alone. */
export type BillingView<Doc extends BillingDocument> = { customerId: string } & (
  | {
      view: "table";
      pageSize?: number | undefined;
      documentId?: string | null | undefined;
      defaultDocumentId?: string | null | undefined;
      onDocumentIdChange?: ((id: string | null) => void) | undefined;
    }
  | {
      view: "detail";
      documentId: string;
      /** The document as the list had it: its title shows while its lines load. */
      listed: Doc | undefined;
      onBack: () => void;
    }
);

/** Props of {@link BillingDocuments}. */
export type BillingDocumentsProps<Doc extends BillingDocument> = BillingView<Doc> & {
  kind: BillingKind<Doc>;
  /** The part names, as the component documents them. */
  "data-part": BillingParts;
};

/** A kind's table of documents, or (`view: "detail"`) one document on its own. */
export function BillingDocuments<Doc extends BillingDocument>(props: BillingDocumentsProps<Doc>) {
  if (props.view === "detail")
    return (
      <DocumentDetail
        kind={props.kind}
        parts={props["data-part"]}
        customerId={props.customerId}
        id={props.documentId}
        listed={props.listed}
        onBack={props.onBack}
      />
    );
  return <DocumentsTable {...props} />;
}

function DocumentsTable<Doc extends BillingDocument>({
  kind,
  "data-part": parts,
  customerId,
  pageSize = 10,
  documentId,
  defaultDocumentId = null,
  onDocumentIdChange,
}: Extract<BillingDocumentsProps<Doc>, { view: "table" }>) {
  const [openId, setOpenId] = useControllable(documentId, defaultDocumentId, onDocumentIdChange);
  // The cursors of the pages before this one: "Older" pushes, "Newer" pops.
  const pager = useCursorPager();
  const query = kind.useList(customerId, {
    limit: pageSize,
    ...(pager.cursor && { cursor: pager.cursor }),
  });
  const focus = useReturnFocus();
  const listed = query.data?.items.find((d) => d.id === openId);

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
        `[data-part="${parts.number}"][${kind.idAttribute}="${closed}"]`,
      ),
    );
  };

  return (
    <div {...useRootProps()} data-part={parts.table}>
      {openId ? (
        <DocumentDetail
          kind={kind}
          parts={parts}
          customerId={customerId}
          id={openId}
          listed={listed}
          onBack={close}
        />
      ) : (
        <DocumentsList kind={kind} parts={parts} query={query} pager={pager} onOpen={open} />
      )}
    </div>
  );
}

function DocumentsList<Doc extends BillingDocument>({
  kind,
  parts,
  query,
  pager,
  onOpen,
}: {
  kind: BillingKind<Doc>;
  parts: BillingParts;
  query: UseQueryResult<BillingPage<Doc>>;
  pager: ReturnType<typeof useCursorPager>;
  onOpen: (id: string) => void;
}) {
  const i18n = useI18n(kind.messages);
  const { t, money, date } = i18n;
  const { ns } = kind;
  const data = query.data;
  const page = pager.index;
  const head: [MessageKey, boolean][] = [
    [`${ns}.col.number`, false],
    [`${ns}.col.issued`, false],
    [kind.column.head, false],
    [`${ns}.col.status`, false],
    [`${ns}.col.exTax`, true],
    [`${ns}.col.incTax`, true],
    [`${ns}.col.currency`, false],
  ];
  let body: ReactNode;
  if (query.isError && !data)
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (!data)
    body = (
      <LoadingState label={t(`${ns}.loading`)}>
        <SkeletonRows />
      </LoadingState>
    );
  else if (data.items.length === 0 && page === 0)
    body = <EmptyState title={t(`${ns}.empty.title`)} description={t(`${ns}.empty.description`)} />;
  else
    body = (
      <>
        <div data-part="table-scroll">
          <table data-part="table" aria-label={t(`${ns}.title`)}>
            <TableHead columns={head.map(([key, numeric]) => [t(key), numeric] as const)} />
            <tbody>
              {data.items.map((doc) => {
                const status = kind.status(doc, t);
                return (
                  <tr key={doc.id}>
                    <td>
                      <button
                        type="button"
                        data-part={parts.number}
                        {...{ [kind.idAttribute]: doc.id }}
                        onClick={() => onOpen(doc.id)}
                      >
                        {doc.number}
                      </button>
                    </td>
                    <td>{date(doc.issuedAt)}</td>
                    <td>{kind.column.cell(doc, i18n)}</td>
                    <td>
                      <Badge tone={status.tone}>{status.label}</Badge>
                    </td>
                    <td data-numeric="">{money(doc.totalExTax)}</td>
                    <td data-numeric="">{money(doc.totalIncTax)}</td>
                    <td>{doc.currency}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div data-part={parts.footer}>
          <span role="status">{t(`${ns}.total`, { total: data.total })}</span>
          {(page > 0 || data.nextCursor) && (
            <span>
              <Button size="sm" variant="ghost" disabled={page === 0} onClick={pager.previous}>
                {t(`${ns}.newer`)}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={!data.nextCursor}
                onClick={() => data.nextCursor && pager.next(data.nextCursor)}
              >
                {t(`${ns}.older`)}
              </Button>
            </span>
          )}
        </div>
      </>
    );
  return (
    <Section title={t(`${ns}.title`)} description={t(`${ns}.description`)}>
      <div data-part={parts.list}>{body}</div>
    </Section>
  );
}

/** One document: its facts and its lines, with the totals under them. */
function DocumentDetail<Doc extends BillingDocument>({
  kind,
  parts,
  customerId,
  id,
  listed,
  onBack,
}: {
  kind: BillingKind<Doc>;
  parts: BillingParts;
  customerId: string;
  id: string;
  listed: Doc | undefined;
  onBack: () => void;
}) {
  const i18n = useI18n(kind.messages);
  const { t, money, number, percent } = i18n;
  const { ns } = kind;
  const detail = kind.useDetail(customerId, id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const doc = detail.data ?? listed;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const head: [MessageKey, boolean][] = [
    [`${ns}.line.description`, false],
    [`${ns}.line.quantity`, true],
    [`${ns}.line.unitPrice`, true],
    [`${ns}.line.taxRate`, true],
    [`${ns}.col.exTax`, true],
    [`${ns}.col.incTax`, true],
  ];
  let lines: ReactNode;
  if (detail.isError && !detail.data)
    lines = <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  else if (!detail.data)
    lines = (
      <LoadingState label={t(`${ns}.lines.loading`)}>
        <SkeletonRows count={3} />
      </LoadingState>
    );
  else {
    const full = detail.data;
    const totals: [MessageKey, string][] = [
      [`${ns}.totals.exTax`, money(full.totalExTax)],
      [`${ns}.totals.tax`, money(full.taxTotal)],
      [`${ns}.totals.incTax`, money(full.totalIncTax)],
    ];
    lines = (
      <div data-part="table-scroll">
        <table data-part="table" aria-label={t(`${ns}.lines.title`)}>
          <TableHead columns={head.map(([key, numeric]) => [t(key), numeric] as const)} />
          <tbody>
            {full.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their order is fixed.
              <tr key={i}>
                <td data-part={parts.lineDescription}>{line.description}</td>
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
              <tr key={key} data-part={parts.total}>
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

  const status = doc && kind.status(doc, t);
  return (
    <div data-part={parts.detail}>
      {/* Its own wrapper: the Button's data-part stays "button". */}
      <div data-part={parts.back}>
        <Button variant="ghost" size="sm" onClick={onBack}>
          {t(`${ns}.back`)}
        </Button>
      </div>
      <header data-part="section-header">
        <div>
          <h3 data-part="section-title" ref={headingRef} tabIndex={-1}>
            {doc ? t(`${ns}.detail.title`, { number: doc.number }) : t(`${ns}.detail.untitled`)}
          </h3>
          {doc && <p data-part="section-description">{kind.subtitle(doc, i18n)}</p>}
        </div>
        {status && (
          <div data-part="section-actions">
            <Badge tone={status.tone}>{status.label}</Badge>
          </div>
        )}
      </header>
      {doc && kind.aside?.(doc, i18n)}
      {lines}
    </div>
  );
}
