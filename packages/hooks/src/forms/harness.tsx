/**
 * Test-only markup over a form hook, as a host would write it: a label, an input and an error
 * per field, the form-level errors, a submit button. The error element shows the error's code, so
 * a test reads it as the field's accessible description. Not part of the package's entries.
 */
import type { FieldProps, FormError } from "./core";

interface AnyForm {
  getFormProps: () => { onSubmit: (event?: never) => unknown; noValidate: boolean };
  getFieldProps: (name: never) => FieldProps;
  getErrorProps: (name: never) => { id: string };
  getLabelProps: (name: never) => { htmlFor: string };
  errors: Partial<Record<string, FormError>>;
  formErrors: FormError[];
  isDirty: boolean;
  isSubmitting: boolean;
}

export function FormView({ form, fields }: { form: AnyForm; fields: string[] }) {
  const f = form as unknown as {
    getFormProps: () => { onSubmit: () => void; noValidate: boolean };
    getFieldProps: (name: string) => FieldProps;
    getErrorProps: (name: string) => { id: string };
    getLabelProps: (name: string) => { htmlFor: string };
  };
  return (
    <form {...f.getFormProps()} aria-label="form">
      {fields.map((name) => {
        const props = f.getFieldProps(name);
        const error = form.errors[name];
        return (
          <div key={name}>
            {/* biome-ignore lint/a11y/noLabelWithoutControl: getLabelProps gives htmlFor */}
            <label {...f.getLabelProps(name)}>{name}</label>
            {props.checked === undefined ? (
              <input {...props} />
            ) : (
              <input type="checkbox" {...props} />
            )}
            {error && <span {...f.getErrorProps(name)}>{error.code}</span>}
          </div>
        );
      })}
      {form.formErrors.map((error) => (
        <p key={error.field} role="alert">
          {error.field}: {error.code}
        </p>
      ))}
      <output aria-label="state">
        {form.isDirty ? "dirty" : "clean"}
        {form.isSubmitting ? " submitting" : ""}
      </output>
      <button type="submit">Save</button>
    </form>
  );
}
