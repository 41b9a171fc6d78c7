"use client";
import { useEffect, useState } from "react";
import { type CustomerFormOptions, orNull, useCustomerForm } from "./customer";
import { stripEventHandlers } from "./strip-event-handlers";

type Purify = typeof import("dompurify").default;
let purify: Promise<Purify> | undefined;

/**
 * `html` made safe to show with DOMPurify (scripts, event handlers and `javascript:` URLs
 * removed, and `style` attributes too: a host page with a strict Content-Security-Policy would
 * refuse them anyway, and report each as a violation). DOMPurify is loaded on first use, not with
 * the kit; until it is (and after each change, for a moment), `isLoading` is true and `html` is
 * `""`. `removed` says whether sanitising took anything out.
 *
 * Event-handler attributes are taken out of the string before DOMPurify parses it
 * ({@link stripEventHandlers}): Chromium reports a CSP violation for each one it merely parses
 * under a strict policy, even in DOMPurify's inert document. DOMPurify still sanitises the rest.
 */
export function useSanitizedHtml(html: string | null | undefined): {
  html: string;
  isLoading: boolean;
  removed: boolean;
} {
  const source = html ?? "";
  const [clean, setClean] = useState<{ source?: string; html: string; removed: boolean }>({
    html: "",
    removed: false,
  });
  useEffect(() => {
    let live = true;
    // Sanitising needs a DOM, so it runs after render, never on the server.
    purify ??= import("dompurify").then((module) => module.default);
    void purify.then((p) => {
      if (!live) return;
      const handlers = stripEventHandlers(source);
      const sanitised = p.sanitize(handlers.html, { FORBID_ATTR: ["style"] });
      // `p.removed`: what this sanitize call took out (elements and attributes).
      setClean({ source, html: sanitised, removed: handlers.stripped > 0 || p.removed.length > 0 });
    });
    return () => {
      live = false;
    };
  }, [source]);
  return clean.source === source
    ? { html: clean.html, isLoading: false, removed: clean.removed }
    : { html: "", isLoading: true, removed: false };
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
