"use client";
import type { AssetMaxima, AssetMaximumKey } from "@customer-kit/client";
import { useAssetMaxima } from "@customer-kit/hooks";
import { type AssetUsageState, useAssetMaximaForm } from "@customer-kit/hooks/forms";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { type I18n, useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  Button,
  ConflictNotice,
  type CustomerPanelProps,
  ErrorState,
  FormActions,
  FormErrors,
  isFieldHidden,
  isFieldReadOnly,
  LoadingState,
  Meter,
  Notice,
  Section,
  Skeleton,
  SubmitError,
  useErrorText,
} from "../ui";
import messages from "./messages/en";

/** Props of {@link AssetMaximaForm}. */
export interface AssetMaximaFormProps extends CustomerPanelProps {
  /**
   * `true`, or the keys (`"MAX_SERVERS"`, `"CUTOFF_BALANCE"`, …) whose limit cannot be changed; the
   * same keys for `hidden`. @default false
   */
  readOnly?: CustomerPanelProps["readOnly"];
  /** Called after a save with the asset maxima as saved. */
  onSaved?: (saved: AssetMaxima) => void;
}

type Group = { id: "compute" | "storage" | "network" | "users" | "balance" | "billing" };

/** The rows, grouped as a quota page groups them; every one of the contract's 23 keys once. */
export const ASSET_MAXIMA_GROUPS: readonly (Group & { keys: readonly AssetMaximumKey[] })[] = [
  { id: "compute", keys: ["MAX_SERVERS", "MAX_CPUS", "MAX_RAM", "MAX_VDCS"] },
  {
    id: "storage",
    keys: [
      "MAX_STORAGEGB",
      "MAX_DISKS",
      "MAX_IMAGES",
      "MAX_SNAPSHOTS",
      "MAX_BLOBS",
      "MAX_BLOB_SIZE",
    ],
  },
  {
    id: "network",
    keys: [
      "MAX_NETWORK_PUBLIC",
      "MAX_NETWORK_PRIVATE",
      "MAX_VLANS",
      "MAX_SUBNETS",
      "MAX_IPv4_ADDRESSES",
      "MAX_IPv6_SUBNETS",
    ],
  },
  { id: "users", keys: ["MAX_CUSTOMER_USERS"] },
  { id: "balance", keys: ["CUTOFF_BALANCE"] },
  {
    id: "billing",
    keys: [
      "CREDIT_LIMIT",
      "CUTOFF_LIMIT",
      "OVERALL_28_DAY_SPEND_LIMIT",
      "CREDIT_LIMIT_DUE_DAYS",
      "CUTOFF_DUE_DAYS",
    ],
  },
];

type Kind = "count" | "units" | "money" | "days";
const kindOf = (key: AssetMaximumKey): Kind =>
  key === "CUTOFF_BALANCE"
    ? "units"
    : key.endsWith("_DAYS")
      ? "days"
      : key.startsWith("MAX_")
        ? "count"
        : "money";

// The VLAN override (the seed page: "the values specified in the Public and Private Networks
// fields can override the maximum number of VLANs"), said on the three rows it concerns.
const HINTS: Partial<Record<AssetMaximumKey, MessageKey>> = {
  MAX_NETWORK_PUBLIC: "assetMaxima.hint.networkPublic",
  MAX_NETWORK_PRIVATE: "assetMaxima.hint.networkPrivate",
  MAX_VLANS: "assetMaxima.hint.vlans",
  CUTOFF_BALANCE: "assetMaxima.hint.cutoff",
};

/** A limit as a person reads it: "20", "-50.00 units", "€10,000.00", "No limit". */
function formatLimit(i18n: I18n, key: AssetMaximumKey, value: unknown, currency: string): string {
  if (value === null || value === undefined || value === "") return i18n.t("common.noLimit");
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const kind = kindOf(key);
  if (kind === "units") return i18n.t("assetMaxima.unitsValue", { amount: i18n.units(n) });
  if (kind === "money") return i18n.money({ amount: String(value), currency });
  return i18n.number(n);
}

type FormApi = ReturnType<typeof useAssetMaximaForm>;

/**
 * One limit: its label (and hint), the usage as "used of limit" with a bar, the limit's input and
 * an explicit "No limit" toggle. Parts: `asset-maxima-row` (`data-state`: ok, near, over,
 * unlimited), `asset-maxima-usage`, `asset-maxima-limit`, `asset-maxima-toggle`,
 * `asset-maxima-nolimit`.
 */
function LimitRow({
  name,
  form,
  usage,
  currency,
  readOnly,
  editing,
  onEditing,
}: {
  name: AssetMaximumKey;
  form: FormApi;
  usage: AssetUsageState | undefined;
  currency: string;
  readOnly: boolean;
  /** The input is shown even when empty: the user is typing a limit (an empty one is an error). */
  editing: boolean;
  onEditing: (editing: boolean) => void;
}) {
  const i18n = useI18n(messages);
  const { t } = i18n;
  const errorText = useErrorText();
  const field = form.getFieldProps(name);
  const value = form.values[name];
  // "No limit" is the hook's empty value; an input the user cleared stays an (empty) input.
  const unlimited = value === "" && !editing;
  const kind = kindOf(name);
  const label = t(`assetMax.${name}`);
  // What the limit was before "No limit" was ticked, to give back when it is unticked.
  const last = useRef(value || form.assetMaxima?.limits[name]?.toString() || "");
  if (value) last.current = value;
  const refocus = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!unlimited && refocus.current) input.current?.focus();
    refocus.current = false;
  }, [unlimited]);

  const limit = usage && usage.limit !== null && Number.isFinite(usage.limit) ? usage.limit : null;
  const usageText = usage
    ? limit === null
      ? t("assetMaxima.usageUnlimited", { used: usage.used })
      : t("assetMaxima.usage", { used: usage.used, limit })
    : undefined;
  const hint = HINTS[name];
  const error = form.errors[name];
  const describedBy =
    [field["aria-describedby"], hint && `${field.id}-hint`].filter(Boolean).join(" ") || undefined;
  const suffix =
    kind === "money"
      ? currency
      : kind === "units"
        ? t("assetMaxima.unitsSuffix")
        : kind === "days"
          ? t("assetMaxima.daysSuffix")
          : undefined;

  return (
    <div
      data-part="asset-maxima-row"
      data-state={usage?.state ?? (unlimited ? "unlimited" : undefined)}
      data-invalid={error ? "" : undefined}
    >
      <div>
        <label data-part="field-label" htmlFor={unlimited ? undefined : field.id}>
          {label}
        </label>
        {hint && (
          <p data-part="field-hint" id={`${field.id}-hint`}>
            {t(hint)}
          </p>
        )}
      </div>
      <div data-part="asset-maxima-usage">
        {usage && usageText && (
          <>
            <span>
              {usageText}
              {usage.state === "over" && <Badge tone="danger">{t("assetMaxima.over")}</Badge>}
            </span>
            <Meter
              value={usage.used}
              max={limit}
              label={t("assetMaxima.usageOf", { label })}
              valueText={usageText}
            />
          </>
        )}
      </div>
      <div data-part="asset-maxima-limit">
        <div data-part="asset-maxima-controls">
          <div data-part="input-frame" data-readonly={readOnly || unlimited || undefined}>
            {unlimited ? (
              <span data-part="asset-maxima-nolimit">{t("common.noLimit")}</span>
            ) : (
              <input
                ref={input}
                data-part="input"
                data-numeric=""
                inputMode={kind === "count" || kind === "days" ? "numeric" : "decimal"}
                autoComplete="off"
                readOnly={readOnly}
                {...field}
                onChange={(event) => {
                  onEditing(true);
                  field.onChange(event);
                }}
                aria-describedby={describedBy}
              />
            )}
            {suffix && !unlimited && <span data-part="input-suffix">{suffix}</span>}
          </div>
          <label data-part="asset-maxima-toggle">
            <input
              type="checkbox"
              data-part="checkbox"
              checked={unlimited}
              disabled={readOnly}
              aria-label={t("assetMaxima.noLimitFor", { label })}
              onChange={(event) => {
                if (event.target.checked) {
                  onEditing(false);
                  form.setValue(name, "");
                } else {
                  refocus.current = true;
                  onEditing(true);
                  form.setValue(
                    name,
                    last.current || (kind === "count" ? String(usage?.used ?? 0) : "0"),
                  );
                }
              }}
            />
            {t("common.noLimit")}
          </label>
        </div>
        {error && (
          <p data-part="field-error" id={`${field.id}-error`} role="alert">
            {errorText(error)}
          </p>
        )}
      </div>
    </div>
  );
}

/** The form once the asset maxima are read; remounted (`key`) by "Reload current values". */
function Editor({
  customerId,
  readOnly,
  hidden,
  onSaved,
  onReload,
}: AssetMaximaFormProps & { onReload: () => void }) {
  const i18n = useI18n(messages);
  const { t } = i18n;
  const form = useAssetMaximaForm({ customerId });
  const [editing, setEditing] = useState<ReadonlySet<AssetMaximumKey>>(() => new Set());
  const edit = (key: AssetMaximumKey, on: boolean) =>
    setEditing((all) => {
      const next = new Set(all);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  // An empty input is not "no limit": that is the toggle's to say.
  const blank = (key: AssetMaximumKey) => editing.has(key) && form.values[key].trim() === "";
  const changes = form.diff.filter((d) => !blank(d.key));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = [...editing].filter(blank);
    for (const key of missing)
      form.setError(key, { code: "limitOrNone", message: t("assetMaxima.limitOrNone") });
    if (missing.length) return;
    form.submit();
  };
  const reset = () => {
    setEditing(new Set());
    form.reset();
  };
  const currency = form.assetMaxima?.currency ?? "EUR";
  const usage = new Map(form.usage.map((u) => [u.key, u]));
  const editable = readOnly !== true;
  const saved = form.result;
  const lastSaved = useRef(saved);
  useEffect(() => {
    if (saved && saved !== lastSaved.current) onSaved?.(saved);
    lastSaved.current = saved;
  }, [saved, onSaved]);

  return (
    <form {...form.getFormProps()} onSubmit={submit} data-part="asset-maxima-form">
      {form.conflict && (
        <ConflictNotice
          onReload={() => {
            reset();
            onReload();
          }}
        >
          <ul data-part="form-errors">
            {form.conflict.fields.map((f) => {
              const key = f.field.replace(/^limits\./, "") as AssetMaximumKey;
              return (
                <li key={f.field}>
                  {t("assetMaxima.conflictField", {
                    label: t(`assetMax.${key}`),
                    theirs: formatLimit(i18n, key, f.theirs, currency),
                    yours: formatLimit(i18n, key, f.yours, currency),
                  })}
                </li>
              );
            })}
          </ul>
        </ConflictNotice>
      )}
      <FormErrors errors={form.formErrors} />
      <SubmitError error={form.conflict ? undefined : form.submitError} />
      {ASSET_MAXIMA_GROUPS.map((group) => {
        const keys = group.keys.filter((k) => !isFieldHidden(hidden, k));
        if (!keys.length) return null;
        return (
          <fieldset key={group.id} data-part="asset-maxima-group">
            <legend>{t(`assetMaxima.group.${group.id}`)}</legend>
            {group.id === "billing" && (
              <p data-part="field-hint">{t("assetMaxima.group.billingHint", { currency })}</p>
            )}
            {keys.map((key) => (
              <LimitRow
                key={key}
                name={key}
                form={form}
                usage={usage.get(key)}
                currency={currency}
                readOnly={isFieldReadOnly(readOnly, key)}
                editing={editing.has(key)}
                onEditing={(on) => edit(key, on)}
              />
            ))}
          </fieldset>
        );
      })}
      {editable && (
        <div data-part="asset-maxima-footer">
          {changes.length > 0 && (
            <Notice title={t("assetMaxima.diff.title")}>
              <ul data-part="asset-maxima-diff">
                {changes.map((d) => (
                  <li key={d.key}>
                    {t("assetMaxima.diff.item", {
                      label: t(`assetMax.${d.key}`),
                      from: formatLimit(i18n, d.key, d.from, currency),
                      to: formatLimit(i18n, d.key, d.to, currency),
                    })}
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          <div data-part="asset-maxima-status" role="status">
            {saved && !form.isDirty && (
              <Notice tone="success">
                <p>{t("assetMaxima.saved")}</p>
              </Notice>
            )}
          </div>
          <FormActions>
            {form.isDirty && (
              <Button variant="ghost" onClick={reset} disabled={form.isSubmitting}>
                {t("common.discard")}
              </Button>
            )}
            <Button
              type="submit"
              variant="primary"
              busy={form.isSubmitting}
              disabled={!form.isDirty}
            >
              {changes.length ? t("assetMaxima.save", { count: changes.length }) : t("common.save")}
            </Button>
          </FormActions>
        </div>
      )}
    </form>
  );
}

/** Skeleton rows the size of the real ones, in the same groups. */
function Loading() {
  return (
    <LoadingState>
      <div data-part="asset-maxima-form">
        {ASSET_MAXIMA_GROUPS.map((group) => (
          <div key={group.id} data-part="asset-maxima-group">
            <Skeleton width="xs" />
            {group.keys.map((key) => (
              <div key={key} data-part="asset-maxima-row">
                <Skeleton width="md" />
                <Skeleton />
                <Skeleton height="control" />
              </div>
            ))}
          </div>
        ))}
      </div>
    </LoadingState>
  );
}

/**
 * The customer's asset maxima (quotas): every limit with its usage as "used of limit" and a bar,
 * "No limit" as an explicit state per row, the VLAN override explained on the network rows, the
 * cutoff balance in units and the money limits in the billing entity's currency; a list of what
 * changes before one save (one `PUT` with `If-Match`), and a conflict notice that keeps the input
 * when someone else saved first. Parts: `asset-maxima-form`, `asset-maxima-group`,
 * `asset-maxima-footer`, `asset-maxima-diff` and those of each row (see `LimitRow`).
 */
export function AssetMaximaForm(props: AssetMaximaFormProps) {
  const { t } = useI18n(messages);
  const query = useAssetMaxima(props.customerId);
  const [generation, setGeneration] = useState(0);
  return (
    <div {...useRootProps()} data-part="asset-maxima">
      <Section title={t("assetMaxima.title")} description={t("assetMaxima.description")}>
        {query.data ? (
          <Editor key={generation} {...props} onReload={() => setGeneration((g) => g + 1)} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        ) : (
          <Loading />
        )}
      </Section>
    </div>
  );
}
