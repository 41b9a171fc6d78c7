/**
 * A small, hand-made world for the unit tests of the API logic: three billing entities (the MBE and
 * two resellers), one admin each, a few offers, themes and languages. The seed (src/seed) builds
 * the real demo world; these tests must not depend on its contents.
 */
import { createSandboxApp } from "../app";
import { MemoryStore } from "../store/memory";
import type { SandboxStore } from "../store/types";

export const IDS = {
  mbe: "00000000-0000-4000-8000-000000000001",
  resellerA: "00000000-0000-4000-8000-000000000002",
  resellerB: "00000000-0000-4000-8000-000000000003",
  mbeAdmin: "00000000-0000-4000-8000-000000000011",
  adminA: "00000000-0000-4000-8000-000000000012",
  adminB: "00000000-0000-4000-8000-000000000013",
  planA: "00000000-0000-4000-8000-000000000021",
  bundleA: "00000000-0000-4000-8000-000000000022",
  bundleB: "00000000-0000-4000-8000-000000000023",
  planB: "00000000-0000-4000-8000-000000000024",
  themeMbe: "00000000-0000-4000-8000-000000000031",
  themeA: "00000000-0000-4000-8000-000000000032",
  themeB: "00000000-0000-4000-8000-000000000033",
} as const;

export const TOKENS = { mbe: "t-mbe", a: "t-a", b: "t-b" } as const;
export type Who = keyof typeof TOKENS;

/** Fills a store with the fixture world. */
export function fillFixture(store: SandboxStore): void {
  store.transaction(() => {
    store.put("billingEntities", {
      id: IDS.mbe,
      name: "Skyline",
      isMaster: true,
      defaultLanguage: "en",
      defaultThemeId: IDS.themeMbe,
      controlPanelUrl: "https://cp.skyline.example",
      currency: "GBP",
    });
    store.put("billingEntities", {
      id: IDS.resellerA,
      name: "Reseller A",
      isMaster: false,
      defaultLanguage: "de",
      defaultThemeId: IDS.themeA,
      controlPanelUrl: "https://cp.reseller-a.example/panel/",
      currency: "EUR",
    });
    store.put("billingEntities", {
      id: IDS.resellerB,
      name: "Reseller B",
      isMaster: false,
      defaultLanguage: "fr",
      defaultThemeId: null,
      controlPanelUrl: "https://cp.reseller-b.example",
      currency: "EUR",
    });
    const admins = [
      [IDS.mbeAdmin, "Morgan", IDS.mbe, TOKENS.mbe],
      [IDS.adminA, "Ada", IDS.resellerA, TOKENS.a],
      [IDS.adminB, "Bert", IDS.resellerB, TOKENS.b],
    ] as const;
    for (const [id, name, billingEntityId, token] of admins) {
      store.put("admins", {
        id,
        name,
        email: `${name.toLowerCase()}@x.example`,
        billingEntityId,
        token,
      });
    }
    const price = { amount: "10.00", currency: "EUR" };
    store.put("productOffers", {
      id: IDS.planA,
      name: "Plan A",
      kind: "CUSTOMER_PLAN",
      description: "",
      units: null,
      price,
      billingEntityId: IDS.resellerA,
    });
    store.put("productOffers", {
      id: IDS.bundleA,
      name: "1,000 units",
      kind: "UNIT_BUNDLE",
      description: "",
      units: "1000.00",
      price,
      billingEntityId: IDS.resellerA,
    });
    store.put("productOffers", {
      id: IDS.bundleB,
      name: "500 units",
      kind: "UNIT_BUNDLE",
      description: "",
      units: "500.00",
      price,
      billingEntityId: IDS.resellerB,
    });
    store.put("productOffers", {
      id: IDS.planB,
      name: "Plan B",
      kind: "CUSTOMER_PLAN",
      description: "",
      units: null,
      price,
      billingEntityId: IDS.resellerB,
    });
    const themes = [
      [IDS.themeMbe, "Skyline Blue", IDS.mbe],
      [IDS.themeA, "Ocean", IDS.resellerA],
      [IDS.themeB, "Forest", IDS.resellerB],
    ] as const;
    for (const [id, name, billingEntityId] of themes) {
      store.put("themes", {
        id,
        name,
        description: "",
        billingEntityId,
        primaryColor: "#0b5cad",
        accentColor: "#f5a623",
        backgroundColor: "#ffffff",
        textColor: "#1f2933",
      });
    }
    for (const [code, name, nativeName] of [
      ["en", "English", "English"],
      ["de", "German", "Deutsch"],
      ["fr", "French", "Français"],
    ] as const) {
      store.put("languages", { id: code, code, name, nativeName });
    }
  });
}

export interface Harness {
  store: MemoryStore;
  app: ReturnType<typeof createSandboxApp>;
  /** Sets the clock. */
  setNow(iso: string): void;
  /** Sends a request as an admin (or with no token: `as: null`); `body` is sent as JSON. */
  call(
    method: string,
    path: string,
    options?: { as?: Who | null; body?: unknown; raw?: string; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies by path; a wrong path fails the assertion
  ): Promise<{ status: number; headers: Headers; body: any }>;
}

/** A fresh app over a fresh fixture store, with a settable clock. */
export function harness(): Harness {
  const store = new MemoryStore();
  fillFixture(store);
  let now = new Date("2026-11-28T12:00:00.000Z");
  const app = createSandboxApp({ store, now: () => now });
  return {
    store,
    app,
    setNow(iso) {
      now = new Date(iso);
    },
    async call(method, path, options = {}) {
      const { as = "a", body, raw, headers = {} } = options;
      const sent = new Headers(headers);
      if (as !== null) sent.set("Authorization", `Bearer ${TOKENS[as]}`);
      let payload: string | undefined = raw;
      if (body !== undefined) payload = JSON.stringify(body);
      if (payload !== undefined && !sent.has("Content-Type"))
        sent.set("Content-Type", "application/json");
      const response = await app.fetch(
        new Request(`http://sandbox.test/api/v1${path}`, { method, headers: sent, body: payload }),
      );
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text === "" ? undefined : JSON.parse(text),
      };
    },
  };
}
