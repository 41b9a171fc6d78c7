import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useAssetMaxima } from "../hooks/asset-maxima";
import { useCustomer, useCustomers, useCustomerTags, useTagsInUse } from "../hooks/customers";
import { useUnitBalance } from "../hooks/units";
import { useUsers } from "../hooks/users";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { useReplaceAssetMaxima } from "./asset-maxima";
import { useReplaceCustomerTags } from "./tags";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const path = { params: { path: { customerId: NORTHWIND } } };
type Kit = ReturnType<typeof createTestKit>;

/** Another admin replaces the tags on the version it reads now. */
async function anotherAdminTags(kit: Kit, tags: string[]) {
  const { response } = await kit.client.GET("/customers/{customerId}/tags", path);
  await kit.client.PUT("/customers/{customerId}/tags", {
    params: { ...path.params, header: { "If-Match": response.headers.get("ETag") ?? "" } },
    body: { tags },
  });
}

/** Another admin replaces the limits on the version it reads now, keeping the others. */
async function anotherAdminLimits(kit: Kit, change: Record<string, number | string | null>) {
  const { data, response } = await kit.client.GET("/customers/{customerId}/asset-maxima", path);
  await kit.client.PUT("/customers/{customerId}/asset-maxima", {
    params: { ...path.params, header: { "If-Match": response.headers.get("ETag") ?? "" } },
    body: { limits: { ...data.limits, ...change } },
  });
}

describe("useReplaceCustomerTags", () => {
  it("saves the tags, sets the customer's tags in place, refetches tags in use and lists only", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        tags: useCustomerTags(NORTHWIND),
        customer: useCustomer(NORTHWIND),
        inUse: useTagsInUse(),
        list: useCustomers({ tag: "premium" }),
        balance: useUnitBalance(NORTHWIND),
        users: useUsers(NORTHWIND),
        replace: useReplaceCustomerTags(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => {
      const { replace: _, ...queries } = result.current;
      for (const q of Object.values(queries)) expect(q.isSuccess).toBe(true);
    });
    const customerEtag = result.current.customer.etag;
    const tagsEtag = result.current.tags.etag;
    kit.requests.length = 0;
    await act(() => result.current.replace.mutateAsync({ tags: ["eu-west", "gpu", "premium"] }));
    expect(result.current.tags.data?.tags).toEqual(["eu-west", "gpu", "premium"]);
    expect(result.current.tags.etag).not.toBe(tagsEtag);
    expect(result.current.customer.data?.tags).toEqual(["eu-west", "gpu", "premium"]);
    // A tag change leaves the customer's version as it is (an open settings form stays valid).
    expect(result.current.customer.etag).toBe(customerEtag);
    await waitFor(() =>
      expect(result.current.list.data?.items.some((c) => c.id === NORTHWIND)).toBe(true),
    );
    expect([...kit.requests].sort()).toEqual(
      [`PUT /customers/${NORTHWIND}/tags`, "GET /tags", "GET /customers?tag=premium"].sort(),
    );
  });

  it("saves again on the latest version when the tags are what the user started from", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({ tags: useCustomerTags(NORTHWIND), replace: useReplaceCustomerTags(NORTHWIND) }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.tags.isSuccess).toBe(true));
    const start = result.current.tags.data?.tags ?? [];
    // Another admin changes them and back: a new version, the same tags.
    await anotherAdminTags(kit, ["other"]);
    await anotherAdminTags(kit, start);
    await act(() => result.current.replace.mutateAsync({ tags: [...start, "premium"] }));
    expect(result.current.replace.conflict).toBeUndefined();
    expect(kit.sandbox.store.get("customers", NORTHWIND)?.tags).toEqual([...start, "premium"]);
  });

  it("ends with a conflict on tags when another admin changed them too", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({ tags: useCustomerTags(NORTHWIND), replace: useReplaceCustomerTags(NORTHWIND) }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.tags.isSuccess).toBe(true));
    const start = result.current.tags.data?.tags;
    await anotherAdminTags(kit, ["eu-west"]);
    await act(() =>
      result.current.replace.mutateAsync({ tags: ["eu-west", "gpu", "premium"] }).catch(() => {}),
    );
    expect(result.current.replace.conflict?.fields).toEqual([
      { field: "tags", base: start, theirs: ["eu-west"], yours: ["eu-west", "gpu", "premium"] },
    ]);
    expect(kit.sandbox.store.get("customers", NORTHWIND)?.tags).toEqual(["eu-west"]);
    expect(result.current.tags.data?.tags).toEqual(["eu-west"]);
  });
});

describe("useReplaceAssetMaxima", () => {
  /** The maxima and the balance on screen, and the hook. */
  async function renderMaxima(kit: Kit) {
    const view = renderHook(
      () => ({
        maxima: useAssetMaxima(NORTHWIND),
        balance: useUnitBalance(NORTHWIND),
        customer: useCustomer(NORTHWIND),
        replace: useReplaceAssetMaxima(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => {
      expect(view.result.current.maxima.isSuccess).toBe(true);
      expect(view.result.current.balance.isSuccess).toBe(true);
      expect(view.result.current.customer.isSuccess).toBe(true);
    });
    return view;
  }

  it("saves every limit, sets the balance's cutoff in place, and refetches nothing", async () => {
    const kit = createTestKit();
    const { result } = await renderMaxima(kit);
    const limits = result.current.maxima.data?.limits ?? {};
    kit.requests.length = 0;
    await act(() =>
      result.current.replace.mutateAsync({
        limits: { ...limits, MAX_SERVERS: 20, CUTOFF_BALANCE: "-80" },
      }),
    );
    expect(result.current.maxima.data?.limits.MAX_SERVERS).toBe(20);
    expect(result.current.balance.data?.cutoffBalance).toBe("-80.00");
    expect(kit.requests).toEqual([`PUT /customers/${NORTHWIND}/asset-maxima`]);
  });

  it("puts this user's limit onto another admin's newer limits (auto-merge)", async () => {
    const kit = createTestKit();
    const { result } = await renderMaxima(kit);
    const limits = result.current.maxima.data?.limits ?? {};
    await anotherAdminLimits(kit, { MAX_CPUS: 96 });
    await act(() => result.current.replace.mutateAsync({ limits: { ...limits, MAX_SERVERS: 25 } }));
    expect(result.current.replace.conflict).toBeUndefined();
    const stored = kit.sandbox.store.get("customers", NORTHWIND)?.assetMaxima;
    expect(stored?.MAX_CPUS).toBe(96);
    expect(stored?.MAX_SERVERS).toBe(25);
    expect(result.current.maxima.data?.limits.MAX_CPUS).toBe(96);
  });

  it("treats an absent limit as no limit, and conflicts on the one limit both changed", async () => {
    const kit = createTestKit();
    const { result } = await renderMaxima(kit);
    const { MAX_SERVERS: base, ...others } = result.current.maxima.data?.limits ?? {};
    await anotherAdminLimits(kit, { MAX_SERVERS: 5 });
    // The form sends every other limit unchanged and leaves MAX_SERVERS out: "no limit".
    await act(() => result.current.replace.mutateAsync({ limits: others }).catch(() => {}));
    expect(result.current.replace.conflict?.fields).toEqual([
      { field: "limits.MAX_SERVERS", base, theirs: 5, yours: undefined },
    ]);
    expect(kit.sandbox.store.get("customers", NORTHWIND)?.assetMaxima.MAX_SERVERS).toBe(5);
  });
});
