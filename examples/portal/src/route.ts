import { isTabId, type TabId } from "@customer-kit/react";
import { useSyncExternalStore } from "react";

/**
 * The portal's routes, in the URL so that a reload or a shared link shows the same thing:
 * `/admin/customers` (the list), `?customer=<id>` (its dialog open), `&tab=<tab>` (on that tab),
 * and `/impersonation` (the page "Login to CP" opens). History API only, no router.
 */
export interface Route {
  page: "customers" | "impersonation" | "notFound";
  customer: string | null;
  tab: TabId | null;
}

export const CUSTOMERS_PATH = "/admin/customers";
export const IMPERSONATION_PATH = "/impersonation";

export function parseRoute(url: { pathname: string; search: string }): Route {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  const params = new URLSearchParams(url.search);
  if (path === IMPERSONATION_PATH) return { page: "impersonation", customer: null, tab: null };
  if (path === "/" || path === "/admin" || path === CUSTOMERS_PATH) {
    const customer = params.get("customer") || null;
    const tab = params.get("tab");
    return { page: "customers", customer, tab: customer && tab && isTabId(tab) ? tab : null };
  }
  return { page: "notFound", customer: null, tab: null };
}

/** The impersonation page for the one-time handoff `id` (in the fragment: never sent to a server). */
export function impersonationHref(id: string): string {
  return `${IMPERSONATION_PATH}#h=${id}`;
}

export function customersHref(customer: string | null, tab: TabId | null = null): string {
  const params = new URLSearchParams();
  if (customer) params.set("customer", customer);
  if (customer && tab) params.set("tab", tab);
  const query = params.toString();
  return query ? `${CUSTOMERS_PATH}?${query}` : CUSTOMERS_PATH;
}

const CHANGE = "portal:navigate";
const subscribe = (notify: () => void) => {
  window.addEventListener("popstate", notify);
  window.addEventListener(CHANGE, notify);
  return () => {
    window.removeEventListener("popstate", notify);
    window.removeEventListener(CHANGE, notify);
  };
};
const snapshot = () => location.pathname + location.search;

/** The current route, following pushState/replaceState made through `navigate` and Back/Forward. */
export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, location.origin);
  return parseRoute(url);
}

/** Pushes (a new history entry: Back undoes it) or replaces the URL, then re-renders. */
export function navigate(href: string, { replace = false, state = null as unknown } = {}): void {
  if (replace) history.replaceState(state, "", href);
  else history.pushState(state, "", href);
  window.dispatchEvent(new Event(CHANGE));
}
