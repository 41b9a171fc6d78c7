"use client";
import type { Email } from "@customer-kit/client";
import { useUsers } from "@customer-kit/hooks";
import { type SendEmailValues, useSendEmailForm } from "@customer-kit/hooks/forms";
import { useId } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  Button,
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
  TextField,
  useErrorText,
} from "../ui";
import type { CustomerPanelProps } from "../ui/panel";
import messages from "./messages/en";

/**
 * Props of {@link SendEmailForm}. Field names for `readOnly` and `hidden`: `subject`, `message`,
 * `recipients` (hiding it sends to the customer's admin users, as the API does without it).
 */
export interface SendEmailFormProps extends CustomerPanelProps {
  /** The e-mail, controlled: the host keeps it and gets each change through `onValueChange`. */
  value?: SendEmailValues;
  /** The first values of an uncontrolled form. @default empty, to the admin users */
  defaultValue?: Partial<SendEmailValues>;
  /** Called with every change of the e-mail. */
  onValueChange?: (values: SendEmailValues) => void;
  /** Called with the queued e-mail (its recipients) after each send. */
  onSent?: (email: Email) => void;
}

/** The most recipients the contract takes, and so the most users listed to choose from. */
const MAX_RECIPIENTS = 100;

/**
 * An e-mail to the customer's users: a one-line subject, a message, and optionally the users it
 * goes to (none chosen: the customer's admin users). Send says who it went to ("Sent to 2
 * users"). What is typed is kept through errors and closing, until it is sent.
 *
 * Parts: `email` (the root), `email-recipients` (the fieldset), `email-recipient` (one user),
 * `email-recipient-address`, `email-outcome` (the list of who it went to).
 */
export function SendEmailForm({
  customerId,
  readOnly,
  hidden,
  onSent,
  ...values
}: SendEmailFormProps) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const errorText = useErrorText();
  const form = useSendEmailForm({
    customerId,
    ...(values.value && { value: values.value }),
    ...(values.defaultValue && { defaultValue: values.defaultValue }),
    ...(values.onValueChange && { onValueChange: values.onValueChange }),
  });
  const showRecipients = !hidden?.includes("recipients");
  const users = useUsers(customerId, { limit: MAX_RECIPIENTS });
  const id = useId();
  const lockedAll = readOnly === true;
  const locked = (name: keyof SendEmailValues) => isFieldReadOnly(readOnly, name);
  const chosen = form.values.recipients;
  const recipientsError = errorText(form.errors.recipients);
  // Only users who can receive one: active, with an address (an API-key user has one too).
  const candidates = (users.data?.items ?? []).filter((u) => u.status === "ACTIVE");
  const sent = form.result;

  const toggle = (userId: string, on: boolean) =>
    form.setValue(
      "recipients",
      on ? [...chosen, userId] : chosen.filter((recipient) => recipient !== userId),
    );

  return (
    <form
      {...root}
      data-part="email"
      {...form.getFormProps()}
      onSubmit={async (event) => {
        const email = await form.submit(event);
        if (email) onSent?.(email);
      }}
    >
      <Section title={t("email.title")} description={t("email.description")}>
        {sent && (
          <Notice tone="success" live title={t("email.sent", { count: sent.recipients.length })}>
            <ul data-part="email-outcome">
              {sent.recipients.map((r) => (
                <li key={r.userId}>
                  {r.name} <span data-part="email-recipient-address">{r.email}</span>
                </li>
              ))}
            </ul>
          </Notice>
        )}
        <FormErrors errors={form.formErrors} />
        <SubmitError error={form.submitError} />
        {!hidden?.includes("subject") && (
          <TextField
            label={t("email.subject")}
            field={form.getFieldProps("subject")}
            error={form.errors.subject}
            readOnly={locked("subject")}
          />
        )}
        {!hidden?.includes("message") && (
          <TextAreaField
            label={t("email.message")}
            field={form.getFieldProps("message")}
            error={form.errors.message}
            rows={8}
            readOnly={locked("message")}
          />
        )}
        {showRecipients && (
          <fieldset
            data-part="email-recipients"
            aria-describedby={`${id}-hint${recipientsError ? ` ${id}-error` : ""}`}
            data-invalid={recipientsError ? "" : undefined}
          >
            <legend data-part="field-label">
              {t("email.recipients")}
              <span data-part="field-optional">{t("common.optional")}</span>
            </legend>
            <p data-part="field-hint" id={`${id}-hint`}>
              {chosen.length
                ? t("email.recipientsChosen", { count: chosen.length })
                : t("email.recipientsDefault")}
            </p>
            {users.isPending ? (
              <LoadingState>
                <Skeleton width="md" />
                <Skeleton width="sm" />
              </LoadingState>
            ) : users.isError ? (
              <ErrorState
                error={users.error}
                onRetry={() => void users.refetch()}
                title={t("email.usersError")}
              />
            ) : candidates.length === 0 ? (
              <p data-part="field-hint">{t("email.noUsers")}</p>
            ) : (
              <ul data-part="email-recipient-list">
                {candidates.map((user) => (
                  <li key={user.id} data-part="email-recipient">
                    <input
                      data-part="checkbox"
                      type="checkbox"
                      id={`${id}-${user.id}`}
                      checked={chosen.includes(user.id)}
                      disabled={locked("recipients")}
                      onChange={(event) => toggle(user.id, event.target.checked)}
                    />
                    <label htmlFor={`${id}-${user.id}`}>
                      {user.name} <span data-part="email-recipient-address">{user.email}</span>
                    </label>
                    {user.isAdmin && <Badge>{t("email.admin")}</Badge>}
                  </li>
                ))}
              </ul>
            )}
            {recipientsError && (
              <p data-part="field-error" id={`${id}-error`} role="alert">
                {recipientsError}
              </p>
            )}
          </fieldset>
        )}
        {!lockedAll && (
          <FormActions>
            {form.isDirty && (
              <Button variant="ghost" onClick={() => form.reset()} disabled={form.isSubmitting}>
                {t("common.discard")}
              </Button>
            )}
            <Button type="submit" variant="primary" busy={form.isSubmitting}>
              {form.isSubmitting ? t("email.sending") : t("email.send")}
            </Button>
          </FormActions>
        )}
      </Section>
    </form>
  );
}
