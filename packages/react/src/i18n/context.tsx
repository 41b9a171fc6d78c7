"use client";
import { useCustomerKit } from "@customer-kit/hooks";
import { createContext, useContext, useMemo } from "react";
import type { MessageKey, Messages } from "./catalog";
import { type Formatters, formatters } from "./format";
import common from "./messages/en";
import { formatMessage, type MessageValues } from "./translate";

/** Whether the kit draws itself light, dark, or as the user's system prefers. */
export type ColorScheme = "light" | "dark" | "system";

/** What the kit's provider adds to the hooks' context for the components. */
export interface KitUIContextValue {
  /** The host's catalogue (a locale and overrides); what it lacks falls back to English. */
  messages: Partial<Messages>;
  colorScheme: ColorScheme;
}

export const KitUIContext = createContext<KitUIContextValue | null>(null);

/** What every component translates and formats with. */
export interface I18n extends Formatters {
  locale: string;
  /** The message of `key` with its placeholders filled. */
  t(key: MessageKey, values?: MessageValues): string;
}

const fallback: KitUIContextValue = { messages: {}, colorScheme: "light" };

/**
 * The messages and formatters for the provider's locale, for a component whose English strings
 * are `own` (its folder's `messages/en.ts`): the host's catalogue first, then `own`, then the
 * shared strings. Each component brings only its own English, so a host that imports one panel
 * does not download the whole catalogue (issue 9's size budgets); the complete English catalogue
 * is `@customer-kit/react/locales/en`.
 */
export function useI18n(own?: Partial<Messages>): I18n {
  const { locale } = useCustomerKit();
  const { messages } = useContext(KitUIContext) ?? fallback;
  return useMemo(
    () => ({
      ...formatters(locale),
      locale,
      t: (key, values) =>
        formatMessage(
          messages[key] ?? own?.[key] ?? (common as Partial<Messages>)[key] ?? key,
          values,
          locale,
        ),
    }),
    [locale, messages, own],
  );
}

/**
 * The attributes of a component's outermost element (and of a dialog's portal, which renders
 * outside the host's tree): the kit's tokens apply under `data-ck-root`, and `data-ck-scheme`
 * picks the light or dark set.
 */
export function useRootProps(): { "data-ck-root": ""; "data-ck-scheme": ColorScheme } {
  const scheme = (useContext(KitUIContext) ?? fallback).colorScheme;
  return { "data-ck-root": "", "data-ck-scheme": scheme };
}
