"use client";
import type { Statement } from "@customer-kit/client";
import { useStatements } from "@customer-kit/hooks";
import { useId, useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Button,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  LoadingState,
  Section,
  Skeleton,
  SkeletonRows,
  TableHead,
} from "../ui";
import messages from "./messages/en";

/** Props of {@link StatementsTable}. */
export interface StatementsTableProps extends CustomerPanelProps {
  /** Read-only by nature: `readOnly` and `hidden` name no fields here. */
  readOnly?: CustomerPanelProps["readOnly"];
  /** Monthly statements per page ("Newer"/"Older" page through the rest). @default 3 */
  pageSize?: number;
}

/**
 * A calendar date of the contract (`2026-10-31`) as a local `Date`: `new Date("2026-10-31")` is
 * midnight UTC, which a user west of Greenwich would see as the 30th.
 */
const calendarDate = (value: string) => {
  const [y, m, d] = value.split("-").map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
};

const HEAD: [MessageKey, boolean][] = [
  ["statements.col.date", false],
  ["statements.col.type", false],
  ["statements.col.description", false],
  ["statements.col.debit", true],
  ["statements.col.credit", true],
  ["statements.col.balance", true],
];

/**
 * One month: the opening balance, each line (what it adds to what the customer owes, what it
 * takes off, and the balance after it), and the closing balance.
 */
function StatementBlock({ statement }: { statement: Statement }) {
  const { t, money, date } = useI18n(messages);
  const id = useId();
  return (
    <div data-part="statements-statement">
      <h4 data-part="statements-period" id={id}>
        {t("statements.period", {
          from: date(calendarDate(statement.periodStart)),
          to: date(calendarDate(statement.periodEnd)),
        })}
      </h4>
      <div data-part="table-scroll">
        <table data-part="table" aria-labelledby={id}>
          <TableHead columns={HEAD.map(([key, numeric]) => [t(key), numeric] as const)} />
          <tbody>
            <tr data-part="statements-balance">
              <th scope="row" colSpan={5}>
                {t("statements.opening")}
              </th>
              <td data-numeric="">{money(statement.openingBalance)}</td>
            </tr>
            {statement.lines.length === 0 && (
              <tr>
                <td colSpan={6} data-part="statements-quiet">
                  {t("statements.quiet")}
                </td>
              </tr>
            )}
            {statement.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their order is fixed.
              <tr key={i} data-part="statements-line" data-kind={line.kind}>
                <td data-part="statements-date">{date(calendarDate(line.date))}</td>
                <td data-part="statements-kind">{t(`statements.kind.${line.kind}`)}</td>
                <td data-part="statements-description">
                  {line.description}
                  {/* The seed's descriptions often name the document already: no echo under it. */}
                  {!line.description.includes(line.reference) && (
                    <span data-part="statements-reference">{line.reference}</span>
                  )}
                </td>
                <td data-numeric="">{line.debit ? money(line.debit) : ""}</td>
                <td data-numeric="">{line.credit ? money(line.credit) : ""}</td>
                <td data-numeric="">{money(line.balance)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-part="statements-balance">
              <th scope="row" colSpan={5}>
                {t("statements.closing")}
              </th>
              <td data-numeric="">{money(statement.closingBalance)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

/**
 * The customer's monthly statements (VPS style billing), newest first: for each month the
 * opening balance, its lines (unpaid invoice, unpaid credit note, payment received, payment made)
 * with debit, credit and the running balance, and the closing balance. Parts: `statements-table`,
 * `statements-statement`, `statements-period`, `statements-line` (with `data-kind`),
 * `statements-date`, `statements-kind`, `statements-description`, `statements-reference`,
 * `statements-balance`, `statements-quiet`, `statements-footer`.
 */
export function StatementsTable({ customerId, pageSize = 3 }: StatementsTableProps) {
  const { t } = useI18n(messages);
  // The cursors of the pages before this one: "Older" pushes, "Newer" pops.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const query = useStatements(customerId, { limit: pageSize, ...(cursor && { cursor }) });
  const data = query.data;
  const page = cursors.length;

  let body: React.ReactNode;
  if (query.isError && !data)
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (!data)
    body = (
      <LoadingState label={t("statements.loading")}>
        <Skeleton width="sm" />
        <SkeletonRows />
      </LoadingState>
    );
  else if (data.items.length === 0 && page === 0)
    body = (
      <EmptyState
        title={t("statements.empty.title")}
        description={t("statements.empty.description")}
      />
    );
  else
    body = (
      <>
        {data.items.map((statement) => (
          <StatementBlock key={statement.id} statement={statement} />
        ))}
        <div data-part="statements-footer">
          <span role="status">{t("statements.total", { total: data.total })}</span>
          {(page > 0 || data.nextCursor) && (
            <span>
              <Button
                size="sm"
                variant="ghost"
                disabled={page === 0}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                {t("statements.newer")}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={!data.nextCursor}
                onClick={() => data.nextCursor && setCursors([...cursors, data.nextCursor])}
              >
                {t("statements.older")}
              </Button>
            </span>
          )}
        </div>
      </>
    );
  return (
    <div {...useRootProps()} data-part="statements-table">
      <Section title={t("statements.title")} description={t("statements.description")}>
        {body}
      </Section>
    </div>
  );
}
