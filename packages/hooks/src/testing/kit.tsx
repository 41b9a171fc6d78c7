/**
 * The hooks' test kit: the sandbox's own MSW handlers (no second mock), a real
 * `@customer-kit/client` on them, a fresh QueryClient, and a log of every request that reached
 * the network, so tests can count fetches. Not part of the package's entries.
 */
import { type CustomerKitClient, createCustomerKitClient } from "@customer-kit/client";
import { SANDBOX_IDS, SANDBOX_TOKENS } from "@customer-kit/sandbox";
import { createSandbox, type Sandbox, type SandboxOptions } from "@customer-kit/sandbox/msw";
import { QueryClient } from "@tanstack/react-query";
import { setupServer } from "msw/node";
import type { ReactNode } from "react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { CustomerKitProvider } from "../provider";

export { SANDBOX_IDS, SANDBOX_TOKENS };

export const BASE_URL = "http://sandbox.test/api/v1";

// One MSW server per test file; each kit puts its own sandbox's handlers in place.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

export interface TestKitOptions extends Omit<SandboxOptions, "baseUrl"> {
  /** Whose token the client sends. @default SANDBOX_TOKENS.resellerAAdmin */
  token?: string;
  /** Options of the client (`retry`, `timeoutMs`). @default { retry: { retries: 2, baseDelayMs: 1 } } */
  client?: Partial<Parameters<typeof createCustomerKitClient>[0]>;
}

export interface TestKit {
  sandbox: Sandbox;
  client: CustomerKitClient;
  queryClient: QueryClient;
  /** `"GET /customers/…"` for each request that reached the sandbox, in order (paths relative to the API base, with the query). */
  requests: string[];
  /** How many requests matched `method` and `path` (a string is an exact path without query; a RegExp tests "METHOD path?query"). */
  count(method: string, path: string | RegExp): number;
  /** Wraps a tree in the provider with this kit's client and QueryClient. */
  wrapper: (props: { children: ReactNode }) => ReactNode;
}

export function createTestKit(options: TestKitOptions = {}): TestKit {
  const {
    token = SANDBOX_TOKENS.resellerAAdmin,
    client: clientOptions,
    ...sandboxOptions
  } = options;
  const sandbox = createSandbox({ ...sandboxOptions, baseUrl: BASE_URL });
  server.resetHandlers(...sandbox.handlers);
  const requests: string[] = [];
  server.events.removeAllListeners("request:start");
  server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname.replace("/api/v1", "")}${url.search}`);
  });
  const client = createCustomerKitClient({
    baseUrl: BASE_URL,
    getToken: () => token,
    retry: { retries: 2, baseDelayMs: 1 },
    ...clientOptions,
  });
  // The kit's own defaults: no garbage collection during a test, nothing retried by TanStack
  // (the client is the one layer that retries).
  const queryClient = new QueryClient({
    defaultOptions: { queries: { gcTime: Number.POSITIVE_INFINITY, retry: false } },
  });
  return {
    sandbox,
    client,
    queryClient,
    requests,
    count(method, path) {
      return requests.filter((line) => {
        if (typeof path === "string") return line.split("?")[0] === `${method} ${path}`;
        return line.startsWith(`${method} `) && path.test(line);
      }).length;
    },
    wrapper: ({ children }) => (
      <CustomerKitProvider client={client} queryClient={queryClient}>
        {children}
      </CustomerKitProvider>
    ),
  };
}
