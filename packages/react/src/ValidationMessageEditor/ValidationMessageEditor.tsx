"use client";
import { useCustomer } from "@customer-kit/hooks";
import { useValidationHtmlForm, type ValidationHtmlValues } from "@customer-kit/hooks/forms";
import { useId, useMemo, useState } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Button,
  ConflictNotice,
  ErrorState,
  FormActions,
  FormErrors,
  isFieldReadOnly,
  LoadingState,
  Notice,
  Section,
  Skeleton,
  SubmitError,
  TextAreaField,
} from "../ui";
import type { CustomerPanelProps } from "../ui/panel";
import messages from "./messages/en";

/**
 * Props of {@link ValidationMessageEditor}. Field names for `readOnly`: `validationHtml` (the
 * only field; naming it makes the whole editor read-only).
 */
export interface ValidationMessageEditorProps extends CustomerPanelProps {
  /** The HTML, controlled: the host keeps it and gets each change through `onValueChange`. */
  value?: ValidationHtmlValues;
  /** The first HTML of an uncontrolled editor, over the customer's. @default the customer's */
  defaultValue?: Partial<ValidationHtmlValues>;
  /** Called with every change of the HTML. */
  onValueChange?: (values: ValidationHtmlValues) => void;
}

/**
 * The sanitised HTML with `alt=""` on every image that has no `alt`: the customer's HTML may
 * leave it out, and an image without one is read out as its file name (and fails axe). Done in
 * an inert `<template>` on markup DOMPurify has already cleaned.
 */
function withImageAlts(html: string): string {
  if (typeof document === "undefined" || !html.includes("<img")) return html;
  const template = document.createElement("template");
  template.innerHTML = html;
  for (const img of template.content.querySelectorAll("img:not([alt])"))
    img.setAttribute("alt", "");
  return template.innerHTML;
}

/**
 * The customer's validation message: the HTML source, and beside it (under it, when narrow) the
 * tooltip as the customer's users see it on an image this customer made, rendered from the
 * sanitised HTML only. Stored HTML never runs script.
 *
 * Parts: `validation` (the root), `validation-layout`, `validation-source`, `validation-preview`,
 * `validation-sample` (the sample image row), `validation-trigger`, `validation-tooltip` (the
 * bubble), `validation-tooltip-body` (the sanitised HTML), `validation-empty`.
 */
export function ValidationMessageEditor({
  customerId,
  readOnly,
  value,
  defaultValue,
  onValueChange,
}: ValidationMessageEditorProps) {
  // A new form after "Reload current values": its edit is then based on the version now cached,
  // not on the one pinned when the user first typed (which would conflict again on the next save).
  const [generation, setGeneration] = useState(0);
  return (
    <Editor
      key={generation}
      customerId={customerId}
      readOnly={readOnly}
      value={value}
      defaultValue={defaultValue}
      onValueChange={onValueChange}
      onReload={() => setGeneration((g) => g + 1)}
    />
  );
}

function Editor({
  customerId,
  readOnly,
  onReload,
  ...values
}: ValidationMessageEditorProps & { onReload: () => void }) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const query = useCustomer(customerId);
  const form = useValidationHtmlForm({
    customerId,
    ...(values.value && { value: values.value }),
    ...(values.defaultValue && { defaultValue: values.defaultValue }),
    ...(values.onValueChange && { onValueChange: values.onValueChange }),
  });
  const tooltipId = useId();
  const locked = isFieldReadOnly(readOnly, "validationHtml");
  // Whether sanitising took anything out comes from the sanitiser itself: the raw source is never
  // parsed here (Chromium reports a CSP violation for every event handler it parses, even inertly).
  const { isLoading, removed } = form.preview;
  const clean = form.preview.html;
  const html = useMemo(() => withImageAlts(clean), [clean]);

  if (query.isPending) {
    return (
      <div {...root} data-part="validation">
        <LoadingState>
          <Skeleton width="sm" />
          <Skeleton width="lg" />
          <div data-part="validation-layout">
            <Skeleton height="block" />
            <Skeleton height="block" />
          </div>
        </LoadingState>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div {...root} data-part="validation">
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }

  return (
    <form {...root} data-part="validation" {...form.getFormProps()}>
      <Section title={t("validation.title")} description={t("validation.description")}>
        {form.conflict && (
          <ConflictNotice
            onReload={() => {
              form.reset();
              onReload();
            }}
          />
        )}
        <FormErrors errors={form.formErrors} />
        <SubmitError error={form.submitError} />
        <div data-part="validation-layout">
          <div data-part="validation-source">
            <TextAreaField
              label={t("validation.source")}
              hint={t("validation.sourceHint")}
              field={form.getFieldProps("validationHtml")}
              error={form.errors.validationHtml}
              rows={9}
              readOnly={locked}
              code
            />
          </div>
          <section data-part="validation-preview" aria-labelledby={`${tooltipId}-title`}>
            <h4 data-part="validation-preview-title" id={`${tooltipId}-title`}>
              {t("validation.preview")}
            </h4>
            <p data-part="field-hint">{t("validation.previewHint")}</p>
            <div data-part="validation-sample">
              <span data-part="validation-image">{t("validation.sampleImage")}</span>
              {/* A sample of the trigger the customer's users see: focusable, described by the tooltip. */}
              <button
                type="button"
                data-part="validation-trigger"
                aria-describedby={html ? tooltipId : undefined}
              >
                {t("validation.trigger")}
              </button>
            </div>
            <div data-part="validation-tooltip" role="tooltip" id={tooltipId}>
              {isLoading ? (
                <Skeleton width="lg" />
              ) : html ? (
                <div
                  data-part="validation-tooltip-body"
                  // Safe: `html` is DOMPurify's output (useSanitizedHtml), never the stored source
                  // (with `alt=""` added to images, see withImageAlts);
                  // DOMPurify removes <script>, event-handler attributes and `javascript:` URLs, so
                  // what is left is markup that cannot run code. This is the one place the kit
                  // renders HTML it did not write.
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised, see above.
                  dangerouslySetInnerHTML={{ __html: html }}
                />
              ) : (
                <p data-part="validation-empty">{t("validation.empty")}</p>
              )}
            </div>
            {removed && (
              <Notice tone="warning" title={t("validation.removedTitle")}>
                <p>{t("validation.removed")}</p>
              </Notice>
            )}
          </section>
        </div>
        {!locked && (
          <FormActions>
            {form.result && !form.isDirty && (
              <span data-part="validation-saved" role="status">
                {t("common.saved")}
              </span>
            )}
            {form.isDirty && (
              <Button variant="ghost" onClick={() => form.reset()} disabled={form.isSubmitting}>
                {t("common.discard")}
              </Button>
            )}
            <Button
              type="submit"
              variant="primary"
              busy={form.isSubmitting}
              disabled={!form.isDirty}
            >
              {form.isSubmitting ? t("common.saving") : t("common.save")}
            </Button>
          </FormActions>
        )}
      </Section>
    </form>
  );
}
