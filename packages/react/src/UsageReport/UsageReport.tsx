"use client";
import type { UsageReport as UsageReportData } from "@customer-kit/client";
import { useUsageReport } from "@customer-kit/hooks";
import type { FormError } from "@customer-kit/hooks/forms";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Button,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  isFieldHidden,
  LoadingState,
  Section,
  SelectField,
  Skeleton,
  TextField,
} from "../ui";
import messages from "./messages/en";

/** The resource types a usage report has, in the contract's order, each with its chart colour. */
export const USAGE_TYPES = ["SERVER", "DISK", "NETWORK", "IMAGE", "SNAPSHOT", "BLOB"] as const;
type UsageType = (typeof USAGE_TYPES)[number];

/** The period presets of the picker, and `custom` for two dates. */
export type UsagePreset = "last7" | "last30" | "last90" | "thisMonth" | "lastMonth" | "custom";
const PRESETS: UsagePreset[] = ["last7", "last30", "last90", "thisMonth", "lastMonth", "custom"];

/** The longest period the contract allows, in days (both ends included). */
export const MAX_USAGE_DAYS = 366;

/** A period of the report: its first and last day (`YYYY-MM-DD`, both included). */
export interface UsageRange {
  from: string;
  to: string;
}

/** Props of {@link UsageReport}. */
export interface UsageReportProps extends CustomerPanelProps {
  /**
   * The report has nothing to edit, so `readOnly` changes nothing. `hidden` takes `"period"` (the
   * period picker: the report shows `defaultPreset`'s period) and `"table"` (the "Show as table"
   * button; the table stays there for screen readers).
   */
  hidden?: CustomerPanelProps["hidden"];
  /** The period shown first. @default "last30" */
  defaultPreset?: Exclude<UsagePreset, "custom">;
  /** "Today" (`YYYY-MM-DD`), which the presets count back from. @default the user's today */
  today?: string;
  /** Called with each period the report loads. */
  onPeriodChange?: (range: UsageRange) => void;
}

const DAY_MS = 86_400_000;
const parse = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(parse(day) + n * DAY_MS);
/** Days from `from` to `to`, both included. */
const span = (from: string, to: string) => Math.round((parse(to) - parse(from)) / DAY_MS) + 1;
/** A calendar date as a local `Date` (so `date()` shows that day in every time zone). */
const local = (day: string) =>
  new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)));
const localToday = () => {
  const now = new Date();
  return iso(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
};
const cents = (units: string) => Math.round(Number(units) * 100);

/** The period of a preset, counted back from `today`. */
export function presetRange(preset: Exclude<UsagePreset, "custom">, today: string): UsageRange {
  const firstOfMonth = `${today.slice(0, 8)}01`;
  switch (preset) {
    case "last7":
      return { from: addDays(today, -6), to: today };
    case "last30":
      return { from: addDays(today, -29), to: today };
    case "last90":
      return { from: addDays(today, -89), to: today };
    case "thisMonth":
      return { from: firstOfMonth, to: today };
    case "lastMonth": {
      const to = addDays(firstOfMonth, -1);
      return { from: `${to.slice(0, 8)}01`, to };
    }
  }
}

/** What is wrong with a custom range, per field (none when the contract accepts it). */
export function validateRange({
  from,
  to,
}: UsageRange): Partial<Record<keyof UsageRange, FormError>> {
  const required = { code: "required", message: "Required." };
  if (!from || !to) return { ...(!from && { from: required }), ...(!to && { to: required }) };
  if (from > to) return { from: { code: "usage.order", message: "" } };
  if (span(from, to) > MAX_USAGE_DAYS)
    return { to: { code: "usage.span", message: "", limit: MAX_USAGE_DAYS } };
  return {};
}

/** One day of the report: its date, its units per type and its total (in cents). */
interface Day {
  date: string;
  byType: Record<UsageType, number>;
  total: number;
}

function toDays(report: UsageReportData): Day[] {
  const days = new Map<string, Day>();
  for (const point of report.series) {
    let day = days.get(point.periodStart);
    if (!day) {
      day = {
        date: point.periodStart,
        byType: Object.fromEntries(USAGE_TYPES.map((t) => [t, 0])) as Day["byType"],
        total: 0,
      };
      days.set(point.periodStart, day);
    }
    const value = cents(point.units);
    if (point.resourceType in day.byType) day.byType[point.resourceType as UsageType] += value;
    day.total += value;
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A round axis maximum and its step (1, 2 or 5 × 10ⁿ), for four gridlines at most. */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 4, step: 1 };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  return { top: Math.ceil(max / step) * step, step };
}

const HEIGHT = 240;
const PAD = { top: 8, right: 8, bottom: 28, left: 48 };

/** The width of an element in px, kept up to date (the chart draws in px, so text never scales). */
function useWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const w = Math.round(element.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The stacked bar chart, drawn in SVG by hand (no chart library: the kit's size is a feature). A
 * pointer over a day or the arrow keys pick the day the legend shows: the chart is one tab stop, a
 * slider over the days (WAI-ARIA), named by the period's summary, its value the day's date and total.
 * Parts: `usage-chart`, `usage-grid`, `usage-axis`, `usage-bar`, `usage-day`.
 */
function UsageChart({
  days,
  active,
  onActive,
  summary,
}: {
  days: Day[];
  active: number | null;
  onActive: (index: number | null) => void;
  summary: string;
}) {
  const { t, units, number, date } = useI18n(messages);
  const hintId = useId();
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const plotW = Math.max(width - PAD.left - PAD.right, 1);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const { top, step } = niceScale(Math.max(0, ...days.map((d) => d.total)));
  const slot = plotW / Math.max(days.length, 1);
  const barW = Math.max(slot * (days.length > 60 ? 0.9 : 0.7), 1);
  const y = (value: number) => PAD.top + plotH - (value / top) * plotH;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const labels = Math.max(2, Math.min(days.length, Math.floor(plotW / 110)));
  const labelled = new Set(
    Array.from({ length: labels }, (_, i) =>
      Math.round((i * (days.length - 1)) / Math.max(labels - 1, 1)),
    ),
  );
  const last = days.length - 1;
  const current = active ?? last;
  const onKeyDown = (event: KeyboardEvent) => {
    const next =
      event.key === "ArrowLeft"
        ? Math.max(current - 1, 0)
        : event.key === "ArrowRight"
          ? Math.min(current + 1, last)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    onActive(next);
  };
  return (
    <>
      <div
        ref={ref}
        data-part="usage-chart-frame"
        role="slider"
        aria-label={summary}
        aria-valuemin={0}
        aria-valuemax={Math.max(last, 0)}
        aria-valuenow={current}
        aria-valuetext={
          days[current] &&
          `${date(local(days[current].date))}: ${t("usage.units", { total: units(days[current].total / 100) })}`
        }
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => active === null && onActive(last)}
        onBlur={() => onActive(null)}
      >
        <svg
          data-part="usage-chart"
          viewBox={`0 0 ${width} ${HEIGHT}`}
          aria-hidden="true"
          onPointerLeave={() => onActive(null)}
        >
          <g data-part="usage-grid">
            {ticks.map((tick) => (
              <g key={tick}>
                <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} />
                <text
                  data-part="usage-axis"
                  x={PAD.left - 8}
                  y={y(tick)}
                  dy="0.32em"
                  textAnchor="end"
                >
                  {number(tick / 100)}
                </text>
              </g>
            ))}
          </g>
          {days.map((day, i) => {
            const x = PAD.left + i * slot;
            let base = 0;
            return (
              <g
                key={day.date}
                data-part="usage-day"
                data-state={active === i ? "active" : undefined}
                onPointerEnter={() => onActive(i)}
              >
                <rect
                  x={x}
                  y={PAD.top}
                  width={slot}
                  height={plotH}
                  fill="transparent"
                  data-part="usage-day-hit"
                />
                {USAGE_TYPES.map((type, n) => {
                  const value = day.byType[type];
                  if (value <= 0) return null;
                  const y0 = y(base);
                  base += value;
                  return (
                    <rect
                      key={type}
                      data-part="usage-bar"
                      x={x + (slot - barW) / 2}
                      y={y(base)}
                      width={barW}
                      height={Math.max(y0 - y(base), 0)}
                      fill={`var(--ck-chart-${n + 1})`}
                    />
                  );
                })}
                {labelled.has(i) && (
                  <text
                    data-part="usage-axis"
                    x={x + slot / 2}
                    y={HEIGHT - 8}
                    textAnchor={i === 0 ? "start" : i === days.length - 1 ? "end" : "middle"}
                    dx={i === 0 ? -slot / 2 : i === days.length - 1 ? slot / 2 : 0}
                  >
                    {date(local(day.date))}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <span id={hintId} data-part="visually-hidden">
        {t("usage.chartHint")}
      </span>
    </>
  );
}

/** A labelled native date input (the platform's own picker and keyboard) over the period's draft. */
function DateField({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: FormError | undefined;
}) {
  const id = useId();
  return (
    <TextField
      type="date"
      label={label}
      error={error}
      field={{
        id,
        name,
        value,
        required: true,
        ...(error && { "aria-invalid": true, "aria-describedby": `${id}-error` }),
        onChange: (event) => onChange((event as { target: HTMLInputElement }).target.value),
        onBlur: () => {},
      }}
    />
  );
}

/**
 * A customer's usage over a period: units per day, stacked by resource type, as a chart with a
 * legend that shows the period's totals (or, on hover and with the arrow keys, one day's), and the
 * same figures as a table (hidden visually until "Show as table", always there for screen readers).
 * The period picker has presets and a custom range of at most {@link MAX_USAGE_DAYS} days. Parts:
 * `usage-report`, `usage-controls`, `usage-legend`, `usage-swatch` and those of the chart.
 */
export function UsageReport({
  customerId,
  hidden,
  defaultPreset = "last30",
  today: givenToday,
  onPeriodChange,
}: UsageReportProps) {
  const { t, units, date } = useI18n(messages);
  const today = givenToday ?? localToday();
  const [preset, setPreset] = useState<UsagePreset>(defaultPreset);
  const [draft, setDraft] = useState<UsageRange>(() => presetRange(defaultPreset, today));
  const [applied, setApplied] = useState<UsageRange>(draft);
  const [active, setActive] = useState<number | null>(null);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const errors = validateRange(draft);
  const errorText = (error: FormError | undefined): FormError | undefined =>
    error?.code === "usage.order"
      ? { ...error, message: t("usage.error.order") }
      : error?.code === "usage.span"
        ? { ...error, message: t("usage.error.span", { limit: MAX_USAGE_DAYS }) }
        : error;

  const apply = (range: UsageRange) => {
    setActive(null);
    if (range.from === applied.from && range.to === applied.to) return;
    setApplied(range);
    onPeriodChange?.(range);
  };
  const choose = (next: UsagePreset) => {
    setPreset(next);
    if (next === "custom") return;
    const range = presetRange(next, today);
    setDraft(range);
    apply(range);
  };
  const edit = (field: keyof UsageRange, value: string) => {
    const range = { ...draft, [field]: value };
    setDraft(range);
    if (Object.keys(validateRange(range)).length === 0) apply(range);
  };

  const query = useUsageReport(customerId, { from: applied.from, to: applied.to });
  const days = useMemo(() => (query.data ? toDays(query.data) : []), [query.data]);
  const totals = useMemo(() => {
    const byType = Object.fromEntries(USAGE_TYPES.map((type) => [type, 0])) as Day["byType"];
    for (const day of days) for (const type of USAGE_TYPES) byType[type] += day.byType[type];
    return { date: "", byType, total: days.reduce((sum, d) => sum + d.total, 0) } satisfies Day;
  }, [days]);

  const range = t("usage.range", { from: date(local(applied.from)), to: date(local(applied.to)) });
  const summary = t("usage.summary", {
    total: units(totals.total / 100),
    count: span(applied.from, applied.to),
  });
  const shown = active !== null ? days[active] : undefined;

  let body: React.ReactNode;
  if (query.isError && !query.data)
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (!query.data)
    body = (
      <LoadingState>
        <div data-part="usage-body">
          <Skeleton width="md" />
          <Skeleton width="lg" />
          <span data-part="usage-skeleton" aria-hidden="true" />
        </div>
      </LoadingState>
    );
  else if (totals.total === 0)
    body = (
      <EmptyState
        title={t("usage.empty.title")}
        description={t("usage.empty.description")}
        action={
          preset !== "last90" && (
            <Button size="sm" onClick={() => choose("last90")}>
              {t("usage.empty.action")}
            </Button>
          )
        }
      />
    );
  else {
    const head = shown ? date(local(shown.date)) : range;
    const row = shown ?? totals;
    const table = (
      <table data-part="table" id={tableId} aria-label={t("usage.table")}>
        <thead>
          <tr>
            <th scope="col">{t("usage.col.date")}</th>
            {USAGE_TYPES.map((type) => (
              <th key={type} scope="col" data-numeric="">
                {t(`resourceType.${type}`)}
              </th>
            ))}
            <th scope="col" data-numeric="">
              {t("usage.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <th scope="row">{date(local(day.date))}</th>
              {USAGE_TYPES.map((type) => (
                <td key={type} data-numeric="">
                  {units(day.byType[type] / 100)}
                </td>
              ))}
              <td data-numeric="">{units(day.total / 100)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("usage.total")}</th>
            {USAGE_TYPES.map((type) => (
              <td key={type} data-numeric="">
                {units(totals.byType[type] / 100)}
              </td>
            ))}
            <td data-numeric="">{units(totals.total / 100)}</td>
          </tr>
        </tfoot>
      </table>
    );
    body = (
      <div data-part="usage-body">
        <div data-part="usage-legend">
          <p data-part="usage-legend-head" aria-live="polite">
            <span>{head}</span>
            <strong>{shown ? t("usage.units", { total: units(row.total / 100) }) : summary}</strong>
          </p>
          <ul aria-label={t("usage.legend")}>
            {USAGE_TYPES.map((type, n) => (
              <li key={type}>
                <svg data-part="usage-swatch" width="10" height="10" aria-hidden="true">
                  <rect width="10" height="10" rx="2" fill={`var(--ck-chart-${n + 1})`} />
                </svg>
                <span>{t(`resourceType.${type}`)}</span>
                <span data-part="usage-legend-value">{units(row.byType[type] / 100)}</span>
              </li>
            ))}
          </ul>
        </div>
        <UsageChart days={days} active={active} onActive={setActive} summary={summary} />
        {showTable ? (
          <div data-part="table-scroll">{table}</div>
        ) : (
          <div data-part="visually-hidden">{table}</div>
        )}
      </div>
    );
  }

  return (
    <div {...useRootProps()} data-part="usage-report">
      <Section
        title={t("usage.title")}
        description={t("usage.description")}
        actions={
          // Always there (disabled until there are figures), so nothing moves when they arrive.
          !isFieldHidden(hidden, "table") && (
            <Button
              size="sm"
              variant="ghost"
              disabled={totals.total === 0}
              aria-expanded={showTable}
              aria-controls={totals.total > 0 ? tableId : undefined}
              onClick={() => setShowTable((open) => !open)}
            >
              {t(showTable ? "usage.hideTable" : "usage.showTable")}
            </Button>
          )
        }
      >
        {!isFieldHidden(hidden, "period") && (
          <div data-part="usage-controls">
            <SelectField
              label={t("usage.period")}
              field={{
                id: `${tableId}-period`,
                name: "period",
                value: preset,
                onChange: (event) =>
                  choose((event as { target: HTMLSelectElement }).target.value as UsagePreset),
                onBlur: () => {},
              }}
              options={PRESETS.map((p) => ({ value: p, label: t(`usage.preset.${p}`) }))}
            />
            {preset === "custom" && (
              <>
                <DateField
                  name="from"
                  label={t("usage.from")}
                  value={draft.from}
                  onChange={(value) => edit("from", value)}
                  error={errorText(errors.from)}
                />
                <DateField
                  name="to"
                  label={t("usage.to")}
                  value={draft.to}
                  onChange={(value) => edit("to", value)}
                  error={errorText(errors.to)}
                />
              </>
            )}
          </div>
        )}
        {body}
      </Section>
    </div>
  );
}
