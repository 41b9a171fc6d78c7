"use client";
import type { FormError } from "@customer-kit/hooks/forms";
import * as Dialog from "@radix-ui/react-dialog";
import { useI18n } from "../i18n/context";
import { Button } from "./Button";
import { FormActions } from "./layout";
import { FormErrors, SubmitError } from "./states";

/** Props of {@link DialogFormFooter}. */
export interface DialogFormFooterProps {
  /** The form hook's state: its form-level errors, the submit's error, whether it is submitting. */
  form: { formErrors: readonly FormError[]; submitError: unknown; isSubmitting: boolean };
  /** The submit button's label ("Create customer", "Log in"). */
  submitLabel: string;
}

/**
 * The end of a form in a small Radix dialog: its form-level and submit errors, then Cancel
 * (closes the dialog) and the primary submit button, busy while the form submits.
 */
export function DialogFormFooter({ form, submitLabel }: DialogFormFooterProps) {
  const { t } = useI18n();
  return (
    <>
      <FormErrors errors={form.formErrors} />
      <SubmitError error={form.submitError} />
      <FormActions>
        <Dialog.Close asChild>
          <Button>{t("common.cancel")}</Button>
        </Dialog.Close>
        <Button type="submit" variant="primary" busy={form.isSubmitting}>
          {submitLabel}
        </Button>
      </FormActions>
    </>
  );
}
