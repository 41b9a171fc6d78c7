"use client";
import { isCustomerKitError } from "@customer-kit/client";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { FieldConstraint } from "../generated/constraints";
import { useDrafts } from "./drafts";

/**
 * An error on one field (or, with `field`, on the whole form). `code` is for the components to
 * translate (`"required"`, `"maxLength"`, `"pattern"`, `"duplicate"`, or the server's own code);
 * `limit` goes with `minLength`/`maxLength`/`minimum`/`maximum`; `message` is a plain English
 * fallback (the server's text for a server error).
 */
export interface FormError {
  code: string;
  message: string;
  limit?: number;
  /** The server's dotted path, for a server error that matched no field of the form. */
  field?: string;
}

const MESSAGES: Record<string, string> = {
  required: "Required.",
  minLength: "At least # characters.",
  maxLength: "At most # characters.",
  pattern: "Not in the expected format.",
  enum: "Not one of the choices.",
  integer: "A whole number.",
  minimum: "At least #.",
  maximum: "At most #.",
  duplicate: "Already there.",
  oneLine: "One line only.",
  email: "Not an e-mail address.",
};

/** A {@link FormError} of `code`, with its English message. */
export const formError = (code: string, limit?: number): FormError => ({
  code,
  message: (MESSAGES[code] ?? "Not valid.").replace("#", String(limit)),
  ...(limit === undefined ? {} : { limit }),
});

/** The first constraint of the contract `value` breaks; `""` and `null` are "no value". */
export function checkField(c: FieldConstraint | undefined, value: unknown): FormError | undefined {
  if (!c) return undefined;
  // An empty string a field must not be (`minLength`) is missing too; else `""` is "none" (`null`).
  if (value === "" || value == null)
    return c.required || c.minLength ? formError("required") : undefined;
  if (typeof value !== "string") return undefined;
  if (c.minimum !== undefined || c.maximum !== undefined) {
    if (!/^-?\d+$/.test(value)) return formError("integer");
    if (c.minimum !== undefined && Number(value) < c.minimum)
      return formError("minimum", c.minimum);
    if (c.maximum !== undefined && Number(value) > c.maximum)
      return formError("maximum", c.maximum);
  }
  // JSON Schema counts code points, not UTF-16 units.
  const length = [...value].length;
  if (c.minLength && length < c.minLength) return formError("minLength", c.minLength);
  if (c.maxLength !== undefined && length > c.maxLength) return formError("maxLength", c.maxLength);
  if (c.pattern && !new RegExp(c.pattern, "u").test(value)) return formError("pattern");
  if (c.enum && !c.enum.includes(value)) return formError("enum");
  return undefined;
}

type Values = Record<string, unknown>;
type Errors<V> = Partial<Record<keyof V & string, FormError>>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Controlled or uncontrolled values, as every form hook takes them. */
export interface FormValueProps<V> {
  /** The values, controlled: the host keeps them and gets each change through `onValueChange`. */
  value?: V;
  /** The first values of an uncontrolled form, over the record's. @default the record's values */
  defaultValue?: Partial<V>;
  /** Called with every change of the values (also in uncontrolled mode). */
  onValueChange?: (values: V) => void;
}

export interface UseFormOptions<V extends Values, R> extends FormValueProps<V> {
  /** What the form edits and dirtiness is measured against: the record's values, or the empty form. */
  base: V;
  /** The provider's draft key (`"<form>:<customerId>"`), so that input survives an unmount; none keeps no draft. */
  draftKey?: string | undefined;
  /** The contract's constraints, by server path (a table of `constraints.ts`). */
  constraints?: Record<string, FieldConstraint>;
  /** What goes before a field's name in the server's paths (`"configuration."`). @default "" */
  path?: string;
  /** Turns the values into what is checked and sent (trims, say). */
  prepare?: (values: V) => V;
  /** Checks beyond the contract's, by field. */
  validate?: (values: V) => Errors<V>;
  /** Sends the values (and the changed ones); rejects with the `CustomerKitError`. */
  submit: (values: V, changed: Partial<V>) => Promise<R>;
}

/** The props of a field's input; `onChange` takes an event or the value itself. */
export interface FieldProps {
  id: string;
  name: string;
  value?: string;
  checked?: boolean;
  onChange: (eventOrValue: unknown) => void;
  onBlur: () => void;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  required?: boolean;
  maxLength?: number;
}

/**
 * The form core every form hook is a thin layer over: values, per-field errors (the contract's
 * constraints on blur and submit, the server's `fieldErrors` after), dirty state, submit state,
 * drafts that outlive an unmount, and prop getters. Never markup.
 */
export function useForm<V extends Values, R = unknown>(options: UseFormOptions<V, R>) {
  const { base, draftKey, constraints, path = "", prepare = (v: V) => v } = options;
  const drafts = useDrafts();
  const id = useId();
  const [edits, setEdits] = useState<Partial<V>>(options.defaultValue ?? {});
  const editsRef = useRef(edits);
  const [errors, setErrors] = useState<Errors<V>>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [isSubmitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>();
  const [result, setResult] = useState<R>();
  const busy = useRef(false);

  const put = (next: Partial<V>) => {
    editsRef.current = next;
    setEdits(next);
  };
  // The draft is read after mount, never during render: with `persistDrafts` it lives in
  // sessionStorage, which the server has not, and the first render must match the server's.
  useEffect(() => {
    const draft = draftKey ? drafts.get<Partial<V>>(draftKey) : undefined;
    if (draft) {
      editsRef.current = draft;
      setEdits(draft);
    }
  }, [draftKey, drafts]);

  const values: V = options.value ?? { ...base, ...edits };
  const dirty: Partial<Record<keyof V & string, true>> = {};
  for (const key in base) if (!same(values[key], base[key])) dirty[key] = true;

  // The form's own checks first: they are more specific ("one line") than the contract's.
  const check = (name: keyof V & string, v: V) =>
    options.validate?.(v)[name] ?? checkField(constraints?.[path + name], v[name]);

  const setValues = (change: Partial<V>) => {
    const next = { ...values, ...change };
    if (options.value === undefined) {
      const nextEdits = { ...editsRef.current, ...change };
      put(nextEdits);
      if (draftKey) drafts.set(draftKey, nextEdits);
    }
    // A field that shows an error is checked again as the user mends it.
    const mended = { ...errors };
    for (const name in change) if (mended[name]) mended[name] = check(name, prepare(next));
    setErrors(mended);
    setResult(undefined);
    options.onValueChange?.(next);
  };
  const setValue = <K extends keyof V & string>(name: K, value: V[K]) =>
    setValues({ [name]: value } as unknown as Partial<V>);

  const clear = () => {
    put({});
    if (draftKey) drafts.delete(draftKey);
    setErrors({});
    setFormErrors([]);
    setSubmitError(undefined);
  };

  const validate = (): boolean => {
    const v = prepare(values);
    const found: Errors<V> = {};
    for (const key in base) {
      const error = check(key, v);
      if (error) found[key] = error;
    }
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  /** Checks, then sends; resolves with the answer, or `undefined` when it was not sent or failed. */
  const submit = async (event?: FormEvent): Promise<R | undefined> => {
    event?.preventDefault();
    if (busy.current || !validate()) return undefined;
    busy.current = true;
    setSubmitting(true);
    setSubmitError(undefined);
    setFormErrors([]);
    const v = prepare(values);
    const changed: Partial<V> = {};
    for (const key in base) if (!same(v[key], base[key])) changed[key] = v[key];
    try {
      const answer = await options.submit(v, changed);
      clear();
      setResult(answer);
      return answer;
    } catch (error) {
      setSubmitError(error);
      // The server's field errors go on their fields (by dotted path); the rest on the form.
      const onFields: Errors<V> = {};
      const rest: FormError[] = [];
      for (const { field, message, code = "server" } of isCustomerKitError(error)
        ? error.fieldErrors
        : []) {
        const name = field.startsWith(path) ? field.slice(path.length) : field;
        if (name in base) onFields[name as keyof V & string] = { code, message };
        else rest.push({ code, message, field });
      }
      setErrors(onFields);
      setFormErrors(rest);
      return undefined;
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  };

  const fieldId = (name: string) => `${id}${name}`;
  return {
    /** The values as the user sees them. */
    values,
    /** Errors by field: the contract's (after blur or submit), then the server's. */
    errors,
    /** Server errors that name no field of this form. */
    formErrors,
    /** The fields whose value differs from the record's. */
    dirty,
    /** Whether any field differs from the record's. */
    isDirty: Object.keys(dirty).length > 0,
    isSubmitting,
    /** The error of the last submit (a `CustomerKitError`), until the next. */
    submitError,
    /** The answer of the last successful submit, until the next change. */
    result,
    setValue,
    /** Changes several fields at once. */
    setValues,
    /** Puts an error on a field (`undefined` clears it). */
    setError: (name: keyof V & string, error: FormError | undefined) =>
      setErrors((all) => ({ ...all, [name]: error })),
    validate,
    submit,
    /** Back to the record's values: drops the draft, the errors and the submit error. */
    reset: () => {
      clear();
      setResult(undefined);
      options.onValueChange?.(base);
    },
    getFormProps: () => ({ onSubmit: submit, noValidate: true }),
    getFieldProps: (name: keyof V & string): FieldProps => {
      const value = values[name];
      const c = constraints?.[path + name];
      return {
        id: fieldId(name),
        name,
        ...(typeof value === "boolean" ? { checked: value } : { value: (value ?? "") as string }),
        onChange: (x: unknown) => {
          const target = (x as { target?: HTMLInputElement } | null)?.target;
          setValue(
            name,
            (target
              ? target.type === "checkbox"
                ? target.checked
                : target.value
              : x) as V[typeof name],
          );
        },
        onBlur: () => setErrors((all) => ({ ...all, [name]: check(name, prepare(values)) })),
        ...(errors[name] && {
          "aria-invalid": true,
          "aria-describedby": `${fieldId(name)}-error`,
        }),
        ...(c?.required && { required: true }),
        ...(c?.maxLength !== undefined && { maxLength: c.maxLength }),
      };
    },
    getErrorProps: (name: keyof V & string) => ({ id: `${fieldId(name)}-error` }),
    getLabelProps: (name: keyof V & string) => ({ htmlFor: fieldId(name) }),
  };
}

/** What {@link useForm} returns. */
export type Form<V extends Values, R = unknown> = ReturnType<typeof useForm<V, R>>;
