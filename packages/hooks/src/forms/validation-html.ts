"use client";
import { useEffect, useState } from "react";
import { type CustomerFormOptions, orNull, useCustomerForm } from "./customer";

type Purify = typeof import("dompurify").default;
let purify: Promise<Purify> | undefined;

/**
 * `html` made safe to show with DOMPurify (scripts, event handlers and `javascript:` URLs
 * removed, and `style` attributes too: a host page with a strict Content-Security-Policy would
 * refuse them anyway, and report each as a violation). DOMPurify is loaded on first use, not with the kit; until it is (and after each
 * change, for a moment), `isLoading` is true and `html` is `""`.
 */
export function useSanitizedHtml(html: string | null | undefined): {
  html: string;
  isLoading: boolean;
} {
  const source = html ?? "";
  const [clean, setClean] = useState<{ source?: string; html: string }>({ html: "" });
  useEffect(() => {
    let live = true;
    // Sanitising needs a DOM, so it runs after render, never on the server.
    purify ??= import("dompurify").then((module) => module.default);
    void purify.then(
      (p) => live && setClean({ source, html: p.sanitize(source, { FORBID_ATTR: ["style"] }) }),
    );
    return () => {
      live = false;
    };
  }, [source]);
  return clean.source === source
    ? { html: clean.html, isLoading: false }
    : { html: "", isLoading: true };
}

/** The values of {@link useValidationHtmlForm}. */
export type ValidationHtmlValues = {
  validationHtml: string;
};

/**
 * The customer's validation HTML, with `preview`: what is typed, sanitised (see
 * {@link useSanitizedHtml}). `""` saves `null`.
 */
export function useValidationHtmlForm(options: CustomerFormOptions<ValidationHtmlValues>) {
  const form = useCustomerForm<ValidationHtmlValues>(
    "validationHtml",
    options,
    (customer) => ({ validationHtml: customer?.validationHtml ?? "" }),
    (changed) => ({ validationHtml: orNull(changed.validationHtml) as string | null }),
  );
  return { ...form, preview: useSanitizedHtml(form.values.validationHtml) };
}
