import { type CustomerKitError, isCustomerKitError, MAX_ATTEMPTS } from "@customer-kit/client";
import type { OperationId } from "@customer-kit/sandbox";
import { QueryClient, type UseQueryResult } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { CustomerKitProvider } from "../provider";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { useKey, useKeys } from "./access-keys";
import { useAssetMaxima } from "./asset-maxima";
import { useCreditNote, useCreditNotes, useInvoice, useInvoices, useStatements } from "./billing";
import { useCustomer, useCustomers, useCustomerTags, useTagsInUse } from "./customers";
import {
  useBillingEntities,
  useCustomerProductOffers,
  useCustomerThemes,
  useLanguages,
  useProductOffers,
  useThemes,
} from "./reference";
import {
  useDisk,
  useDisks,
  useJobs,
  useRelatedResources,
  useServer,
  useServers,
  useVdc,
  useVdcs,
} from "./resources";
import { useMe } from "./session";
import { useLedger, useUnitBalance } from "./units";
import { useUsageReport } from "./usage";
import { useUser, useUsers } from "./users";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const path = { customerId: NORTHWIND };
type Ids = Record<"invoice" | "creditNote" | "vdc" | "server" | "disk" | "key", string>;
type Read = Pick<UseQueryResult, "isSuccess" | "isError" | "error" | "data" | "refetch">;

// Every read hook, with the operation it calls (the sandbox's fault table is keyed by it).
const READS: [OperationId, (ids: Ids) => Read][] = [
  ["getMe", () => useMe()],
  ["listCustomers", () => useCustomers({ limit: 5 })],
  ["getCustomer", () => useCustomer(NORTHWIND)],
  ["getCustomerTags", () => useCustomerTags(NORTHWIND)],
  ["listTags", () => useTagsInUse()],
  ["getAssetMaxima", () => useAssetMaxima(NORTHWIND)],
  ["getUnitBalance", () => useUnitBalance(NORTHWIND)],
  ["listUnitTransactions", () => useLedger(NORTHWIND)],
  ["listCustomerProductOffers", () => useCustomerProductOffers(NORTHWIND)],
  ["listCustomerThemes", () => useCustomerThemes(NORTHWIND)],
  ["listThemes", () => useThemes()],
  ["listProductOffers", () => useProductOffers()],
  ["listBillingEntities", () => useBillingEntities()],
  ["listLanguages", () => useLanguages()],
  ["listUsers", () => useUsers(NORTHWIND)],
  ["getUser", () => useUser(NORTHWIND, SANDBOX_IDS.users.northwindAdmin)],
  ["listStatements", () => useStatements(NORTHWIND)],
  ["listInvoices", () => useInvoices(NORTHWIND)],
  ["getInvoice", (ids) => useInvoice(NORTHWIND, ids.invoice)],
  ["listCreditNotes", () => useCreditNotes(NORTHWIND)],
  ["getCreditNote", (ids) => useCreditNote(NORTHWIND, ids.creditNote)],
  ["getUsageReport", () => useUsageReport(NORTHWIND, { from: "2026-10-01", to: "2026-10-31" })],
  ["listVdcs", () => useVdcs(NORTHWIND)],
  ["getVdc", (ids) => useVdc(NORTHWIND, ids.vdc)],
  ["listServers", () => useServers(NORTHWIND)],
  ["getServer", (ids) => useServer(NORTHWIND, ids.server)],
  ["listDisks", () => useDisks(NORTHWIND)],
  ["getDisk", (ids) => useDisk(NORTHWIND, ids.disk)],
  ["listJobs", () => useJobs(NORTHWIND)],
  ["listRelatedResources", () => useRelatedResources(NORTHWIND)],
  ["listKeys", () => useKeys(NORTHWIND)],
  ["getKey", (ids) => useKey(NORTHWIND, ids.key)],
];

async function seededIds(kit: ReturnType<typeof createTestKit>): Promise<Ids> {
  const params = { params: { path } };
  const first = <T extends { id: string }>(page: { items: T[] }) => page.items[0]?.id ?? "";
  return {
    invoice: first((await kit.client.GET("/customers/{customerId}/invoices", params)).data),
    creditNote: first((await kit.client.GET("/customers/{customerId}/credit-notes", params)).data),
    vdc: first((await kit.client.GET("/customers/{customerId}/vdcs", params)).data),
    server: first((await kit.client.GET("/customers/{customerId}/servers", params)).data),
    disk: first((await kit.client.GET("/customers/{customerId}/disks", params)).data),
    key: first((await kit.client.GET("/customers/{customerId}/keys", params)).data),
  };
}

describe("a failing read", () => {
  it("every read hook shows the error, and refetch() recovers once the fault is lifted", async () => {
    const kit = createTestKit();
    const ids = await seededIds(kit);
    for (const [operation, hook] of READS) {
      kit.sandbox.setFaults({ status: { [operation]: 500 } });
      const { result, unmount } = renderHook(() => hook(ids), { wrapper: kit.wrapper });
      await waitFor(() => expect(result.current.isError, operation).toBe(true));
      const error = result.current.error as CustomerKitError;
      expect(isCustomerKitError(error), operation).toBe(true);
      expect(error.status, operation).toBe(500);
      expect(result.current.data, operation).toBeUndefined();

      kit.sandbox.setFaults(undefined);
      await act(() => result.current.refetch());
      await waitFor(() => expect(result.current.isSuccess, operation).toBe(true));
      expect(result.current.data, operation).toBeDefined();
      unmount();
    }
  });

  it("a versioned read keeps no ETag while it fails, and has the new one after the retry", async () => {
    const kit = createTestKit({ faults: { status: { getCustomer: 500 } } });
    const { result } = renderHook(() => useCustomer(NORTHWIND), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.etag).toBeUndefined();
    expect((result.current.error as CustomerKitError).status).toBe(500);
    kit.sandbox.setFaults(undefined);
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.data?.name).toBe("Northwind Traders"));
    expect(result.current.etag).toBeTruthy();
  });

  it("offline: the error is a network error, and a retry after reconnecting succeeds", async () => {
    const kit = createTestKit({ faults: { offline: true } });
    const { result } = renderHook(() => useUnitBalance(NORTHWIND), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    const error = result.current.error as CustomerKitError;
    expect(error.kind).toBe("network");
    expect(error.status).toBe(0);

    kit.sandbox.setFaults(undefined);
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.data?.unitBalance).toBe("543.72"));
  });

  it("offline, the ledger shows the error and loads its first page after reconnecting", async () => {
    const kit = createTestKit({ faults: { offline: true } });
    const { result } = renderHook(() => useLedger(NORTHWIND), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect((result.current.error as CustomerKitError).kind).toBe("network");
    kit.sandbox.setFaults(undefined);
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.data?.pages[0]?.items).toHaveLength(16));
  });
});

describe("one retry policy", () => {
  it(`a read that keeps failing with 503 makes at most ${MAX_ATTEMPTS} attempts in all`, async () => {
    const kit = createTestKit({
      faults: { status: { getCustomer: 503 } },
    });
    const { result } = renderHook(() => useCustomer(NORTHWIND), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 8000 });
    expect(kit.count("GET", `/customers/${NORTHWIND}`)).toBe(MAX_ATTEMPTS);
  }, 10_000);

  it("holds under a host QueryClient with TanStack's defaults (3 retries of its own)", async () => {
    const kit = createTestKit({
      faults: { status: { getUnitBalance: 503 } },
    });
    const host = new QueryClient(); // retry: 3 by default; the kit's queries override it
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CustomerKitProvider client={kit.client} queryClient={host}>
        {children}
      </CustomerKitProvider>
    );
    const { result } = renderHook(() => useUnitBalance(NORTHWIND), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 8000 });
    expect(kit.count("GET", `/customers/${NORTHWIND}/units`)).toBe(MAX_ATTEMPTS);
    expect(result.current.failureCount).toBe(1);
  }, 10_000);

  it("the infinite ledger follows the same policy", async () => {
    const kit = createTestKit({
      faults: { status: { listUnitTransactions: 503 } },
    });
    const host = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CustomerKitProvider client={kit.client} queryClient={host}>
        {children}
      </CustomerKitProvider>
    );
    const { result } = renderHook(() => useLedger(NORTHWIND), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 8000 });
    expect(kit.count("GET", `/customers/${NORTHWIND}/unit-transactions`)).toBe(MAX_ATTEMPTS);
  }, 10_000);

  it(`offline, a read makes ${MAX_ATTEMPTS} attempts (the client's) and no more`, async () => {
    const kit = createTestKit({ faults: { offline: true } });
    const { result } = renderHook(() => useStatements(NORTHWIND), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(kit.count("GET", `/customers/${NORTHWIND}/statements`)).toBe(MAX_ATTEMPTS);
  });

  it("an answer not worth retrying (404) is one attempt", async () => {
    const kit = createTestKit();
    const missing = "00000000-0000-4000-8000-000000000000";
    const { result } = renderHook(() => useCustomer(missing), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect((result.current.error as CustomerKitError).status).toBe(404);
    expect(kit.count("GET", `/customers/${missing}`)).toBe(1);
  });
});
