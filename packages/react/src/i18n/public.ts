"use client";
import { en, type Messages } from "./catalog";
import { type I18n, useI18n as useKitI18n } from "./context";

/**
 * The kit's messages and formatters in the provider's locale, for a host's own components next
 * to the kit's (`t("units.title")`, `money(…)`, `date(…)`): the provider's `messages`, then
 * `fallback`. Using it brings the whole English catalogue into the host's bundle; the kit's own
 * components each bring only their own strings.
 * @param fallback What to show for a key the provider's messages lack. @default the English catalogue
 */
export function useI18n(fallback: Partial<Messages> = en): I18n {
  return useKitI18n(fallback);
}
