// @vitest-environment node
/**
 * Every component renders on a server: `renderToString` in Node, where there is no `window` or
 * `document`, so a component that reaches for either while rendering throws here. (Hydration
 * without warnings is the next step: issue 9.)
 */
import { createCustomerKitClient } from "@customer-kit/client";
import { QueryClient } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import * as kit from "./index";
import { CustomerKitProvider } from "./provider/CustomerKitProvider";

const CUSTOMER = "3f1c0000-0000-4000-8000-000000000001";

/** Every exported component that takes a customer, by name. */
const PANELS = Object.entries(kit).filter(
  ([name, value]) =>
    /^[A-Z]/.test(name) && typeof value === "function" && name !== "CustomerKitProvider",
) as [string, ComponentType<{ customerId: string; defaultOpen?: boolean }>][];

function html(Component: ComponentType<{ customerId: string; defaultOpen?: boolean }>) {
  // A client that is never called: on the server the queries only start, they do not fetch.
  const client = createCustomerKitClient({
    baseUrl: "http://api.test/api/v1",
    getToken: () => "token",
    fetch: () => Promise.reject(new Error("no requests while rendering on the server")),
  });
  return renderToString(
    <CustomerKitProvider client={client} queryClient={new QueryClient()}>
      <Component customerId={CUSTOMER} defaultOpen />
    </CustomerKitProvider>,
  );
}

describe("server rendering", () => {
  it("runs where there is no window", () => {
    expect(typeof window).toBe("undefined");
    expect(PANELS.length).toBeGreaterThan(15);
  });

  for (const [name, Component] of PANELS) {
    it(`${name} renders to a string without touching window or document`, () => {
      const out = html(Component);
      expect(typeof out).toBe("string");
      // The kit's root attributes are there, so the tokens apply before hydration; no style attributes.
      if (name !== "CustomerDialog") expect(out).toContain("data-ck-root");
      expect(out).not.toMatch(/\sstyle="/);
    });
  }
});
