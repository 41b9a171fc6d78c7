"use client";
import { useCustomerKit } from "../provider";

/**
 * Drafts of half-typed forms, kept while their component is unmounted (a dialog closed and
 * opened again in the same page), keyed by form and record: `"configuration:<customerId>"`.
 * Memory by default; with `persist`, mirrored to `sessionStorage` so a reload keeps them too.
 */
export interface DraftStore {
  get<T>(key: string): T | undefined;
  set<T>(key: string, draft: T): void;
  delete(key: string): void;
}

const PREFIX = "customer-kit:draft:";

/** A {@link DraftStore}; `persist` mirrors it to `sessionStorage` where there is one. */
export function createDraftStore({ persist = false }: { persist?: boolean } = {}): DraftStore {
  const memory = new Map<string, unknown>();
  // Looked up on use, never at import: nothing may touch `window` on the server.
  const storage = (): Storage | undefined => {
    if (!persist || typeof sessionStorage === "undefined") return undefined;
    return sessionStorage;
  };
  return {
    get<T>(key: string) {
      if (memory.has(key)) return memory.get(key) as T;
      const stored = storage()?.getItem(PREFIX + key);
      if (stored == null) return undefined;
      try {
        const draft = JSON.parse(stored) as T;
        memory.set(key, draft);
        return draft;
      } catch {
        return undefined;
      }
    },
    set(key, draft) {
      memory.set(key, draft);
      try {
        storage()?.setItem(PREFIX + key, JSON.stringify(draft));
      } catch {
        // Full or forbidden storage (Safari private mode): the draft stays in memory.
      }
    },
    delete(key) {
      memory.delete(key);
      storage()?.removeItem(PREFIX + key);
    },
  };
}

// One store per provider, made on first use: the data hooks never carry this code.
const stores = new WeakMap<object, DraftStore>();

/** The drafts store of the nearest {@link CustomerKitProvider} (its `persistDrafts` decides where they live). */
export function useDrafts(): DraftStore {
  const { scope, persistDrafts } = useCustomerKit();
  let store = stores.get(scope);
  if (!store) {
    store = createDraftStore({ persist: persistDrafts });
    stores.set(scope, store);
  }
  return store;
}
