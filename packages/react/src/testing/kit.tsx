/**
 * The components' test kit: the hooks' kit (the sandbox's own MSW handlers, a real client, a
 * request log) with this package's provider, so components get their messages and locale.
 */
import {
  BASE_URL,
  createTestKit as createHooksKit,
  SANDBOX_IDS,
  SANDBOX_TOKENS,
  type TestKit,
  type TestKitOptions,
} from "@customer-kit/hooks/testing";
import {
  CustomerKitProvider,
  type CustomerKitProviderProps,
} from "../provider/CustomerKitProvider";

export { BASE_URL, SANDBOX_IDS, SANDBOX_TOKENS, type TestKit };

export interface ComponentKitOptions extends TestKitOptions {
  /** The provider's locale. @default "en" */
  locale?: string;
  /** The provider's messages. @default English */
  messages?: CustomerKitProviderProps["messages"];
}

/** A sandbox, a client and a provider for one test (see the hooks' kit for the rest). */
export function createTestKit({ locale, messages, ...options }: ComponentKitOptions = {}): TestKit {
  const kit = createHooksKit(options);
  return {
    ...kit,
    wrapper: ({ children }) => (
      <CustomerKitProvider
        client={kit.client}
        queryClient={kit.queryClient}
        {...(locale && { locale })}
        {...(messages && { messages })}
      >
        {children}
      </CustomerKitProvider>
    ),
  };
}
