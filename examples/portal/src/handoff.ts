import type { Impersonation, Theme } from "@customer-kit/client";
import { IMPERSONATION_PATH } from "./route";

/** What the admin page hands to the impersonation page (never through its URL: the token). */
export interface ImpersonationRecord {
  impersonation: Impersonation;
  customer: { id: string; name: string };
  admin: { label: string; name: string; billingEntity: string; isMbeAdmin: boolean };
  reason: string;
  /** The branding's theme with its colours and logo, when the admin may see it. */
  theme: Theme | null;
  startedAt: string;
}

/** Messages between the two tabs (postMessage, same origin only). */
type Message =
  | { type: "portal:impersonation-ready" }
  | { type: "portal:impersonation"; record: ImpersonationRecord };

const READY = "portal:impersonation-ready";
const RECORD = "portal:impersonation";

/**
 * The admin's side. The tab is opened while the click (or Enter) on "Log in" is being handled,
 * the one moment a browser lets a page open a tab unasked; the impersonation arrives later, and
 * is posted to the tab once both it has arrived and the tab said it is listening.
 */
function createHandoff() {
  let pending: { tab: Window; at: number } | null = null;
  const records = new Map<Window, ImpersonationRecord>();
  const ready = new WeakSet<Window>();
  let lastBlocked: ImpersonationRecord | null = null;

  const post = (tab: Window) => {
    const record = records.get(tab);
    if (record && ready.has(tab) && !tab.closed) {
      tab.postMessage({ type: RECORD, record } satisfies Message, location.origin);
      records.delete(tab);
    }
  };
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin || (event.data as Message | null)?.type !== READY) return;
    const tab = event.source as Window | null;
    if (!tab) return;
    ready.add(tab);
    post(tab);
  };
  window.addEventListener("message", onMessage);

  const open = () => window.open(IMPERSONATION_PATH, "_blank");

  return {
    /** At the click: opens the page (once per attempt; a retry reuses the waiting tab). */
    openAtClick() {
      if (pending && !pending.tab.closed) return;
      const tab = open();
      pending = tab ? { tab, at: Date.now() } : null;
    },
    /**
     * The impersonation arrived: to the tab opened at the click, or a new one (the click's
     * permission to open one usually still holds). `false` if the browser blocked the tab.
     */
    deliver(record: ImpersonationRecord): boolean {
      const tab = pending && !pending.tab.closed ? pending.tab : open();
      pending = null;
      if (!tab) {
        lastBlocked = record;
        return false;
      }
      records.set(tab, record);
      post(tab);
      return true;
    },
    /** Opens a blocked impersonation from a click of its own. */
    retryBlocked(): boolean {
      if (!lastBlocked) return false;
      const record = lastBlocked;
      lastBlocked = null;
      const tab = open();
      if (!tab) return false;
      records.set(tab, record);
      post(tab);
      return true;
    },
  };
}

let handoff: ReturnType<typeof createHandoff> | undefined;
/** The page's one handoff (it listens for the impersonation tabs' messages for the page's life). */
export function getHandoff() {
  handoff ??= createHandoff();
  return handoff;
}
const STORE = "portal:impersonation";

/**
 * The impersonation page's side: the record this tab was given (kept in this tab's
 * sessionStorage, so a reload still shows it), or it asks the admin's page (its opener) for it.
 */
export function receiveImpersonation(onRecord: (record: ImpersonationRecord) => void): () => void {
  const saved = sessionStorage.getItem(STORE);
  if (saved) {
    onRecord(JSON.parse(saved) as ImpersonationRecord);
    return () => {};
  }
  const onMessage = (event: MessageEvent) => {
    const data = event.data as Message | null;
    if (event.origin !== location.origin || event.source !== window.opener || data?.type !== RECORD)
      return;
    sessionStorage.setItem(STORE, JSON.stringify(data.record));
    onRecord(data.record);
  };
  window.addEventListener("message", onMessage);
  (window.opener as Window | null)?.postMessage({ type: READY } satisfies Message, location.origin);
  return () => window.removeEventListener("message", onMessage);
}

/** Stop: the token leaves this tab. */
export function forgetImpersonation(): void {
  sessionStorage.removeItem(STORE);
}
