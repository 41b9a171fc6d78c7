"use client";
import type { FieldProps, FormError } from "@customer-kit/hooks/forms";
import type { ReactNode } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n } from "../i18n/context";

/** The text of a field error: the kit's message for a known code, else the server's own. */
export function useErrorText(): (error: FormError | undefined) => string | undefined {
  const { t } = useI18n();
  return (error) => {
    if (!error) return undefined;
    const key = `field.${error.code}` as MessageKey;
    const known = t(key, error.limit === undefined ? undefined : { limit: error.limit });
    return known === key ? error.message : known;
  };
}

interface FieldShellProps {
  /** The field's label. */
  label: ReactNode;
  /** The input's props, from a form hook's `getFieldProps(name)`. */
  field: Pick<FieldProps, "id">;
  /** A line under the field that explains it. */
  hint?: ReactNode;
  /** The field's error (contract's or server's), shown under it. */
  error?: FormError | undefined;
  /** Marks the label "Optional". @default false */
  optional?: boolean;
  children: ReactNode;
  /** The part name of the field's wrapper. @default "field" */
  part?: string;
  /**
   * The label for screen readers only (`visually-hidden`), where what surrounds the field says
   * what it is (an inline rename). @default false
   */
  hideLabel?: boolean;
}

/**
 * A label, a control, a hint and an error, wired by ids: the error is the control's
 * `aria-describedby` (the form hook sets it), so a screen reader reads it with the field.
 */
export function FieldShell({
  label,
  field,
  hint,
  error,
  optional,
  children,
  part = "field",
  hideLabel,
}: FieldShellProps) {
  const { t } = useI18n();
  const text = useErrorText()(error);
  return (
    <div data-part={part} data-invalid={error ? "" : undefined}>
      <label data-part={hideLabel ? "visually-hidden" : "field-label"} htmlFor={field.id}>
        {label}
        {optional && <span data-part="field-optional">{t("common.optional")}</span>}
      </label>
      {children}
      {hint && (
        <p data-part="field-hint" id={`${field.id}-hint`}>
          {hint}
        </p>
      )}
      {text && (
        <p data-part="field-error" id={`${field.id}-error`} role="alert">
          {text}
        </p>
      )}
    </div>
  );
}

type ShellProps = Omit<FieldShellProps, "children" | "field" | "part">;

/** Props of {@link TextField}. */
export interface TextFieldProps extends ShellProps {
  field: FieldProps;
  /** @default "text" */
  type?: "text" | "email" | "url" | "tel" | "number" | "password" | "date";
  inputMode?: "decimal" | "numeric" | "text" | "email";
  placeholder?: string;
  readOnly?: boolean;
  disabled?: boolean;
  autoComplete?: string;
  /** Right-aligned with tabular figures, for amounts. @default false */
  numeric?: boolean;
  /** Text after the input, inside its frame (a unit). */
  suffix?: ReactNode;
}

/** A labelled text input over a form hook's field props. */
export function TextField({
  field,
  type = "text",
  numeric,
  suffix,
  inputMode,
  placeholder,
  readOnly,
  disabled,
  autoComplete,
  ...shell
}: TextFieldProps) {
  const describedBy = [field["aria-describedby"], shell.hint ? `${field.id}-hint` : undefined]
    .filter(Boolean)
    .join(" ");
  return (
    <FieldShell {...shell} field={field}>
      <div data-part="input-frame" data-readonly={readOnly || undefined}>
        <input
          data-part="input"
          data-numeric={numeric || undefined}
          type={type}
          inputMode={inputMode}
          placeholder={placeholder}
          readOnly={readOnly}
          disabled={disabled}
          autoComplete={autoComplete}
          {...field}
          aria-describedby={describedBy || undefined}
        />
        {suffix && <span data-part="input-suffix">{suffix}</span>}
      </div>
    </FieldShell>
  );
}

/** Props of {@link TextAreaField}. */
export interface TextAreaFieldProps extends ShellProps {
  field: FieldProps;
  rows?: number;
  readOnly?: boolean;
  /** Monospace, for source code. @default false */
  code?: boolean;
}

/** A labelled multi-line input. */
export function TextAreaField({ field, rows = 4, readOnly, code, ...shell }: TextAreaFieldProps) {
  const describedBy = [field["aria-describedby"], shell.hint ? `${field.id}-hint` : undefined]
    .filter(Boolean)
    .join(" ");
  return (
    <FieldShell {...shell} field={field}>
      <textarea
        data-part="textarea"
        data-code={code || undefined}
        rows={rows}
        readOnly={readOnly}
        {...field}
        aria-describedby={describedBy || undefined}
      />
    </FieldShell>
  );
}

/** One choice of a {@link SelectField}. */
export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps extends ShellProps {
  field: FieldProps;
  options: readonly SelectOption[];
  /** A first, empty choice ("Choose…"); its label. */
  placeholder?: string;
  disabled?: boolean;
}

/** A labelled native select: the platform's own listbox, keyboard and screen-reader support. */
export function SelectField({ field, options, placeholder, disabled, ...shell }: SelectFieldProps) {
  const describedBy = [field["aria-describedby"], shell.hint ? `${field.id}-hint` : undefined]
    .filter(Boolean)
    .join(" ");
  return (
    <FieldShell {...shell} field={field}>
      <select
        data-part="select"
        disabled={disabled}
        {...field}
        aria-describedby={describedBy || undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Props of {@link CheckboxField}. */
export interface CheckboxFieldProps {
  field: FieldProps;
  label: ReactNode;
  hint?: ReactNode;
  error?: FormError | undefined;
  disabled?: boolean;
}

/** A checkbox with its label beside it and a hint under both. */
export function CheckboxField({ field, label, hint, error, disabled }: CheckboxFieldProps) {
  const text = useErrorText()(error);
  const describedBy = [field["aria-describedby"], hint ? `${field.id}-hint` : undefined]
    .filter(Boolean)
    .join(" ");
  return (
    <div data-part="checkbox-field" data-invalid={error ? "" : undefined}>
      <input
        data-part="checkbox"
        type="checkbox"
        disabled={disabled}
        {...field}
        aria-describedby={describedBy || undefined}
      />
      <div>
        <label data-part="field-label" htmlFor={field.id}>
          {label}
        </label>
        {hint && (
          <p data-part="field-hint" id={`${field.id}-hint`}>
            {hint}
          </p>
        )}
        {text && (
          <p data-part="field-error" id={`${field.id}-error`} role="alert">
            {text}
          </p>
        )}
      </div>
    </div>
  );
}
