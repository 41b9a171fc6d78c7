import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, SANDBOX_TOKENS } from "../testing/kit";
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

/** Renders a hook in the kit's provider and waits until its query has succeeded. */
async function read<T extends { isSuccess: boolean }>(
  kit: ReturnType<typeof createTestKit>,
  hook: () => T,
) {
  const { result } = renderHook(hook, { wrapper: kit.wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  return result.current;
}

describe("the signed-in admin", () => {
  it("useMe returns /me and what a reseller admin may do", async () => {
    const me = await read(createTestKit(), () => useMe());
    expect(me.data?.admin.name).toBe("Ada Reseller");
    expect(me.data?.billingEntity.name).toBe("Reseller A");
    expect(me.isMbeAdmin).toBe(false);
    expect(me.canFilterByBillingEntity).toBe(false);
  });

  it("useMe says an MBE admin sees every billing entity and may filter by one", async () => {
    const me = await read(createTestKit({ token: SANDBOX_TOKENS.mbeAdmin }), () => useMe());
    expect(me.data?.admin.name).toBe("Morgan Platform");
    expect(me.isMbeAdmin).toBe(true);
    expect(me.canFilterByBillingEntity).toBe(true);
  });

  it("useMe offers nothing before /me has answered", () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useMe(), { wrapper: kit.wrapper });
    expect(result.current.isPending).toBe(true);
    expect(result.current.isMbeAdmin).toBe(false);
    expect(result.current.canFilterByBillingEntity).toBe(false);
  });
});

describe("customers", () => {
  it("useCustomers returns a page of the admin's customers, filtered by search", async () => {
    const kit = createTestKit();
    const page = await read(kit, () => useCustomers({ search: "northwind", limit: 5 }));
    expect(page.data?.items.map((c) => c.name)).toEqual(["Northwind Traders"]);
    expect(page.data?.total).toBe(1);
    expect(kit.requests).toContain("GET /customers?search=northwind&limit=5");
  });

  it("useCustomers sorts and pages as asked", async () => {
    const kit = createTestKit();
    const first = await read(kit, () => useCustomers({ sort: "name", limit: 2 }));
    expect(first.data?.items).toHaveLength(2);
    const names = first.data?.items.map((c) => c.name) ?? [];
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    const cursor = first.data?.nextCursor ?? undefined;
    expect(cursor).toBeTruthy();
    const second = await read(kit, () => useCustomers({ sort: "name", limit: 2, cursor }));
    expect(second.data?.items[0]?.name.localeCompare(names[1] ?? "")).toBeGreaterThan(0);
  });

  it("useCustomer returns the Customer and its ETag", async () => {
    const kit = createTestKit();
    const customer = await read(kit, () => useCustomer(NORTHWIND));
    const direct = await kit.client.GET("/customers/{customerId}", { params: { path } });
    expect(customer.data).toEqual(direct.data);
    expect(customer.data?.name).toBe("Northwind Traders");
    expect(customer.etag).toBe(direct.response.headers.get("ETag"));
    expect(customer.etag).toBeTruthy();
  });

  it("useCustomerTags returns the tags and their ETag", async () => {
    const tags = await read(createTestKit(), () => useCustomerTags(NORTHWIND));
    expect(tags.data?.tags).toEqual(["eu-west", "gpu"]);
    expect(tags.etag).toBeTruthy();
  });

  it("useTagsInUse completes a prefix", async () => {
    const tags = await read(createTestKit(), () => useTagsInUse({ q: "eu" }));
    expect(tags.data?.items.length).toBeGreaterThan(0);
    for (const usage of tags.data?.items ?? []) expect(usage.tag.startsWith("eu")).toBe(true);
  });

  it("useAssetMaxima returns the limits, the usage and their ETag", async () => {
    const maxima = await read(createTestKit(), () => useAssetMaxima(NORTHWIND));
    expect(maxima.data?.limits.MAX_SERVERS).toBe(20);
    expect(maxima.data?.limits.MAX_DISKS).toBeNull();
    expect(maxima.etag).toBeTruthy();
  });
});

describe("units", () => {
  it("useUnitBalance returns the balance as decimal strings", async () => {
    const balance = await read(createTestKit(), () => useUnitBalance(NORTHWIND));
    expect(balance.data?.unitBalance).toBe("543.72");
    expect(balance.data?.paymentType).toBe("PREPAY");
  });

  it("useLedger pages through the ledger by nextCursor", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useLedger(NORTHWIND, { limit: 10 }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.pages[0]?.items).toHaveLength(10);
    expect(result.current.hasNextPage).toBe(true);
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    expect(result.current.data?.pages[1]?.items).toHaveLength(6);
    expect(result.current.hasNextPage).toBe(false);
    const ids = result.current.data?.pages.flatMap((p) => p.items.map((t) => t.id)) ?? [];
    expect(new Set(ids).size).toBe(16);
  });
});

describe("reference data", () => {
  it("useLanguages, useThemes, useProductOffers and useBillingEntities return the contract's lists", async () => {
    const kit = createTestKit();
    const languages = await read(kit, () => useLanguages());
    expect(languages.data?.items.length).toBeGreaterThan(0);
    expect(languages.data).toEqual((await kit.client.GET("/languages")).data);
    const themes = await read(kit, () => useThemes());
    expect(themes.data?.items.map((t) => t.name)).toContain("Ocean");
    const offers = await read(kit, () => useProductOffers({ kind: "UNIT_BUNDLE" }));
    expect(offers.data?.items.length).toBeGreaterThan(0);
    for (const offer of offers.data?.items ?? []) expect(offer.kind).toBe("UNIT_BUNDLE");
    const entities = await read(kit, () => useBillingEntities());
    expect(entities.data?.items.map((b) => b.name)).toContain("Reseller A");
  });

  it("useCustomerThemes and useCustomerProductOffers return what this customer may use", async () => {
    const kit = createTestKit();
    const themes = await read(kit, () => useCustomerThemes(NORTHWIND));
    expect(themes.data).toEqual(
      (await kit.client.GET("/customers/{customerId}/themes", { params: { path } })).data,
    );
    expect(themes.data?.items.length).toBeGreaterThan(0);
    const plans = await read(kit, () =>
      useCustomerProductOffers(NORTHWIND, { kind: "CUSTOMER_PLAN" }),
    );
    expect(plans.data?.items.length).toBeGreaterThan(0);
    for (const offer of plans.data?.items ?? []) expect(offer.kind).toBe("CUSTOMER_PLAN");
  });
});

describe("users and keys", () => {
  it("useUsers lists a customer's users with their ETags; useUser reads one", async () => {
    const kit = createTestKit();
    const users = await read(kit, () => useUsers(NORTHWIND));
    expect(users.data?.items.map((u) => u.name)).toContain("Jane Doe");
    for (const user of users.data?.items ?? []) expect(user.etag).toBeTruthy();
    const jane = await read(kit, () => useUser(NORTHWIND, SANDBOX_IDS.users.northwindAdmin));
    expect(jane.data?.name).toBe("Jane Doe");
    expect(jane.data?.etag).toBeTruthy();
  });

  it("useKeys lists a customer's keys; useKey reads one", async () => {
    const kit = createTestKit();
    const keys = await read(kit, () => useKeys(NORTHWIND));
    expect(keys.data?.items).toHaveLength(4);
    const first = keys.data?.items[0];
    const key = await read(kit, () => useKey(NORTHWIND, first?.id ?? ""));
    expect(key.data).toEqual(first);
  });
});

describe("billing documents and usage", () => {
  it("useStatements, useInvoices and useInvoice return the customer's documents", async () => {
    const kit = createTestKit();
    const statements = await read(kit, () => useStatements(NORTHWIND));
    expect(statements.data?.items).toHaveLength(6);
    const invoices = await read(kit, () => useInvoices(NORTHWIND));
    expect(invoices.data?.items).toHaveLength(6);
    const listed = invoices.data?.items[0];
    const invoice = await read(kit, () => useInvoice(NORTHWIND, listed?.id ?? ""));
    expect(invoice.data?.number).toBe(listed?.number);
    expect(invoice.data?.lines.length).toBeGreaterThan(0);
  });

  it("useCreditNotes and useCreditNote return the customer's credit notes", async () => {
    const kit = createTestKit();
    const notes = await read(kit, () => useCreditNotes(NORTHWIND));
    expect(notes.data?.items).toHaveLength(1);
    const listed = notes.data?.items[0];
    const note = await read(kit, () => useCreditNote(NORTHWIND, listed?.id ?? ""));
    expect(note.data?.number).toBe("RSA-CN-2026-0004");
  });

  it("useUsageReport returns the report of the period asked for", async () => {
    const kit = createTestKit();
    const period = { from: "2026-10-01", to: "2026-10-31", granularity: "DAY" } as const;
    const report = await read(kit, () => useUsageReport(NORTHWIND, period));
    expect(report.data?.from).toBe("2026-10-01");
    expect(report.data?.to).toBe("2026-10-31");
    expect(report.data?.granularity).toBe("DAY");
    expect(report.data).toEqual(
      (await kit.client.GET("/customers/{customerId}/usage", { params: { path, query: period } }))
        .data,
    );
  });
});

describe("cloud resources", () => {
  it("useVdcs and useVdc return the customer's VDCs", async () => {
    const kit = createTestKit();
    const vdcs = await read(kit, () => useVdcs(NORTHWIND));
    expect(vdcs.data?.items.map((v) => v.name)).toContain("Production");
    const production = vdcs.data?.items.find((v) => v.name === "Production");
    const vdc = await read(kit, () => useVdc(NORTHWIND, production?.id ?? ""));
    expect(vdc.data).toEqual(production);
  });

  it("useServers filters by VDC; useServer reads one", async () => {
    const kit = createTestKit();
    const vdcs = (await kit.client.GET("/customers/{customerId}/vdcs", { params: { path } })).data;
    const production = vdcs.items.find((v) => v.name === "Production");
    const servers = await read(kit, () => useServers(NORTHWIND, { vdcId: production?.id }));
    expect(servers.data?.items.map((s) => s.name)).toContain("web-01");
    for (const server of servers.data?.items ?? []) expect(server.vdcId).toBe(production?.id);
    const web01 = servers.data?.items.find((s) => s.name === "web-01");
    const server = await read(kit, () => useServer(NORTHWIND, web01?.id ?? ""));
    expect(server.data).toEqual(web01);
  });

  it("useDisks filters by server; useDisk reads one", async () => {
    const kit = createTestKit();
    const all = await read(kit, () => useDisks(NORTHWIND));
    expect(all.data?.items).toHaveLength(12);
    const first = all.data?.items[0];
    const serverId = first?.serverId ?? undefined;
    const ofServer = await read(kit, () => useDisks(NORTHWIND, { serverId }));
    expect(ofServer.data?.items.length).toBeLessThan(12);
    for (const disk of ofServer.data?.items ?? []) expect(disk.serverId).toBe(serverId);
    const disk = await read(kit, () => useDisk(NORTHWIND, first?.id ?? ""));
    expect(disk.data).toEqual(first);
  });

  it("useJobs filters by status; useRelatedResources pages", async () => {
    const kit = createTestKit();
    const jobs = await read(kit, () => useJobs(NORTHWIND, { status: "SUCCESSFUL" }));
    expect(jobs.data?.items.length).toBeGreaterThan(0);
    for (const job of jobs.data?.items ?? []) expect(job.status).toBe("SUCCESSFUL");
    const related = await read(kit, () => useRelatedResources(NORTHWIND, { limit: 5 }));
    expect(related.data?.items).toHaveLength(5);
    expect(related.data?.items.map((r) => r.name)).toContain("Reseller A");
  });
});

describe("a new customer", () => {
  it("has empty lists: no users, keys, VDCs, servers, disks, invoices or ledger entries", async () => {
    const kit = createTestKit();
    const created = await kit.client.POST("/customers", { body: { name: "Empty Ltd" } });
    const id = created.data.id;
    expect((await read(kit, () => useUsers(id))).data?.items).toEqual([]);
    expect((await read(kit, () => useKeys(id))).data?.items).toEqual([]);
    expect((await read(kit, () => useVdcs(id))).data?.items).toEqual([]);
    expect((await read(kit, () => useServers(id))).data?.items).toEqual([]);
    expect((await read(kit, () => useDisks(id))).data?.items).toEqual([]);
    expect((await read(kit, () => useInvoices(id))).data?.items).toEqual([]);
    expect((await read(kit, () => useCreditNotes(id))).data?.items).toEqual([]);
    expect((await read(kit, () => useStatements(id))).data?.items).toEqual([]);
    const ledger = await read(kit, () => useLedger(id));
    expect(ledger.data?.pages[0]?.items).toEqual([]);
    expect(ledger.hasNextPage).toBe(false);
    expect((await read(kit, () => useUnitBalance(id))).data?.unitBalance).toBe("0.00");
    expect((await read(kit, () => useCustomerTags(id))).data?.tags).toEqual([]);
  });

  it("a search that matches nothing is an empty page", async () => {
    const page = await read(createTestKit(), () => useCustomers({ search: "no such customer" }));
    expect(page.data?.items).toEqual([]);
    expect(page.data?.total).toBe(0);
    expect(page.data?.nextCursor).toBeNull();
  });
});
