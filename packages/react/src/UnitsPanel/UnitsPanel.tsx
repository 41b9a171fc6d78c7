"use client";
import type { UnitBalance, UnitTransaction } from "@customer-kit/client";
import { useLedger, useUnitBalance } from "@customer-kit/hooks";
import { useUnitOfferForm, useUnitTransactionForm } from "@customer-kit/hooks/forms";
import { useId } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  Button,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  FormActions,
  FormErrors,
  isFieldHidden,
  isFieldReadOnly,
  LoadingState,
  Notice,
  Section,
  SelectField,
  Skeleton,
  SubmitError,
  TextField,
} from "../ui";
import messages from "./messages/en";

/** Props of {@link UnitsPanel}. */
export interface UnitsPanelProps extends CustomerPanelProps {
  /**
   * Field names for `readOnly` and `hidden`: `"transaction"` (the credit/debit form) and `"offer"`
   * (adding a unit offer). A read-only form is not shown: the balance and the ledger are.
   */
  readOnly?: CustomerPanelProps["readOnly"];
  /** Ledger entries per page ("Load more" fetches the next). @default 10 */
  pageSize?: number;
}

/** How the balance stands: at or under the cutoff balance, at or under the warn level, or fine. */
export type BalanceState = "cutoff" | "warning" | "ok";

/** The state of a balance: the cutoff wins over the warn level (the server uses `<=` for both). */
export function balanceState(balance: UnitBalance): BalanceState {
  const total = Number(balance.unitBalance);
  if (balance.cutoffBalance !== null && total <= Number(balance.cutoffBalance)) return "cutoff";
  if (balance.unitWarnLevel !== null && total <= Number(balance.unitWarnLevel)) return "warning";
  return "ok";
}

const STATE_TONE = { cutoff: "danger", warning: "warning", ok: "success" } as const;

/**
 * The balance: the total, carry-over and non-carry-over units, the warn level and the cutoff
 * balance, with a notice when the balance is at or under either. Parts: `units-balance`,
 * `units-balance-total`, `units-balance-facts`.
 */
function UnitsBalance({ customerId }: { customerId: string }) {
  const { t, units } = useI18n(messages);
  const query = useUnitBalance(customerId);
  const balance = query.data;
  if (query.isError && !balance)
    return (
      <Section title={t("units.balance.title")}>
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      </Section>
    );
  if (!balance)
    return (
      <Section title={t("units.balance.title")}>
        <LoadingState>
          <div data-part="units-balance">
            <Skeleton width="sm" height="control" />
            <Skeleton width="lg" height="block" />
          </div>
        </LoadingState>
      </Section>
    );
  const state = balanceState(balance);
  const orNone = (value: string | null) =>
    value === null ? t("units.balance.notSet") : units(value);
  const facts: [string, string][] = [
    [t("unitType.CARRY_OVER"), units(balance.carryOver)],
    [t("unitType.NON_CARRY_OVER"), units(balance.nonCarryOver)],
    [t("units.balance.warnLevel"), orNone(balance.unitWarnLevel)],
    [t("units.balance.cutoff"), orNone(balance.cutoffBalance)],
  ];
  return (
    <Section
      title={t("units.balance.title")}
      description={t("units.balance.description")}
      actions={
        <>
          <Badge tone={STATE_TONE[state]}>{t(`units.state.${state}`)}</Badge>
          <Badge>{t(`paymentType.${balance.paymentType}`)}</Badge>
        </>
      }
    >
      <div data-part="units-balance" data-state={state}>
        <p data-part="units-balance-total">
          <span data-part="units-balance-amount">{units(balance.unitBalance)}</span>{" "}
          <span data-part="units-balance-unit">{t("units.unitsSuffix")}</span>
        </p>
        <dl data-part="units-balance-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {state !== "ok" && (
          // One notice: the cutoff says more than the warn level, and the e-mail goes with both.
          <Notice
            tone={state === "cutoff" ? "danger" : "warning"}
            title={t(
              state === "cutoff" ? "units.notice.cutoff.title" : "units.notice.warning.title",
            )}
          >
            <p>
              {state === "cutoff"
                ? t("units.notice.cutoff.body", { cutoff: units(balance.cutoffBalance ?? "0") })
                : t("units.notice.warning.body", { level: units(balance.unitWarnLevel ?? "0") })}
              {balance.unitWarnLevel !== null && (
                <>
                  {" "}
                  {t(
                    balance.warningSent
                      ? "units.notice.warningSent"
                      : "units.notice.warningNotSent",
                  )}
                </>
              )}
            </p>
          </Notice>
        )}
      </div>
    </Section>
  );
}

const DIRECTIONS = ["CREDIT", "DEBIT"] as const;
const UNIT_TYPES = ["CARRY_OVER", "NON_CARRY_OVER"] as const;

/**
 * Credits or debits units. A double click books once: the form ignores a second submit while one
 * is under way, and the hook sends one `Idempotency-Key` per logical submit. Part:
 * `units-transaction-form`.
 */
function UnitsTransactionForm({ customerId, id: given }: { customerId: string; id?: string }) {
  const { t, units } = useI18n(messages);
  const own = useId();
  const id = given ?? own;
  const form = useUnitTransactionForm({ customerId });
  const { values, errors, result } = form;
  const done = result?.transaction;
  return (
    <form
      {...form.getFormProps()}
      id={id}
      data-part="units-transaction-form"
      aria-labelledby={`${id}-title`}
    >
      <h4 data-part="units-form-title" id={`${id}-title`}>
        {t("units.form.title")}
      </h4>
      <FormErrors errors={form.formErrors} />
      <SubmitError error={form.submitError} />
      <div data-part="units-form-row">
        <SelectField
          label={t("units.form.direction")}
          field={form.getFieldProps("direction")}
          error={errors.direction}
          options={DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
        />
        <SelectField
          label={t("units.form.unitType")}
          field={form.getFieldProps("unitType")}
          error={errors.unitType}
          options={UNIT_TYPES.map((u) => ({ value: u, label: t(`unitType.${u}`) }))}
        />
      </div>
      <TextField
        label={t("units.form.amount")}
        field={form.getFieldProps("amount")}
        error={errors.amount}
        inputMode="decimal"
        autoComplete="off"
        numeric
        suffix={t("units.unitsSuffix")}
      />
      <TextField
        label={t("units.form.description")}
        field={form.getFieldProps("description")}
        error={errors.description}
        hint={t("units.form.descriptionHint")}
        autoComplete="off"
      />
      <FormActions>
        <Button type="submit" variant="primary" busy={form.isSubmitting}>
          {t(values.direction === "DEBIT" ? "units.form.submitDebit" : "units.form.submitCredit")}
        </Button>
      </FormActions>
      {/* One polite region, there before the outcome so that screen readers announce it. */}
      <div data-part="units-form-status" role="status">
        {done && (
          <Notice tone="success">
            <p>
              {t(done.direction === "DEBIT" ? "units.form.debited" : "units.form.credited", {
                amount: units(done.amount),
              })}
            </p>
          </Notice>
        )}
      </div>
    </form>
  );
}

/** Adds a unit bundle offer of the customer's billing entity. Part: `units-offer-form`. */
function UnitsOfferForm({ customerId }: { customerId: string }) {
  const { t, units, money } = useI18n(messages);
  const id = useId();
  const form = useUnitOfferForm({ customerId });
  const { offers, errors, result } = form;
  return (
    <form {...form.getFormProps()} data-part="units-offer-form" aria-labelledby={`${id}-title`}>
      <h4 data-part="units-form-title" id={`${id}-title`}>
        {t("units.offer.title")}
      </h4>
      <FormErrors errors={form.formErrors} />
      <SubmitError error={form.submitError} />
      {offers === undefined ? (
        <LoadingState>
          <Skeleton width="sm" />
          <Skeleton height="control" />
        </LoadingState>
      ) : offers.length === 0 ? (
        <Notice>
          <p>{t("units.offer.none")}</p>
        </Notice>
      ) : (
        <>
          <SelectField
            label={t("units.offer.offer")}
            field={form.getFieldProps("productOfferId")}
            error={errors.productOfferId}
            placeholder={t("units.offer.choose")}
            options={offers.map((o) => ({
              value: o.id,
              label: t("units.offer.option", { name: o.name, price: money(o.price) }),
            }))}
          />
          <TextField
            label={t("units.form.description")}
            field={form.getFieldProps("description")}
            error={errors.description}
            hint={t("units.form.descriptionHint")}
            autoComplete="off"
          />
          <FormActions>
            <Button type="submit" busy={form.isSubmitting}>
              {t("units.offer.submit")}
            </Button>
          </FormActions>
        </>
      )}
      <div data-part="units-form-status" role="status">
        {result && (
          <Notice tone="success">
            <p>
              {t("units.offer.added", {
                name: result.productOffer.name,
                amount: units(result.transaction.amount),
              })}
            </p>
          </Notice>
        )}
      </div>
    </form>
  );
}

const signed = (entry: UnitTransaction) =>
  entry.direction === "DEBIT" ? `-${entry.amount}` : entry.amount;

/**
 * The ledger, newest first: date, description, type, unit type, the signed amount and the balance
 * after each entry; "Load more" pages on. Parts: `units-ledger`, `units-ledger-footer`.
 */
function UnitsLedger({
  customerId,
  pageSize = 10,
  onAdd,
}: {
  customerId: string;
  pageSize?: number;
  /** The empty state's action (focuses the credit form); none when it is not shown. */
  onAdd?: (() => void) | undefined;
}) {
  const { t, signedUnits, units, dateTime } = useI18n(messages);
  const query = useLedger(customerId, { limit: pageSize });
  const pages = query.data?.pages;
  const entries = pages?.flatMap((p) => p.items) ?? [];
  const total = pages?.[pages.length - 1]?.total ?? 0;
  const head: [MessageKey, boolean][] = [
    ["units.ledger.col.date", false],
    ["units.ledger.col.description", false],
    ["units.ledger.col.type", false],
    ["units.ledger.col.unitType", false],
    ["units.ledger.col.amount", true],
    ["units.ledger.col.balance", true],
  ];
  let body: React.ReactNode;
  if (query.isError && !pages)
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else if (!pages)
    body = (
      <LoadingState>
        {Array.from({ length: 5 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with no identity.
          <Skeleton key={i} height="row" />
        ))}
      </LoadingState>
    );
  else if (entries.length === 0)
    body = (
      <EmptyState
        title={t("units.ledger.empty.title")}
        description={t("units.ledger.empty.description")}
        action={
          onAdd && (
            <Button size="sm" onClick={onAdd}>
              {t("units.form.submitCredit")}
            </Button>
          )
        }
      />
    );
  else
    body = (
      <>
        <div data-part="table-scroll">
          <table data-part="table" aria-label={t("units.ledger.title")}>
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
              {entries.map((entry) => (
                <tr key={entry.id} data-direction={entry.direction}>
                  <td data-part="units-ledger-date">{dateTime(entry.createdAt)}</td>
                  <td data-part="units-ledger-description">
                    {entry.description}
                    <span data-part="units-ledger-meta">
                      {t(`units.ledger.source.${entry.source}`)}
                      {entry.createdBy && ` · ${t("units.ledger.by", { name: entry.createdBy })}`}
                    </span>
                  </td>
                  <td>{t(`direction.${entry.direction}`)}</td>
                  <td>{t(`unitType.${entry.unitType}`)}</td>
                  <td data-numeric="" data-part="units-ledger-amount">
                    {signedUnits(signed(entry))}
                  </td>
                  <td data-numeric="">{units(entry.closingBalance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div data-part="units-ledger-footer">
          <span role="status">{t("units.ledger.shown", { shown: entries.length, total })}</span>
          {query.hasNextPage && (
            <Button size="sm" busy={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
              {t("common.loadMore")}
            </Button>
          )}
        </div>
      </>
    );
  return (
    <Section title={t("units.ledger.title")} description={t("units.ledger.description")}>
      <div data-part="units-ledger">{body}</div>
    </Section>
  );
}

/**
 * The customer's units: the balance (carry-over and non-carry-over, with its warn and cutoff
 * state), the credit/debit form, adding a unit offer, and the ledger with each entry's resulting
 * balance. Parts: `units-panel`, `units-forms` and those of {@link UnitsPanel.Balance},
 * {@link UnitsPanel.TransactionForm}, {@link UnitsPanel.OfferForm}, {@link UnitsPanel.Ledger},
 * which a host may also place on their own.
 */
function UnitsPanelRoot({ customerId, readOnly, hidden, pageSize }: UnitsPanelProps) {
  const { t } = useI18n(messages);
  const formId = useId();
  const show = (name: string) => !isFieldReadOnly(readOnly, name) && !isFieldHidden(hidden, name);
  const transaction = show("transaction");
  const offer = show("offer");
  return (
    <div {...useRootProps()} data-part="units-panel">
      <UnitsBalance customerId={customerId} />
      {(transaction || offer) && (
        <Section title={t("units.forms.title")} description={t("units.forms.description")}>
          <div data-part="units-forms">
            {transaction && <UnitsTransactionForm customerId={customerId} id={formId} />}
            {offer && <UnitsOfferForm customerId={customerId} />}
          </div>
        </Section>
      )}
      <UnitsLedger
        customerId={customerId}
        pageSize={pageSize}
        onAdd={
          transaction
            ? () =>
                document
                  .getElementById(formId)
                  ?.querySelector<HTMLInputElement>('[name="amount"]')
                  ?.focus()
            : undefined
        }
      />
    </div>
  );
}

/**
 * The units panel, and its parts for a host that arranges them itself (each takes `customerId`;
 * outside the panel, put them under an element with `data-ck-root` so that the tokens apply).
 */
export const UnitsPanel = /* @__PURE__ */ Object.assign(UnitsPanelRoot, {
  Balance: UnitsBalance,
  TransactionForm: UnitsTransactionForm,
  OfferForm: UnitsOfferForm,
  Ledger: UnitsLedger,
});
