/**
 * Every story runs on the sandbox's own MSW handlers (no second mock), stateful for the life of the
 * story: a credit made in a story shows in its ledger. Before each story the sandbox goes back to
 * its seed, and the story's `parameters.kit` says whose token, which faults, which operations hang
 * (loading states), which locale and scheme.
 */
import { createCustomerKitClient } from "@customer-kit/client";
import { type ColorScheme, CustomerKitProvider } from "@customer-kit/react";
import de from "@customer-kit/react/locales/de";
import en from "@customer-kit/react/locales/en";
import es from "@customer-kit/react/locales/es";
import fr from "@customer-kit/react/locales/fr";
import ru from "@customer-kit/react/locales/ru";
import {
  OPERATIONS,
  type OperationId,
  SANDBOX_IDS,
  SANDBOX_TOKENS,
  type SandboxFaults,
} from "@customer-kit/sandbox";
import { createSandbox } from "@customer-kit/sandbox/msw";
import type { Decorator, Loader } from "@storybook/react-vite";
import { QueryClient } from "@tanstack/react-query";
import { delay, http, type RequestHandler } from "msw";
import { useState } from "react";

export { SANDBOX_IDS, SANDBOX_TOKENS };

/** The API base the stories' client calls (same origin: MSW's worker answers it). */
export const API_BASE = "/api/v1";

const sandbox = createSandbox({ baseUrl: API_BASE });
const LOCALES = { en, de, fr, es, ru };
export type StoryLocale = keyof typeof LOCALES;

/** What a story may say about the API and the page around it: `parameters: { kit: { … } }`. */
export interface KitParameters {
  /** Whose token the client sends. @default SANDBOX_TOKENS.resellerAAdmin */
  token?: string;
  /** Failures the sandbox injects (see `SandboxFaults`). */
  faults?: SandboxFaults;
  /** Operations that never answer, for loading states. */
  pending?: OperationId[];
  /** The locale, over the toolbar's. */
  locale?: StoryLocale;
  /** The scheme, over the toolbar's. */
  scheme?: ColorScheme;
  /** Frame the story 360 px wide. @default false */
  narrow?: boolean;
  /** Put the story on a card (panels); dialogs bring their own. @default true */
  card?: boolean;
  /** Changes to the seeded data before the story renders. */
  arrange?: (s: typeof sandbox) => void;
}

const relative = (url: string) => new URL(url).pathname.replace(/^.*?\/api\/v1/, "");

/** Resets the sandbox and puts its handlers (after the story's hanging ones) in MSW's hands. */
export const kitLoader: Loader = async (context) => {
  const kit = (context.parameters.kit ?? {}) as KitParameters;
  sandbox.reset();
  sandbox.setFaults(kit.faults);
  kit.arrange?.(sandbox);
  const pending = new Set(kit.pending ?? []);
  const hang: RequestHandler[] = pending.size
    ? [
        http.all(`*${API_BASE}/*`, async ({ request }) => {
          const path = relative(request.url);
          const method = request.method.toLowerCase();
          const op = OPERATIONS.find((o) => o.method === method && o.pattern.test(path));
          if (op && pending.has(op.operationId)) await delay("infinite");
          // Anything else falls through to the sandbox.
        }),
      ]
    : [];
  context.parameters.msw = { handlers: [...hang, ...sandbox.handlers] };
  return {};
};

function KitFrame({
  kit,
  locale,
  scheme,
  children,
}: {
  kit: KitParameters;
  locale: StoryLocale;
  scheme: ColorScheme;
  children: React.ReactNode;
}) {
  // One client and one cache per story: nothing cached leaks from one story into the next.
  const [state] = useState(() => ({
    client: createCustomerKitClient({
      baseUrl: API_BASE,
      getToken: () => kit.token ?? SANDBOX_TOKENS.resellerAAdmin,
      retry: false,
    }),
    queryClient: new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
  }));
  return (
    <CustomerKitProvider
      client={state.client}
      queryClient={state.queryClient}
      locale={locale}
      messages={LOCALES[locale]}
      colorScheme={scheme}
    >
      <div
        data-ck-root=""
        data-ck-scheme={scheme}
        data-story-frame=""
        data-width={kit.narrow ? "narrow" : "wide"}
        lang={locale}
      >
        {kit.card === false ? children : <div data-story-card="">{children}</div>}
      </div>
    </CustomerKitProvider>
  );
}

/** Wraps every story in the provider, with the story's (or the toolbar's) locale and scheme. */
export const kitDecorator: Decorator = (Story, context) => {
  const kit = (context.parameters.kit ?? {}) as KitParameters;
  const locale = kit.locale ?? (context.globals.locale as StoryLocale) ?? "en";
  const scheme = kit.scheme ?? (context.globals.scheme as ColorScheme) ?? "light";
  return (
    <KitFrame key={context.id} kit={kit} locale={locale} scheme={scheme}>
      <Story />
    </KitFrame>
  );
};

// `parameters.kit` typed in every story (as msw-storybook-addon types `parameters.msw`).
declare module "storybook/internal/csf" {
  interface Parameters {
    kit?: KitParameters;
  }
}
