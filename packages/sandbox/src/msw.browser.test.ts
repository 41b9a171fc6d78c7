/**
 * `@customer-kit/sandbox/msw` in a real browser (the "sandbox-browser" project, Chromium): MSW's
 * service worker serves the sandbox's handlers and `@customer-kit/client` calls it from the page,
 * as in Storybook and in an integrator's demo page.
 */
import { type CustomerKitError, createCustomerKitClient } from "@customer-kit/client";
import { setupWorker } from "msw/browser";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "./msw";
import { SANDBOX_IDS, SANDBOX_TOKENS } from "./seed";

const sandbox = createSandbox({ seed: "default" });
const worker = setupWorker(...sandbox.handlers);

beforeAll(async () => {
  await worker.start({ onUnhandledRequest: "error", quiet: true });
});
afterEach(() => {
  sandbox.reset();
  sandbox.setFaults(undefined);
});
afterAll(() => worker.stop());

/** The client as a host page makes it: the API at this page's origin, under /api/v1. */
function client(token: string, baseUrl = `${location.origin}/api/v1`) {
  return createCustomerKitClient({ baseUrl, getToken: () => token });
}
const resellerA = () => client(SANDBOX_TOKENS.resellerAAdmin);

/** The CustomerKitError a call throws (fails the test if it resolves). */
async function failure(call: Promise<unknown>): Promise<CustomerKitError> {
  return call.then(
    () => expect.fail("the call should have failed"),
    (reason: unknown) => reason as CustomerKitError,
  );
}

describe("the sandbox behind MSW's service worker, in Chromium", () => {
  it("runs in Chromium, under the worker's control", () => {
    expect(navigator.userAgent).toMatch(/Chrome\/\d+/);
    expect(navigator.userAgent).not.toMatch(/jsdom|Node\.js/i);
    expect(typeof window).toBe("object");
    // The worker controls this page: its requests go through mockServiceWorker.js.
    expect(navigator.serviceWorker.controller?.scriptURL).toBe(
      `${location.origin}/mockServiceWorker.js`,
    );
  });

  it("GET /me tells Reseller A's admin who it is, on this origin and on another", async () => {
    const { data, response } = await resellerA().GET("/me");
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      admin: { id: SANDBOX_IDS.admins.resellerA, name: "Ada Reseller" },
      billingEntity: { id: SANDBOX_IDS.billingEntities.resellerA, name: "Reseller A" },
      isMbeAdmin: false,
    });
    // An API on another origin (no server behind it) is answered by the worker as well.
    const elsewhere = client(SANDBOX_TOKENS.resellerAAdmin, "https://api.customer-kit.test/api/v1");
    const { data: me } = await elsewhere.GET("/me");
    expect(me?.billingEntity.name).toBe("Reseller A");
  });

  it("lists, creates, reads back with an ETag and patches with If-Match", async () => {
    const api = resellerA();
    const { data: list } = await api.GET("/customers", { params: { query: { limit: 5 } } });
    expect(list?.items).toHaveLength(5);
    // Reseller A has 36 seeded customers (the MBE 12, Reseller B 36): only its own are listed.
    expect(list?.total).toBe(36);
    expect(list?.items.map((c) => c.billingEntity.name)).toEqual(Array(5).fill("Reseller A"));

    const { data: created, response: createdResponse } = await api.POST("/customers", {
      body: { name: "Browser Test GmbH", tags: ["browser"] },
    });
    expect(createdResponse.status).toBe(201);
    expect(created).toMatchObject({
      name: "Browser Test GmbH",
      status: "ACTIVE",
      unitBalance: "0.00",
    });

    const customerId = created!.id;
    const { data: read, response } = await api.GET("/customers/{customerId}", {
      params: { path: { customerId } },
    });
    expect(read).toEqual(created);
    const etag = response.headers.get("ETag");
    expect(etag).toBeTruthy();

    const { data: patched, response: patchedResponse } = await api.PATCH(
      "/customers/{customerId}",
      {
        params: { path: { customerId }, header: { "If-Match": etag! } },
        body: { name: "Browser Test AG" },
      },
    );
    expect(patched?.name).toBe("Browser Test AG");
    expect(patchedResponse.headers.get("ETag")).not.toBe(etag);
    // The change is in the store the page reads from, and the list now counts it.
    const { data: after } = await api.GET("/customers", { params: { query: { limit: 1 } } });
    expect(after?.total).toBe(37);
    expect(after?.items[0]?.name).toBe("Browser Test AG");

    // The old ETag is stale now.
    const stale = await failure(
      api.PATCH("/customers/{customerId}", {
        params: { path: { customerId }, header: { "If-Match": etag! } },
        body: { name: "Too late" },
      }),
    );
    expect(stale.status).toBe(412);
  });

  it("surfaces a validation error as a CustomerKitError naming the field", async () => {
    const error = await failure(resellerA().POST("/customers", { body: { name: "" } }));
    expect(error.name).toBe("CustomerKitError");
    expect(error.kind).toBe("http");
    expect(error.status).toBe(400);
    expect(error.fieldErrors.map((field) => field.field)).toContain("name");
    expect(error.fieldErrors.find((field) => field.field === "name")?.message).toBeTruthy();
  });

  it("answers 404 for another billing entity's customer", async () => {
    const error = await failure(
      resellerA().GET("/customers/{customerId}", {
        params: { path: { customerId: SANDBOX_IDS.customers.resellerBPrepay } },
      }),
    );
    expect(error).toMatchObject({ kind: "http", status: 404 });
    // Reseller B's own admin does see it.
    const { data } = await client(SANDBOX_TOKENS.resellerBAdmin).GET("/customers/{customerId}", {
      params: { path: { customerId: SANDBOX_IDS.customers.resellerBPrepay } },
    });
    expect(data?.name).toBe("Boulangerie Dupont SARL");
  });

  it("fails as a network error while offline, and answers again after", async () => {
    sandbox.setFaults({ offline: true });
    const error = await failure(resellerA().GET("/me"));
    expect(error.name).toBe("CustomerKitError");
    expect(error).toMatchObject({ kind: "network", status: 0 });

    sandbox.setFaults(undefined);
    const { response } = await resellerA().GET("/me");
    expect(response.status).toBe(200);
  });

  it("a sandbox created offline fails every call as a network error", async () => {
    const offline = createSandbox({ seed: "none", faults: { offline: true } });
    worker.use(...offline.handlers);
    try {
      const error = await failure(resellerA().GET("/customers"));
      expect(error.kind).toBe("network");
    } finally {
      worker.resetHandlers();
    }
  });
});
