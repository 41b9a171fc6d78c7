import { isCustomerKitError } from "@customer-kit/client";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useCustomer, useCustomers, useCustomerTags, useTagsInUse } from "../hooks/customers";
import { useJobs, useRelatedResources } from "../hooks/resources";
import { useUnitBalance } from "../hooks/units";
import { useUsers } from "../hooks/users";
import { kitKeys } from "../queries/keys";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import {
  useCreateCustomer,
  useCreateSimilarCustomer,
  useDeleteCustomer,
  useImpersonateCustomer,
  useUpdateCustomer,
} from "./customers";
import { ConflictError } from "./versioned";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const path = { params: { path: { customerId: NORTHWIND } } };

type Kit = ReturnType<typeof createTestKit>;

/** What another admin does meanwhile: a raw PATCH on the version it reads now. */
async function anotherAdminPatches(kit: Kit, body: Record<string, unknown>) {
  const { response } = await kit.client.GET("/customers/{customerId}", path);
  await kit.client.PATCH("/customers/{customerId}", {
    params: { ...path.params, header: { "If-Match": response.headers.get("ETag") ?? "" } },
    body,
  });
}

/** The customer's detail on screen, and the hook under test. */
async function renderEdit(kit: Kit) {
  const view = renderHook(
    () => ({ customer: useCustomer(NORTHWIND), update: useUpdateCustomer(NORTHWIND) }),
    { wrapper: kit.wrapper },
  );
  await waitFor(() => expect(view.result.current.customer.isSuccess).toBe(true));
  return view;
}

describe("useUpdateCustomer", () => {
  it("saves with If-Match and shows the answer with its new ETag, without reading it again", async () => {
    const kit = createTestKit();
    const { result } = await renderEdit(kit);
    const etag = result.current.customer.etag;
    kit.requests.length = 0;
    await act(() => result.current.update.mutateAsync({ name: "Northwind Traders Ltd" }));
    expect(result.current.customer.data?.name).toBe("Northwind Traders Ltd");
    expect(result.current.customer.etag).not.toBe(etag);
    expect(kit.sandbox.store.get("customers", NORTHWIND)?.name).toBe("Northwind Traders Ltd");
    expect(kit.count("GET", `/customers/${NORTHWIND}`)).toBe(0);
  });

  it("refetches the lists and the jobs, sets the balance's warn level in place, and nothing else", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        customer: useCustomer(NORTHWIND),
        list: useCustomers(),
        jobs: useJobs(NORTHWIND),
        balance: useUnitBalance(NORTHWIND),
        tags: useCustomerTags(NORTHWIND),
        users: useUsers(NORTHWIND),
        related: useRelatedResources(NORTHWIND),
        tagsInUse: useTagsInUse(),
        update: useUpdateCustomer(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => {
      const { update: _, ...queries } = result.current;
      for (const q of Object.values(queries)) expect(q.isSuccess).toBe(true);
    });
    kit.requests.length = 0;
    await act(() =>
      result.current.update.mutateAsync({
        name: "Northwind Traders Ltd",
        configuration: { unitWarnLevel: "75.00" },
      }),
    );
    expect(result.current.balance.data?.unitWarnLevel).toBe("75.00");
    expect(result.current.list.data?.items.find((c) => c.id === NORTHWIND)?.name).toBe(
      "Northwind Traders Ltd",
    );
    expect(result.current.jobs.data?.items[0]?.type).toBe("MODIFY_CUSTOMER");
    expect([...kit.requests].sort()).toEqual(
      [
        `PATCH /customers/${NORTHWIND}`,
        "GET /customers",
        `GET /customers/${NORTHWIND}/jobs`,
      ].sort(),
    );
  });

  it("refetches the users when the default language changes (their effective language follows)", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        customer: useCustomer(NORTHWIND),
        users: useUsers(NORTHWIND),
        update: useUpdateCustomer(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.users.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.customer.isSuccess).toBe(true));
    await act(() => result.current.update.mutateAsync({ defaultLanguage: "fr" }));
    await waitFor(() =>
      expect(
        result.current.users.data?.items.find((u) => u.id === SANDBOX_IDS.users.northwindAdmin)
          ?.effectiveLanguage,
      ).toBe("fr"),
    );
  });

  it("merges without asking when another admin changed other fields meanwhile", async () => {
    const kit = createTestKit();
    const { result } = await renderEdit(kit);
    const startedFrom = result.current.customer.etag;
    await anotherAdminPatches(kit, { name: "Renamed by Bertrand" });
    await act(() =>
      result.current.update.mutateAsync({ configuration: { address: { town: "Leeds" } } }),
    );
    expect(result.current.update.conflict).toBeUndefined();
    const stored = kit.sandbox.store.get("customers", NORTHWIND);
    expect(stored?.name).toBe("Renamed by Bertrand");
    expect(stored?.configuration.address.town).toBe("Leeds");
    expect(result.current.customer.data?.name).toBe("Renamed by Bertrand");
    expect(result.current.customer.data?.configuration.address.town).toBe("Leeds");
    expect(result.current.customer.etag).not.toBe(startedFrom);
    // The stale PATCH, the re-read, the PATCH on the latest version.
    expect(kit.count("PATCH", `/customers/${NORTHWIND}`)).toBe(3); // 1 theirs + 2 ours
  });

  it("ends with a typed conflict when another admin changed the same field, and overwrites nothing", async () => {
    const kit = createTestKit();
    const { result } = await renderEdit(kit);
    const base = result.current.customer.data?.configuration.address.town;
    await anotherAdminPatches(kit, { configuration: { address: { town: "York" } } });
    let thrown: unknown;
    await act(async () => {
      try {
        await result.current.update.mutateAsync({
          name: "Northwind Traders Ltd",
          configuration: { address: { town: "Leeds" } },
        });
      } catch (error) {
        thrown = error;
      }
    });
    expect(thrown).toBeInstanceOf(ConflictError);
    expect(result.current.update.conflict?.fields).toEqual([
      { field: "configuration.address.town", base, theirs: "York", yours: "Leeds" },
    ]);
    expect(result.current.update.conflict?.latest.value.configuration.address.town).toBe("York");
    const stored = kit.sandbox.store.get("customers", NORTHWIND);
    expect(stored?.configuration.address.town).toBe("York");
    expect(stored?.name).toBe("Northwind Traders");
    // The cache shows theirs now: the form keeps yours.
    expect(result.current.customer.data?.configuration.address.town).toBe("York");
  });

  it("uses the base the form passes, so a refetch in between does not hide their change", async () => {
    const kit = createTestKit();
    const first = await renderEdit(kit);
    const base = first.result.current.customer.data;
    const etag = first.result.current.customer.etag;
    if (!base || !etag) throw new Error("read");
    await anotherAdminPatches(kit, { name: "Renamed by Bertrand" });
    // The detail refetches (a window focus, say) before the user saves.
    await act(() =>
      kit.queryClient.refetchQueries({ queryKey: kitKeys.customer(NORTHWIND).detail() }),
    );
    const { result } = renderHook(
      () => useUpdateCustomer(NORTHWIND, { base: { value: base, etag } }),
      { wrapper: kit.wrapper },
    );
    await act(() => result.current.mutateAsync({ name: "Mine" }).catch(() => undefined));
    expect(result.current.conflict?.fields).toEqual([
      { field: "name", base: "Northwind Traders", theirs: "Renamed by Bertrand", yours: "Mine" },
    ]);
  });
});

describe("useDeleteCustomer", () => {
  it("deletes with If-Match, drops everything of the customer from the cache and refetches the lists", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        customer: useCustomer(NORTHWIND),
        list: useCustomers(),
        remove: useDeleteCustomer(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.customer.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    kit.requests.length = 0;
    await act(() => result.current.remove.mutateAsync());
    expect(kit.sandbox.store.get("customers", NORTHWIND)?.status).toBe("DELETED");
    expect(result.current.list.data?.items.some((c) => c.id === NORTHWIND)).toBe(false);
    // Its cached data is gone; a component still showing it reads it once more and learns 404.
    await waitFor(() => {
      const { error } = result.current.customer;
      expect(isCustomerKitError(error) && error.status).toBe(404);
    });
    expect(result.current.customer.data).toBeUndefined();
    expect([...kit.requests].sort()).toEqual(
      [`DELETE /customers/${NORTHWIND}`, "GET /customers", `GET /customers/${NORTHWIND}`].sort(),
    );
  });

  it("refuses to delete a customer changed since it was read (412), and keeps it", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({ customer: useCustomer(NORTHWIND), remove: useDeleteCustomer(NORTHWIND) }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.customer.isSuccess).toBe(true));
    await anotherAdminPatches(kit, { name: "Renamed by Bertrand" });
    await act(() => result.current.remove.mutateAsync().catch(() => undefined));
    expect(result.current.remove.error?.status).toBe(412);
    expect(kit.sandbox.store.get("customers", NORTHWIND)?.status).toBe("ACTIVE");
  });
});

describe("useCreateCustomer and useCreateSimilarCustomer", () => {
  it("a double submit creates one customer; it is cached with its ETag and the lists refetch", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({ list: useCustomers({ search: "Wingtip" }), create: useCreateCustomer() }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    expect(result.current.list.data?.items).toHaveLength(0);
    const input = { name: "Wingtip Toys", tags: ["eu-west"] };
    let created: Awaited<ReturnType<typeof result.current.create.mutateAsync>>[] = [];
    await act(async () => {
      created = await Promise.all([
        result.current.create.mutateAsync(input),
        result.current.create.mutateAsync(input),
      ]);
    });
    expect(created[0]?.value.id).toBe(created[1]?.value.id);
    expect(created[0]?.etag).toMatch(/^"/);
    expect(
      kit.sandbox.store.list("customers").filter((c) => c.name === "Wingtip Toys"),
    ).toHaveLength(1);
    await waitFor(() => expect(result.current.list.data?.items).toHaveLength(1));
    const id = created[0]?.value.id as string;
    expect(kit.queryClient.getQueryData(kitKeys.customer(id).detail())).toEqual(created[0]);
  });

  it("creates a similar customer under its own name; the source's cache is left alone", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        customer: useCustomer(NORTHWIND),
        tags: useCustomerTags(NORTHWIND),
        list: useCustomers(),
        similar: useCreateSimilarCustomer(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.tags.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.customer.isSuccess).toBe(true));
    kit.requests.length = 0;
    const copy = await act(() =>
      result.current.similar.mutateAsync({ name: "Northwind Traders (staging)" }),
    );
    expect(copy.value.tags).toEqual(result.current.tags.data?.tags);
    expect(copy.value.unitBalance).toBe("0.00");
    expect(kit.requests).toEqual([`POST /customers/${NORTHWIND}/similar`, "GET /customers"]);
  });
});

describe("useImpersonateCustomer", () => {
  it("returns the token and records one job for a double submit; only the jobs refetch", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        jobs: useJobs(NORTHWIND),
        customer: useCustomer(NORTHWIND),
        login: useImpersonateCustomer(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.jobs.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.customer.isSuccess).toBe(true));
    const before = kit.sandbox.store.scan("jobs", NORTHWIND).length;
    kit.requests.length = 0;
    const input = { reason: "Ticket 4711" };
    await act(async () => {
      await Promise.all([
        result.current.login.mutateAsync(input),
        result.current.login.mutateAsync(input),
      ]);
    });
    expect(result.current.login.data?.token).toMatch(/^imp_/);
    expect(kit.sandbox.store.scan("jobs", NORTHWIND).length).toBe(before + 1);
    await waitFor(() => expect(result.current.jobs.data?.items[0]?.type).toBe("IMPERSONATION"));
    expect(kit.count("GET", `/customers/${NORTHWIND}`)).toBe(0);
    expect(kit.count("GET", `/customers/${NORTHWIND}/jobs`)).toBeGreaterThanOrEqual(1);
  });

  it("surfaces the client's error, a CustomerKitError, for a refused reason", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useImpersonateCustomer(NORTHWIND), {
      wrapper: kit.wrapper,
    });
    await act(() => result.current.mutateAsync({ reason: "" }).catch(() => undefined));
    expect(isCustomerKitError(result.current.error)).toBe(true);
    expect(result.current.error?.status).toBe(400);
  });
});
