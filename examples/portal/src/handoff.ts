import type { Impersonation, Theme } from "@customer-kit/client";
import { impersonationHref } from "./route";

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

/**
 * The two pages talk on one same-origin channel: the impersonation page says `ready <id>` for the
 * handoff id in its URL, and the admin page that made that id answers once with the record. A
 * BroadcastChannel needs no window reference, so the kit's tab may have no `opener` (it has none).
 */
export const CHANNEL = "portal:impersonation";
type Message =
  | { type: "ready"; id: string }
  | { type: "record"; id: string; record: ImpersonationRecord };

/** How long an offered record waits for its page before the admin page forgets it (and its token). */
const OFFER_MS = 60_000;

/** A one-time handoff id: 128 random bits, hex. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

let offers: Map<string, ImpersonationRecord> | undefined;

/**
 * The admin's side: keeps `record` for the page that will ask for it, and returns the URL of that
 * page (`/impersonation#h=<id>`: the id only, never the token). The record is answered once, to
 * the first `ready` with its id, and forgotten after a minute if nobody asks.
 */
export function offerImpersonation(record: ImpersonationRecord): string {
  if (!offers) {
    const waiting = new Map<string, ImpersonationRecord>();
    offers = waiting;
    // Listens for the page's life: a page may ask after the dialog (or the admin's page) changed.
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.type !== "ready") return;
      const offered = waiting.get(message.id);
      if (!offered) return;
      waiting.delete(message.id);
      channel.postMessage({ type: "record", id: message.id, record: offered } satisfies Message);
    };
  }
  const id = newId();
  const waiting = offers;
  waiting.set(id, record);
  setTimeout(() => waiting.delete(id), OFFER_MS);
  return impersonationHref(id);
}

const STORE = "portal:impersonation";
const HANDOFF = /^#h=([0-9a-f]{32})$/;

/** The handoff id in this page's URL (`#h=<id>`), if any. */
export function handoffId(hash = location.hash): string | null {
  return HANDOFF.exec(hash)?.[1] ?? null;
}

/** The impersonation this tab keeps (a reload still shows it), if any. */
export function storedImpersonation(): ImpersonationRecord | null {
  const saved = sessionStorage.getItem(STORE);
  return saved ? (JSON.parse(saved) as ImpersonationRecord) : null;
}

let receiving: Promise<ImpersonationRecord | null> | undefined;

/**
 * The impersonation page's side. With a handoff id in the URL: asks for the record on the channel,
 * keeps it in this tab's sessionStorage and takes the id out of the URL (`history.replaceState`);
 * without one, the record this tab already keeps. Resolves `null` when there is none, or when no
 * admin page answered within `waitMs`. Runs once per page, however often it is called.
 */
export function receiveImpersonation(waitMs: number): Promise<ImpersonationRecord | null> {
  receiving ??= new Promise((resolve) => {
    const id = handoffId();
    // A fresh handoff wins over what this tab kept (a tab opened from the admin's one starts
    // with a copy of its sessionStorage).
    if (!id) return resolve(storedImpersonation());
    const channel = new BroadcastChannel(CHANNEL);
    const done = (record: ImpersonationRecord | null) => {
      clearTimeout(timer);
      channel.close();
      if (record) {
        sessionStorage.setItem(STORE, JSON.stringify(record));
        // The id has served its one use; a reload reads sessionStorage.
        history.replaceState(history.state, "", location.pathname + location.search);
      }
      resolve(record);
    };
    const timer = setTimeout(() => done(null), waitMs);
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.type === "record" && message.id === id) done(message.record);
    };
    channel.postMessage({ type: "ready", id } satisfies Message);
  });
  return receiving;
}

/** Stop: the token leaves this tab. */
export function forgetImpersonation(): void {
  sessionStorage.removeItem(STORE);
}
