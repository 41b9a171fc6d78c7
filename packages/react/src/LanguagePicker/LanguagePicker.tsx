"use client";
import type { LanguageCode } from "@customer-kit/client";
import { useBillingEntities, useCustomer, useLanguages } from "@customer-kit/hooks";
import {
  type FormValueProps,
  type LanguageValues,
  useLanguageForm,
} from "@customer-kit/hooks/forms";
import { useId, useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Button,
  ConflictNotice,
  type CustomerPanelProps,
  ErrorState,
  FormActions,
  FormErrors,
  isFieldReadOnly,
  LoadingState,
  Notice,
  Section,
  Skeleton,
  SubmitError,
  useErrorText,
} from "../ui";
import messages from "./messages/en";

/**
 * Props of {@link LanguagePicker}. `readOnly` takes `true` or `["defaultLanguage"]` (the one
 * field): the choice is shown, it cannot be changed or saved.
 */
export interface LanguagePickerProps extends CustomerPanelProps, FormValueProps<LanguageValues> {
  /** Called after a save. */
  onSaved?: () => void;
}

/**
 * The customer's default language, chosen from the platform's languages (each in the user's
 * language and in its own), or the billing entity's. Says that users who chose a language of
 * their own keep it (the seed's note, and how many of the customer's users that is). One `PATCH`
 * with `If-Match`.
 *
 * Parts: `language-picker`, `language-picker-options` (the radio group), `language-picker-option`
 * (a card, `data-state="checked"` on the chosen one), `language-picker-name`,
 * `language-picker-native` (the language's own name, or what the billing entity's is),
 * `language-picker-hint`, `language-picker-status`.
 */
export function LanguagePicker(props: LanguagePickerProps) {
  // A reload after a conflict remounts the form, so that its next edit starts from the version
  // now cached (the hook pins the version of the first edit for the life of the form).
  const [generation, setGeneration] = useState(0);
  return (
    <LanguagePickerBody
      key={generation}
      {...props}
      onReloaded={() => setGeneration((g) => g + 1)}
    />
  );
}

function LanguagePickerBody({
  customerId,
  readOnly = false,
  value,
  defaultValue,
  onValueChange,
  onSaved,
  onReloaded,
}: LanguagePickerProps & { onReloaded: () => void }) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const errorText = useErrorText();
  const id = useId();
  const customer = useCustomer(customerId);
  const languages = useLanguages({ limit: 100 });
  // Only to name the language the customer inherits; the picker does not wait for it.
  const entities = useBillingEntities({ limit: 100 });
  const form = useLanguageForm({
    customerId,
    ...(value !== undefined && { value }),
    ...(defaultValue !== undefined && { defaultValue }),
    ...(onValueChange !== undefined && { onValueChange }),
  });

  const title = t("languagePicker.title");
  const description = t("languagePicker.description");
  const failed = (!customer.data && customer.error) || (!languages.data && languages.error);
  if (failed)
    return (
      <div {...root} data-part="language-picker">
        <Section title={title} description={description}>
          <ErrorState
            error={failed}
            onRetry={() => {
              if (customer.error) void customer.refetch();
              if (languages.error) void languages.refetch();
            }}
          />
        </Section>
      </div>
    );
  if (!customer.data || !languages.data)
    return (
      <div {...root} data-part="language-picker">
        <Section title={title} description={description}>
          <LoadingState>
            <div data-part="language-picker-options">
              {Array.from({ length: 6 }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of placeholders.
                <Skeleton key={i} height="row" />
              ))}
            </div>
            <Skeleton width="lg" />
          </LoadingState>
        </Section>
      </div>
    );

  const locked = isFieldReadOnly(readOnly, "defaultLanguage");
  const chosen = form.values.defaultLanguage;
  const error = form.errors.defaultLanguage;
  const message = errorText(error);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const saved = form.result !== undefined && !form.isDirty;
  const nameOf = (code: string, fallback: string) => {
    const key = `language.${code}` as MessageKey;
    const known = t(key);
    return known === key ? fallback : known;
  };
  const own = form.usersWithOwnLanguage;
  const entityId = customer.data.billingEntity.id;
  const entity = entities.data?.items.find((e) => e.id === entityId);
  // The billing entity's language: from its record, else (while the customer follows it) the
  // customer's effective one.
  const inherited =
    entity?.defaultLanguage ??
    (customer.data.defaultLanguage === null ? customer.data.effectiveLanguage : undefined);

  const choices: { code: LanguageCode | ""; name: string; native?: string; detail?: string }[] = [
    {
      code: "",
      name: t("languagePicker.inherit"),
      ...(inherited && {
        detail: t("languagePicker.inherit.current", {
          language: nameOf(inherited, inherited),
          billingEntity: customer.data.billingEntity.name,
        }),
      }),
    },
    ...languages.data.items.map((l) => {
      const name = nameOf(l.code, l.name);
      // "English · English" says nothing twice: the own name only where it differs.
      return { code: l.code, name, ...(l.nativeName !== name && { native: l.nativeName }) };
    }),
  ];

  return (
    <form
      {...root}
      data-part="language-picker"
      noValidate
      onSubmit={async (event) => {
        if (await form.submit(event)) onSaved?.();
      }}
    >
      <Section title={title} description={description}>
        <fieldset
          data-part="language-picker-options"
          aria-describedby={[hintId, message ? errorId : ""].filter(Boolean).join(" ")}
          disabled={locked}
        >
          <legend data-part="visually-hidden">{t("languagePicker.default")}</legend>
          {choices.map((choice) => {
            const checked = chosen === choice.code;
            return (
              <label
                key={choice.code || "inherit"}
                data-part="language-picker-option"
                data-state={checked ? "checked" : "unchecked"}
                data-disabled={locked ? "" : undefined}
              >
                <input
                  type="radio"
                  name={`${id}-language`}
                  value={choice.code}
                  checked={checked}
                  onChange={() => form.setValue("defaultLanguage", choice.code)}
                />
                <span data-part="language-picker-name">{choice.name}</span>
                {choice.native && (
                  <span data-part="language-picker-native" lang={choice.code}>
                    {choice.native}
                  </span>
                )}
                {choice.detail && <span data-part="language-picker-native">{choice.detail}</span>}
              </label>
            );
          })}
        </fieldset>
        {message && (
          <p data-part="field-error" id={errorId} role="alert">
            {message}
          </p>
        )}
        <div id={hintId}>
          <Notice>
            <p>{t("languagePicker.hint")}</p>
            {own !== undefined && own > 0 && (
              <p data-part="language-picker-hint">
                {t("languagePicker.hint.count", { count: own })}
              </p>
            )}
          </Notice>
        </div>

        {form.conflict && (
          <ConflictNotice
            onReload={() => {
              form.reset();
              onReloaded();
            }}
          />
        )}
        <FormErrors errors={form.formErrors} />
        {!form.conflict && <SubmitError error={form.submitError} />}

        {!locked && (
          <FormActions>
            <p data-part="language-picker-status" role="status">
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
      </Section>
    </form>
  );
}
