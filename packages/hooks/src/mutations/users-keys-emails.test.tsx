import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useKeys } from "../hooks/access-keys";
import { useAssetMaxima } from "../hooks/asset-maxima";
import { useCustomer } from "../hooks/customers";
import { useJobs, useRelatedResources } from "../hooks/resources";
import { useUnitBalance } from "../hooks/units";
import { useUser, useUsers } from "../hooks/users";
import { kitKeys } from "../queries/keys";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { useSendCustomerEmail } from "./emails";
import { useCreateKey, useDeleteKey, useUpdateKey } from "./keys";
import { useCreateUser, useDeleteUser, useUpdateUser } from "./users";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const JANE = SANDBOX_IDS.users.northwindAdmin;
type Kit = ReturnType<typeof createTestKit>;

/** Another admin edits a user on the version it reads now. */
async function anotherAdminEditsUser(kit: Kit, body: { name?: string; email?: string }) {
  const params = { path: { customerId: NORTHWIND, userId: JANE } };
  const { data } = await kit.client.GET("/customers/{customerId}/users/{userId}", { params });
  await kit.client.PATCH("/customers/{customerId}/users/{userId}", {
    params: { ...params, header: { "If-Match": data.etag } },
    body,
  });
}

describe("useCreateUser", () => {
  it("a double submit adds one user; the credential is in the answer, not the cache", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        users: useUsers(NORTHWIND),
        maxima: useAssetMaxima(NORTHWIND),
        related: useRelatedResources(NORTHWIND),
        customer: useCustomer(NORTHWIND),
        balance: useUnitBalance(NORTHWIND),
        create: useCreateUser(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => {
      const { create: _, ...queries } = result.current;
      for (const q of Object.values(queries)) expect(q.isSuccess).toBe(true);
    });
    const before = kit.sandbox.store.count("users", NORTHWIND);
    kit.requests.length = 0;
    const input = {
      name: "Terraform",
      email: "api-terraform@northwind.example",
      type: "API_KEY",
    } as const;
    let created: Awaited<ReturnType<typeof result.current.create.mutateAsync>>[] = [];
    await act(async () => {
      created = await Promise.all([
        result.current.create.mutateAsync(input),
        result.current.create.mutateAsync(input),
      ]);
    });
    expect(kit.sandbox.store.count("users", NORTHWIND)).toBe(before + 1);
    // The replay repeats the first answer, the credential included.
    expect(created[0]?.credential).toMatch(/^ck_test_/);
    expect(created[1]?.credential).toBe(created[0]?.credential);
    const id = created[0]?.id as string;
    expect(kit.queryClient.getQueryData(kitKeys.customer(NORTHWIND).user(id))).not.toHaveProperty(
      "credential",
    );
    await waitFor(() =>
      expect(result.current.users.data?.items.some((u) => u.name === "Terraform")).toBe(true),
    );
    const used = result.current.maxima.data?.usage.find((u) => u.key === "MAX_CUSTOMER_USERS");
    expect(used?.used).toBe(before + 1);
    const gets = kit.requests.filter((r) => r.startsWith("GET")).sort();
    expect(gets).toEqual(
      [
        `GET /customers/${NORTHWIND}/users`,
        `GET /customers/${NORTHWIND}/asset-maxima`,
        `GET /customers/${NORTHWIND}/related-resources`,
      ].sort(),
    );
  });
});

describe("useUpdateUser", () => {
  /** The users list on screen (the base of an edit), the user, and the hook. */
  async function renderUsers(kit: Kit) {
    const view = renderHook(
      () => ({
        users: useUsers(NORTHWIND),
        user: useUser(NORTHWIND, JANE),
        customer: useCustomer(NORTHWIND),
        update: useUpdateUser(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => {
      expect(view.result.current.users.isSuccess).toBe(true);
      expect(view.result.current.user.isSuccess).toBe(true);
      expect(view.result.current.customer.isSuccess).toBe(true);
    });
    return view;
  }

  it("saves with If-Match from the cache, shows the answer, refetches the list and not the customer", async () => {
    const kit = createTestKit();
    const { result } = await renderUsers(kit);
    const etag = result.current.user.data?.etag;
    kit.requests.length = 0;
    await act(() => result.current.update.mutateAsync({ userId: JANE, body: { language: "fr" } }));
    expect(result.current.user.data?.language).toBe("fr");
    expect(result.current.user.data?.etag).not.toBe(etag);
    await waitFor(() =>
      expect(result.current.users.data?.items.find((u) => u.id === JANE)?.language).toBe("fr"),
    );
    expect(kit.requests).toEqual([
      `PATCH /customers/${NORTHWIND}/users/${JANE}`,
      `GET /customers/${NORTHWIND}/users`,
    ]);
  });

  it("merges with another admin's change of another field; conflicts on the same field", async () => {
    const kit = createTestKit();
    const { result } = await renderUsers(kit);
    const base = result.current.users.data?.items.find((u) => u.id === JANE);
    await anotherAdminEditsUser(kit, { email: "jane.doe@northwind.example" });
    await act(() =>
      result.current.update.mutateAsync({ userId: JANE, body: { language: "de" }, base }),
    );
    expect(result.current.update.conflict).toBeUndefined();
    let stored = kit.sandbox.store.get("users", JANE);
    expect(stored?.email).toBe("jane.doe@northwind.example");
    expect(stored?.language).toBe("de");

    await anotherAdminEditsUser(kit, { name: "Jane Smith" });
    await act(() =>
      result.current.update
        .mutateAsync({ userId: JANE, body: { name: "Jane Doe-Smith" }, base })
        .catch(() => {}),
    );
    expect(result.current.update.conflict?.fields).toEqual([
      { field: "name", base: "Jane Doe", theirs: "Jane Smith", yours: "Jane Doe-Smith" },
    ]);
    stored = kit.sandbox.store.get("users", JANE);
    expect(stored?.name).toBe("Jane Smith");
  });
});

describe("useDeleteUser", () => {
  it("removes a user with the etag of its list item; the last active admin is refused (409)", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        users: useUsers(NORTHWIND),
        create: useCreateUser(NORTHWIND),
        remove: useDeleteUser(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.users.isSuccess).toBe(true));
    await act(() => result.current.remove.mutateAsync({ userId: JANE }).catch(() => {}));
    expect(result.current.remove.error?.status).toBe(409);
    const bob = await act(() =>
      result.current.create.mutateAsync({ name: "Bob", email: "bob@northwind.example" }),
    );
    await waitFor(() =>
      expect(result.current.users.data?.items.some((u) => u.id === bob.id)).toBe(true),
    );
    kit.requests.length = 0;
    await act(() => result.current.remove.mutateAsync({ userId: bob.id }));
    expect(kit.sandbox.store.get("users", bob.id)).toBeUndefined();
    await waitFor(() =>
      expect(result.current.users.data?.items.some((u) => u.id === bob.id)).toBe(false),
    );
    // The etag came from the list: no read before the DELETE.
    expect(kit.requests[0]).toBe(`DELETE /customers/${NORTHWIND}/users/${bob.id}`);
  });
});

describe("keys", () => {
  it("adds a key once for a double submit, edits it with If-Match, conflicts, and removes it", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        keys: useKeys(NORTHWIND),
        users: useUsers(NORTHWIND),
        create: useCreateKey(NORTHWIND),
        update: useUpdateKey(NORTHWIND),
        remove: useDeleteKey(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.keys.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.users.isSuccess).toBe(true));
    const before = kit.sandbox.store.count("keys", NORTHWIND);
    const input = { name: "billing.costCentre.test", value: "CC-4711" };
    let created: Awaited<ReturnType<typeof result.current.create.mutateAsync>>[] = [];
    await act(async () => {
      created = await Promise.all([
        result.current.create.mutateAsync(input),
        result.current.create.mutateAsync(input),
      ]);
    });
    expect(kit.sandbox.store.count("keys", NORTHWIND)).toBe(before + 1);
    const key = created[0];
    if (!key) throw new Error("created");
    await waitFor(() =>
      expect(result.current.keys.data?.items.some((k) => k.id === key.id)).toBe(true),
    );

    kit.requests.length = 0;
    const saved = await act(() =>
      result.current.update.mutateAsync({ keyId: key.id, body: { value: "CC-4712" } }),
    );
    expect(saved.value.value).toBe("CC-4712");
    expect(saved.etag).toBe(saved.value.etag);
    await waitFor(() =>
      expect(result.current.keys.data?.items.find((k) => k.id === key.id)?.value).toBe("CC-4712"),
    );
    // Nothing of the users refetched for a key.
    expect(kit.count("GET", `/customers/${NORTHWIND}/users`)).toBe(0);

    // Another admin changes the value on the newest version; ours is based on the old.
    await kit.client.PATCH("/customers/{customerId}/keys/{keyId}", {
      params: {
        path: { customerId: NORTHWIND, keyId: key.id },
        header: { "If-Match": saved.value.etag },
      },
      body: { value: "CC-9999" },
    });
    await act(() =>
      result.current.update
        .mutateAsync({ keyId: key.id, body: { value: "CC-4713" }, base: saved.value })
        .catch(() => {}),
    );
    expect(result.current.update.conflict?.fields).toEqual([
      { field: "value", base: "CC-4712", theirs: "CC-9999", yours: "CC-4713" },
    ]);
    expect(kit.sandbox.store.get("keys", key.id)?.value).toBe("CC-9999");

    // The conflict put the latest version in the cache: removing it now uses that etag.
    await act(() => result.current.remove.mutateAsync({ keyId: key.id }));
    expect(kit.sandbox.store.get("keys", key.id)).toBeUndefined();
    await waitFor(() =>
      expect(result.current.keys.data?.items.some((k) => k.id === key.id)).toBe(false),
    );
  });
});

describe("useSendCustomerEmail", () => {
  it("queues the e-mail once for a double submit and refetches the jobs only", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        jobs: useJobs(NORTHWIND),
        customer: useCustomer(NORTHWIND),
        users: useUsers(NORTHWIND),
        send: useSendCustomerEmail(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => {
      expect(result.current.jobs.isSuccess).toBe(true);
      expect(result.current.customer.isSuccess).toBe(true);
      expect(result.current.users.isSuccess).toBe(true);
    });
    const emails = kit.sandbox.store.scan("emails", NORTHWIND).length;
    kit.requests.length = 0;
    const mail = { subject: "Maintenance on 3 December", message: "Hello" };
    await act(async () => {
      await Promise.all([
        result.current.send.mutateAsync(mail),
        result.current.send.mutateAsync(mail),
      ]);
    });
    expect(result.current.send.data?.recipients.map((r) => r.userId)).toEqual([JANE]);
    expect(kit.sandbox.store.scan("emails", NORTHWIND).length).toBe(emails + 1);
    await waitFor(() => expect(result.current.jobs.data?.items[0]?.type).toBe("SEND_EMAIL"));
    expect(kit.requests.filter((r) => r.startsWith("GET"))).toEqual([
      `GET /customers/${NORTHWIND}/jobs`,
    ]);
  });

  it("offline, then try again: one e-mail", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useSendCustomerEmail(NORTHWIND), { wrapper: kit.wrapper });
    const emails = kit.sandbox.store.scan("emails", NORTHWIND).length;
    const mail = { subject: "Invoice", message: "Attached" };
    kit.sandbox.setFaults({ offline: true });
    await act(() => result.current.mutateAsync(mail).catch(() => {}));
    await waitFor(() => expect(result.current.error?.kind).toBe("network"));
    kit.sandbox.setFaults({});
    await act(() => result.current.mutateAsync(mail));
    expect(kit.sandbox.store.scan("emails", NORTHWIND).length).toBe(emails + 1);
  });
});
