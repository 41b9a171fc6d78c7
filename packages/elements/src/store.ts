/**
 * The page's one configuration, client and cache. Every element renders its own React root under
 * a provider that takes them from here, so all of them share one QueryClient (a customer fetched
 * by the dialog is the units panel's too) and one client (one token getter, one retry policy).
 * Elements connected before `configure()` wait (render nothing) and render once it is called.
 */
import {
  type CustomerKitClient,
  createCustomerKitClient,
  type GetToken,
} from "@customer-kit/client";
import type { ColorScheme, Messages } from "@customer-kit/react";
import { QueryClient } from "@tanstack/react-query";

/** What `CustomerKit.configure()` (or `<ck-provider>`) takes. */
export interface CustomerKitConfig {
  /** The API's base URL, up to and including `/api/v1`. */
  baseUrl: string;
  /** Returns the admin's bearer token (called before each request; `forceRefresh` after a 401). */
  getToken: GetToken;
  /** BCP 47 locale for numbers, money and dates. @default "en" */
  locale?: string;
  /** The catalogue over English (e.g. `@customer-kit/react/locales/de`) and any overrides. @default English */
  messages?: Partial<Messages>;
  /** Light or dark tokens, or the user's system's. @default "light" */
  colorScheme?: ColorScheme;
  /** The page's CSP nonce, for Radix's scroll lock `<style>` (our code injects none). @default undefined */
  nonce?: string;
  /** The fetch the client sends with (to observe requests). @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** A QueryClient to share with the host's own React code. @default one of the kit's */
  queryClient?: QueryClient;
}

/** What an element renders with: the config, and the client and cache made from it. */
export interface Configured {
  config: CustomerKitConfig;
  client: CustomerKitClient;
  queryClient: QueryClient;
}

/**
 * The kit's own cache for the page. Each element is a React root of its own, so two elements
 * that show the same customer mount a few milliseconds apart, not in one commit; with TanStack's
 * default `staleTime: 0` the second would fetch again what the first just got. Fresh for 30 s:
 * every write the kit makes still invalidates what it changed, at once.
 */
const pageQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });

let current: Configured | null = null;
const listeners = new Set<() => void>();

/**
 * Configures the kit for the page. Called again with the same `baseUrl` and `getToken`, it keeps
 * the client and the cache (a new locale or colour scheme re-renders every element); with
 * another `baseUrl` or `getToken` (another admin), they are made anew and the cache is dropped.
 */
export function configure(config: CustomerKitConfig): void {
  if (!config?.baseUrl || typeof config.getToken !== "function") {
    throw new TypeError("CustomerKit.configure() needs a baseUrl and a getToken function.");
  }
  const same =
    current &&
    current.config.baseUrl === config.baseUrl &&
    current.config.getToken === config.getToken &&
    current.config.fetch === config.fetch &&
    (!config.queryClient || config.queryClient === current.queryClient);
  if (current && same) {
    current = { ...current, config };
  } else {
    current?.queryClient.clear();
    current = {
      config,
      client: createCustomerKitClient({
        baseUrl: config.baseUrl,
        getToken: config.getToken,
        ...(config.fetch && { fetch: config.fetch }),
      }),
      queryClient: config.queryClient ?? pageQueryClient(),
    };
  }
  for (const listener of [...listeners]) listener();
}

/** The configuration, or `null` before `configure()`. */
export const configured = (): Configured | null => current;

/** Calls `listener` after each `configure()`; returns the unsubscribe. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many elements wait on or follow the configuration (tests count leaks with it). */
export const subscriberCount = (): number => listeners.size;

/** Forgets the configuration and drops the cache (tests; a host signing the admin out). */
export function reset(): void {
  current?.queryClient.clear();
  current = null;
  for (const listener of [...listeners]) listener();
}
