"use client";
import { useCustomer, useCustomerProductOffers } from "@customer-kit/hooks";
import {
  type ConfigurationValues,
  type FormValueProps,
  useConfigurationForm,
} from "@customer-kit/hooks/forms";
import { useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  Button,
  CheckboxField,
  ConflictNotice,
  type CustomerPanelProps,
  ErrorState,
  FormActions,
  FormErrors,
  isFieldHidden,
  isFieldReadOnly,
  LoadingState,
  Section,
  SelectField,
  Skeleton,
  SubmitError,
  TextField,
} from "../ui";
import messages from "./messages/en";

type Field = keyof ConfigurationValues & string;
type AddressLine = "street" | "locality" | "town" | "region" | "country" | "postalCode";
// Street and locality take a whole row; town and region, postal code and country share one.
const ADDRESS: readonly AddressLine[] = [
  "street",
  "locality",
  "town",
  "region",
  "postalCode",
  "country",
];
const WIDE: ReadonlySet<AddressLine> = new Set(["street", "locality"]);

/**
 * Props of {@link ConfigurationForm}. `readOnly` and `hidden` take these field names:
 * `"productOfferId"`, `"paymentType"` (credit customer), `"address"` (every line) or one line
 * (`"address.street"`, `"address.locality"`, `"address.town"`, `"address.region"`,
 * `"address.postalCode"`, `"address.country"`), `"vatNumber"`, `"vatExempt"`, `"unitWarnLevel"`.
 */
export interface ConfigurationFormProps
  extends CustomerPanelProps,
    FormValueProps<ConfigurationValues> {
  /** Called after a save, with the customer as stored. */
  onSaved?: () => void;
}

/**
 * The customer's configuration, as the seed's Configuration sub-tab has it: the customer plan
 * (its billing entity's plans only), the postal address, VAT number and exemption, credit customer
 * (payment type `INVOICE`) and the unit warn level. One `PATCH` of the changed fields, with
 * `If-Match`; a conflict keeps the input.
 *
 * Parts: `configuration` (the form), `configuration-fields` (a section's grid: two columns from
 * 34rem wide, one below), `configuration-wide` (a cell over both columns), `configuration-status`.
 */
export function ConfigurationForm(props: ConfigurationFormProps) {
  // A reload after a conflict remounts the form, so that its next edit starts from the version
  // now cached (the hook pins the version of the first edit for the life of the form).
  const [generation, setGeneration] = useState(0);
  return (
    <ConfigurationFormBody
      key={generation}
      {...props}
      onReloaded={() => setGeneration((g) => g + 1)}
    />
  );
}

function ConfigurationFormBody({
  customerId,
  readOnly = false,
  hidden,
  value,
  defaultValue,
  onValueChange,
  onSaved,
  onReloaded,
}: ConfigurationFormProps & { onReloaded: () => void }) {
  const { t, locale, money } = useI18n(messages);
  const root = useRootProps();
  const customer = useCustomer(customerId);
  const offers = useCustomerProductOffers(customerId, { kind: "CUSTOMER_PLAN", limit: 100 });
  const form = useConfigurationForm({
    customerId,
    ...(value !== undefined && { value }),
    ...(defaultValue !== undefined && { defaultValue }),
    ...(onValueChange !== undefined && { onValueChange }),
  });

  if ((!customer.data && customer.error) || (!offers.data && offers.error))
    return (
      <div {...root} data-part="configuration">
        <ErrorState
          error={customer.error ?? offers.error}
          onRetry={() => {
            if (customer.error) void customer.refetch();
            if (offers.error) void offers.refetch();
          }}
        />
      </div>
    );
  if (!customer.data || !offers.data) return <ConfigurationSkeleton />;

  const isReadOnly = (name: string) =>
    isFieldReadOnly(readOnly, name) ||
    (name.startsWith("address.") && isFieldReadOnly(readOnly, "address"));
  const isHidden = (name: string) =>
    isFieldHidden(hidden, name) ||
    (name.startsWith("address.") && isFieldHidden(hidden, "address"));
  const allReadOnly = readOnly === true;
  const text = (name: Field) => ({
    field: form.getFieldProps(name),
    error: form.errors[name],
    readOnly: isReadOnly(name),
  });

  const payment = form.getFieldProps("paymentType");
  const credit = {
    ...payment,
    value: undefined,
    checked: form.values.paymentType === "INVOICE",
    onChange: (event: unknown) =>
      form.setValue(
        "paymentType",
        (event as { target: HTMLInputElement }).target.checked ? "INVOICE" : "PREPAY",
      ),
  };
  const vatExempt = form.getFieldProps("vatExempt");
  const countryName = regionName(locale, form.values["address.country"]);
  const warningSent = customer.data.configuration.warningSent;
  const saved = form.result !== undefined && !form.isDirty;

  const addressShown = ADDRESS.filter((line) => !isHidden(`address.${line}`));
  const billingShown = !isHidden("productOfferId") || !isHidden("paymentType");
  const taxShown = !isHidden("vatNumber") || !isHidden("vatExempt");

  return (
    <form
      {...root}
      data-part="configuration"
      noValidate
      onSubmit={async (event) => {
        if (await form.submit(event)) onSaved?.();
      }}
    >
      {billingShown && (
        <Section
          title={t("configuration.billing.title")}
          description={t("configuration.billing.description")}
        >
          <div data-part="configuration-fields">
            {!isHidden("productOfferId") && (
              <SelectField
                label={t("configuration.productOffer")}
                hint={t("configuration.productOffer.hint")}
                field={form.getFieldProps("productOfferId")}
                error={form.errors.productOfferId}
                disabled={isReadOnly("productOfferId")}
                placeholder={t("configuration.productOffer.none")}
                options={offers.data.items.map((offer) => ({
                  value: offer.id,
                  label: t("configuration.productOffer.option", {
                    name: offer.name,
                    price: money(offer.price),
                  }),
                }))}
              />
            )}
            {!isHidden("paymentType") && (
              <div data-part="configuration-check">
                <CheckboxField
                  field={credit}
                  label={t("configuration.creditCustomer")}
                  hint={t("configuration.creditCustomer.hint")}
                  error={form.errors.paymentType}
                  disabled={isReadOnly("paymentType")}
                />
              </div>
            )}
          </div>
        </Section>
      )}

      {addressShown.length > 0 && (
        <Section
          title={t("configuration.address.title")}
          description={t("configuration.address.description")}
        >
          <div data-part="configuration-fields">
            {addressShown.map((line) => {
              const name = `address.${line}` as const;
              const field = (
                <TextField
                  key={line}
                  label={t(`configuration.address.${line}` as MessageKey)}
                  autoComplete="off"
                  {...text(name)}
                  {...(line === "country" && {
                    hint: t("configuration.address.country.hint"),
                    ...(countryName && { suffix: countryName }),
                  })}
                />
              );
              return WIDE.has(line) ? (
                <div key={line} data-part="configuration-wide">
                  {field}
                </div>
              ) : (
                field
              );
            })}
          </div>
        </Section>
      )}

      {taxShown && (
        <Section
          title={t("configuration.tax.title")}
          description={t("configuration.tax.description")}
        >
          <div data-part="configuration-fields">
            {!isHidden("vatNumber") && (
              <TextField
                label={t("configuration.vatNumber")}
                hint={t("configuration.vatNumber.hint")}
                autoComplete="off"
                {...text("vatNumber")}
              />
            )}
            {!isHidden("vatExempt") && (
              <div data-part="configuration-check">
                <CheckboxField
                  field={vatExempt}
                  label={t("configuration.vatExempt")}
                  hint={t("configuration.vatExempt.hint")}
                  error={form.errors.vatExempt}
                  disabled={isReadOnly("vatExempt")}
                />
              </div>
            )}
          </div>
        </Section>
      )}

      {!isHidden("unitWarnLevel") && (
        <Section
          title={t("configuration.units.title")}
          description={t("configuration.units.description")}
          actions={
            warningSent ? (
              <Badge tone="warning">{t("configuration.unitWarnLevel.sent")}</Badge>
            ) : undefined
          }
        >
          <div data-part="configuration-fields">
            <TextField
              label={t("configuration.unitWarnLevel")}
              hint={t("configuration.unitWarnLevel.hint")}
              numeric
              inputMode="decimal"
              suffix={t("configuration.units.suffix")}
              autoComplete="off"
              {...text("unitWarnLevel")}
            />
          </div>
        </Section>
      )}

      {form.conflict && (
        <ConflictNotice
          onReload={() => {
            form.reset();
            onReloaded();
          }}
        >
          <p>
            {t("configuration.conflict.fields", {
              fields: form.conflict.fields.map((f) => fieldLabel(t, f.field)).join(", "),
            })}
          </p>
        </ConflictNotice>
      )}
      <FormErrors errors={form.formErrors} />
      {!form.conflict && <SubmitError error={form.submitError} />}

      {!allReadOnly && (
        <FormActions>
          <p data-part="configuration-status" role="status">
            {saved ? t("common.saved") : ""}
          </p>
          {form.isDirty && (
            <Button variant="ghost" onClick={() => form.reset()} disabled={form.isSubmitting}>
              {t("common.discard")}
            </Button>
          )}
          <Button
            type="submit"
            variant="primary"
            busy={form.isSubmitting}
            disabled={!form.isDirty && !form.isSubmitting}
          >
            {form.isSubmitting ? t("common.saving") : t("common.save")}
          </Button>
        </FormActions>
      )}
    </form>
  );
}

/** The label of a field the server or a conflict names by its dotted path. */
function fieldLabel(t: ReturnType<typeof useI18n>["t"], path: string): string {
  const name = path.replace(/^configuration\./, "");
  const key: Record<string, MessageKey> = {
    productOfferId: "configuration.productOffer",
    paymentType: "configuration.creditCustomer",
    vatNumber: "configuration.vatNumber",
    vatExempt: "configuration.vatExempt",
    unitWarnLevel: "configuration.unitWarnLevel",
  };
  const known = key[name] ?? (name.startsWith("address.") ? `configuration.${name}` : undefined);
  return known ? t(known as MessageKey) : path;
}

/** The country's name in the user's language ("GB" → "United Kingdom"), when the code is one. */
function regionName(locale: string, code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  try {
    const name = new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Skeletons in the form's own shape: four sections, each a heading and its fields. */
function ConfigurationSkeleton() {
  const root = useRootProps();
  // Per section, its fields: "w" a whole row, "h" half a row with a hint under it, "f" without.
  const sections = ["hf", "wwffhf", "hf", "h"];
  return (
    <div {...root} data-part="configuration">
      <LoadingState>
        {sections.map((fields, section) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of placeholders.
          <div key={section} data-part="section">
            <div data-part="field">
              <Skeleton width="xs" />
              <Skeleton width="md" />
            </div>
            <div data-part="configuration-fields">
              {[...fields].map((kind, i) => (
                <div
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of placeholders.
                  key={i}
                  data-part={kind === "w" ? "configuration-wide" : undefined}
                >
                  <div data-part="field">
                    <Skeleton width="sm" />
                    <Skeleton height="control" />
                    {kind === "h" && <Skeleton width="lg" />}
                  </div>
                </div>
              ))}
            </div>
          </div>
        ))}
      </LoadingState>
    </div>
  );
}
