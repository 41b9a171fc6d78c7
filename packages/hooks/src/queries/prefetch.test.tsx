import {
  type DehydratedState,
  dehydrate,
  HydrationBoundary,
  QueryClient,
} from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { useCustomer, useCustomers } from "../hooks/customers";
import { useMe } from "../hooks/session";
import { useLedger, useUnitBalance } from "../hooks/units";
import { CustomerKitProvider } from "../provider";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { prefetchCustomer, prefetchCustomers, prefetchUnits } from "./prefetch";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

function Title({ id }: { id: string }) {
  const customer = useCustomer(id);
  const me = useMe();
  return (
    <h1>
      {customer.data ? customer.data.name : "loading"} · {me.data ? me.data.admin.name : "…"}
    </h1>
  );
}

function Units({ id }: { id: string }) {
  const balance = useUnitBalance(id);
  const ledger = useLedger(id);
  return (
    <p>
      {balance.data ? `${balance.data.unitBalance} units` : "loading"},{" "}
      {ledger.data ? `${ledger.data.pages[0]?.items.length} entries` : "loading"}
    </p>
  );
}

function Etag({ id }: { id: string }) {
  const { etag } = useCustomer(id);
  return <p>etag {etag}</p>;
}

function Names() {
  const page = useCustomers({ search: "north" });
  return <ul>{page.data?.items.map((c) => <li key={c.id}>{c.name}</li>) ?? <li>loading</li>}</ul>;
}

/** What a host's browser QueryClient looks like for server rendering (TanStack's advice). */
const browserQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });

/** The dehydrated state as it travels in the page: through JSON. */
const shipped = (queryClient: QueryClient): DehydratedState =>
  JSON.parse(JSON.stringify(dehydrate(queryClient)));

describe("server rendering", () => {
  it("the server's HTML has the customer's name; hydrating it fetches nothing again", async () => {
    const kit = createTestKit();
    // The "server": a QueryClient per request, filled before rendering.
    const serverQueryClient = new QueryClient();
    await prefetchCustomer(serverQueryClient, kit.client, NORTHWIND);
    const ui = (queryClient: QueryClient, state: DehydratedState) => (
      <CustomerKitProvider client={kit.client} queryClient={queryClient}>
        <HydrationBoundary state={state}>
          <Title id={NORTHWIND} />
        </HydrationBoundary>
      </CustomerKitProvider>
    );
    const state = shipped(serverQueryClient);
    const html = renderToString(ui(serverQueryClient, state));
    expect(html).toContain("Northwind Traders");
    expect(html).toContain("Ada Reseller");
    expect([...kit.requests].sort()).toEqual([`GET /customers/${NORTHWIND}`, "GET /me"]);
    const prefetched = kit.requests.length;

    // The "browser": the server's HTML, hydrated with the shipped state into a new QueryClient.
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    render(ui(browserQueryClient(), state), { container, hydrate: true });
    expect(screen.getByRole("heading")).toHaveTextContent("Northwind Traders · Ada Reseller");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(kit.requests).toHaveLength(prefetched);
  });

  it("the versioned detail keeps its ETag through dehydrate and hydrate", async () => {
    const kit = createTestKit();
    const serverQueryClient = new QueryClient();
    await prefetchCustomer(serverQueryClient, kit.client, NORTHWIND);
    const state = shipped(serverQueryClient);
    render(
      <CustomerKitProvider client={kit.client} queryClient={browserQueryClient()}>
        <HydrationBoundary state={state}>
          <Etag id={NORTHWIND} />
        </HydrationBoundary>
      </CustomerKitProvider>,
    );
    const direct = await kit.client.GET("/customers/{customerId}", {
      params: { path: { customerId: NORTHWIND } },
    });
    expect(screen.getByText(/^etag/)).toHaveTextContent(
      `etag ${direct.response.headers.get("ETag")}`,
    );
  });

  it("prefetchCustomers and prefetchUnits fill the list, the balance and the ledger's first page", async () => {
    const kit = createTestKit();
    const serverQueryClient = new QueryClient();
    await Promise.all([
      prefetchCustomers(serverQueryClient, kit.client, { search: "north" }),
      prefetchUnits(serverQueryClient, kit.client, NORTHWIND),
    ]);
    const prefetched = kit.requests.length;
    expect(prefetched).toBe(4); // /me, the list, the balance, the ledger
    const state = shipped(serverQueryClient);
    render(
      <CustomerKitProvider client={kit.client} queryClient={browserQueryClient()}>
        <HydrationBoundary state={state}>
          <Names />
          <Units id={NORTHWIND} />
        </HydrationBoundary>
      </CustomerKitProvider>,
    );
    expect(screen.getByRole("listitem")).toHaveTextContent("Northwind Traders");
    expect(screen.getByText(/units/)).toHaveTextContent("543.72 units, 16 entries");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(kit.requests).toHaveLength(prefetched);
  });

  it("a prefetch that fails leaves the read to the browser and does not throw", async () => {
    const kit = createTestKit({ faults: { status: { getCustomer: 500 } } });
    const serverQueryClient = new QueryClient();
    await expect(
      prefetchCustomer(serverQueryClient, kit.client, NORTHWIND),
    ).resolves.toBeUndefined();
    const state = shipped(serverQueryClient);
    // Failed queries are not dehydrated (TanStack's default), so the browser reads it again.
    expect(state.queries.map((q) => q.queryKey.at(-1))).toEqual(["me"]);
  });
});
