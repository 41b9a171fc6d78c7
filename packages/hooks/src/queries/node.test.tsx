// @vitest-environment node
import { CustomerKitProvider, useCustomer } from "@customer-kit/hooks";
import { customerQueries, prefetchCustomer } from "@customer-kit/hooks/queries";
import { QueryClient } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";

// A server (a Next.js server component, a loader) has no `window` or `document`: both entries
// (imported above, by their public names) must load there, and the hooks must render there from a
// prefetched cache.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

function Name() {
  const customer = useCustomer(NORTHWIND);
  return <h1>{customer.data?.name ?? "loading"}</h1>;
}

it("both entries import in Node without window or document", () => {
  expect(typeof window).toBe("undefined");
  expect(typeof document).toBe("undefined");
  expect(typeof prefetchCustomer).toBe("function");
  expect(typeof customerQueries.detail).toBe("function");
  expect(typeof useCustomer).toBe("function");
});

it("a server prefetches and renders a customer with no window", async () => {
  const kit = createTestKit();
  const queryClient = new QueryClient();
  await prefetchCustomer(queryClient, kit.client, NORTHWIND);
  const html = renderToString(
    <CustomerKitProvider client={kit.client} queryClient={queryClient}>
      <Name />
    </CustomerKitProvider>,
  );
  expect(html).toBe("<h1>Northwind Traders</h1>");
});
