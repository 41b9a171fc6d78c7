/**
 * An element's view of the page's one client: the same client (its auth, retries, middleware),
 * with each call's outcome reported by the element that made it. Hooks take the client from the
 * provider, so a write the user starts in `<ck-units-panel>` goes through that element's view,
 * and `ck-saved` / `ck-error` come from the element the user was in, with no guessing by focus.
 * A read shared by two elements is fetched once (one cache) by whichever asked first; its error,
 * if any, comes from that element.
 */
import type { CustomerKitClient } from "@customer-kit/client";

const METHODS = new Set(["GET", "PUT", "POST", "DELETE", "PATCH"]);

/** What the view tells its element about each call. */
export interface CallReport {
  /** The contract's method and path: `POST /customers/{customerId}/unit-transactions`. */
  operation: string;
  /** The `customerId` path parameter, when the path has one. */
  customerId: string | undefined;
}

export interface ClientViewHandlers {
  onWrite(report: CallReport): void;
  onError(report: CallReport & { error: unknown }): void;
}

export function clientView(
  client: CustomerKitClient,
  handlers: ClientViewHandlers,
): CustomerKitClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key !== "string" || !METHODS.has(key) || typeof value !== "function") return value;
      return async (path: string, init?: { params?: { path?: { customerId?: string } } }) => {
        const report: CallReport = {
          operation: `${key} ${path}`,
          customerId: init?.params?.path?.customerId,
        };
        try {
          const result = await value.call(target, path, init);
          if (key !== "GET") handlers.onWrite(report);
          return result;
        } catch (error) {
          // An aborted read (TanStack cancels a query nobody needs any more) is no error to report.
          if (!(error instanceof DOMException && error.name === "AbortError")) {
            handlers.onError({ ...report, error });
          }
          throw error;
        }
      };
    },
  });
}
