"use client";
import {
  CustomerKitProvider as HooksProvider,
  type CustomerKitProviderProps as HooksProviderProps,
} from "@customer-kit/hooks";
import { setNonce } from "get-nonce";
import { type ReactNode, useMemo } from "react";
import type { Messages } from "../i18n/catalog";
import { type ColorScheme, KitUIContext } from "../i18n/context";

/** Props of {@link CustomerKitProvider}: the hooks' provider's, and the components' own. */
export type CustomerKitProviderProps = HooksProviderProps & {
  /**
   * The catalogue to show, over English: a locale (`import de from "@customer-kit/react/locales/de"`)
   * and any overrides (`{ ...de, "units.title": "Guthaben" }`). A key left out falls back to English.
   * @default English
   */
  messages?: Partial<Messages>;
  /**
   * Light or dark tokens, or whichever the user's system prefers.
   * @default "light"
   */
  colorScheme?: ColorScheme;
};

const NO_MESSAGES: Partial<Messages> = {};

/**
 * The provider every component needs above it: the hooks' provider (client, QueryClient, locale,
 * CSP nonce, drafts) plus the components' messages and colour scheme.
 *
 * ```tsx
 * import de from "@customer-kit/react/locales/de";
 * <CustomerKitProvider baseUrl="/api/v1" getToken={getToken} locale="de" messages={de} nonce={nonce}>
 *   <CustomerDialog customerId={id} open onOpenChange={setOpen} />
 * </CustomerKitProvider>
 * ```
 *
 * `nonce`: our components inject no `<style>`; the one dependency that does (Radix Dialog's scroll
 * lock, through react-remove-scroll → react-style-singleton) takes its nonce from `get-nonce`,
 * which this provider sets, so a page whose CSP says `style-src 'nonce-…'` keeps working.
 */
export function CustomerKitProvider({
  messages,
  colorScheme = "light",
  ...props
}: CustomerKitProviderProps): ReactNode {
  // Module-wide in get-nonce: set before anything below can open a dialog (idempotent, no DOM).
  if (props.nonce) setNonce(props.nonce);
  const ui = useMemo(
    () => ({ messages: messages ?? NO_MESSAGES, colorScheme }),
    [messages, colorScheme],
  );
  return (
    <HooksProvider {...(props as HooksProviderProps)}>
      <KitUIContext.Provider value={ui}>{props.children}</KitUIContext.Provider>
    </HooksProvider>
  );
}
