"use client";
import {
  type CustomerKitClient,
  createCustomerKitClient,
  type GetToken,
} from "@customer-kit/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useState } from "react";

/** What the provider hands to every hook and component below it. */
export interface CustomerKitContextValue {
  /** The client every hook calls the API with. */
  client: CustomerKitClient;
  /** BCP 47 locale for numbers, money and dates (and the components' messages). @default "en" */
  locale: string;
  /**
   * The CSP nonce of the host page, for the few places a dependency must inject a `<style>`
   * (Radix Dialog's scroll lock). Our own code injects none. @default undefined
   */
  nonce: string | undefined;
  /** Whether form drafts are mirrored to `sessionStorage` (the provider's `persistDrafts`). */
  persistDrafts: boolean;
  /**
   * Stable for the life of the provider: the identity per-provider state hangs on (the form
   * hooks keep their drafts store by it), so such state lives only where it is used.
   */
  scope: object;
}

const CustomerKitContext = createContext<CustomerKitContextValue | null>(null);

/** Props of {@link CustomerKitProvider}: a `client`, or `baseUrl` + `getToken` to make one. */
export type CustomerKitProviderProps = {
  children?: ReactNode;
  /**
   * The host's QueryClient, so the kit shares its cache and devtools. The kit's queries set
   * their own retry policy (`retry: false`: the client is the one layer that retries), whatever
   * this client's defaults are.
   * @default a QueryClient of the provider's own, made once per provider, whose queries stay
   * fresh for 30 s (`staleTime: 30_000`)
   */
  queryClient?: QueryClient;
  /** BCP 47 locale for numbers, money, dates and messages. @default "en" */
  locale?: string;
  /** The CSP nonce of the host page (see {@link CustomerKitContextValue.nonce}). @default undefined */
  nonce?: string;
  /**
   * Keep drafts of half-typed forms in `sessionStorage` too, so they survive a reload of the
   * tab. Off by default: drafts may hold personal data.
   * @default false (drafts live in memory, for the life of the page)
   */
  persistDrafts?: boolean;
} & (
  | { client: CustomerKitClient; baseUrl?: never; getToken?: never }
  | {
      client?: never;
      /** The API's base URL, up to and including `/api/v1`. */
      baseUrl: string;
      /** Returns the admin's bearer token (see `createCustomerKitClient`). */
      getToken: GetToken;
    }
);

/**
 * The provider's own QueryClient's defaults. With TanStack's `staleTime: 0`, every component that
 * starts reading a record fetched it again: opening the dialog and visiting each tab asked for
 * the customer five times (`pnpm bench`). Within 30 s a record is reused; edits are safe anyway
 * (If-Match conflicts), and a refocused window or a reconnect still refetches what is older.
 */
const DEFAULT_OPTIONS = { queries: { staleTime: 30_000 } } as const;

/**
 * Gives the hooks below it a client, a QueryClient, a locale and a CSP nonce:
 *
 * ```tsx
 * <CustomerKitProvider baseUrl="/api/v1" getToken={() => session.token} locale="de">
 *   <CustomerDialog customerId={id} />
 * </CustomerKitProvider>
 * ```
 */
export function CustomerKitProvider(props: CustomerKitProviderProps): ReactNode {
  const { children, locale = "en", nonce, persistDrafts = false } = props;
  // Made once per provider: a new client or cache on every render would drop every query.
  const [own] = useState(() => ({
    client:
      props.client ??
      createCustomerKitClient({
        baseUrl: props.baseUrl as string,
        getToken: props.getToken as GetToken,
      }),
    queryClient: props.queryClient ?? new QueryClient({ defaultOptions: DEFAULT_OPTIONS }),
  }));
  const value: CustomerKitContextValue = {
    client: props.client ?? own.client,
    locale,
    nonce,
    persistDrafts,
    scope: own,
  };
  return (
    <QueryClientProvider client={props.queryClient ?? own.queryClient}>
      <CustomerKitContext.Provider value={value}>{children}</CustomerKitContext.Provider>
    </QueryClientProvider>
  );
}

/** The provider's client, locale and nonce. Throws outside a {@link CustomerKitProvider}. */
export function useCustomerKit(): CustomerKitContextValue {
  const value = useContext(CustomerKitContext);
  if (!value) throw new Error("customer-kit hooks need a <CustomerKitProvider> above them.");
  return value;
}
