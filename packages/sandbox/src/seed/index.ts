import {
  COLLECTIONS,
  type CollectionName,
  type Collections,
  type SandboxStore,
} from "../store/types";
import { buildStatements, type CustomerBilling, drawBilling, numberDocuments } from "./billing";
import {
  type CustomerDraft,
  drawCustomer,
  type NameRegistry,
  type WellKnownCustomer,
} from "./customer";
import {
  BILLING_ENTITIES,
  type BillingEntitySetup,
  LANGUAGES,
  SANDBOX_IDS,
  SANDBOX_TOKENS,
  SEED_REFERENCE_TIME,
} from "./reference";

export { SANDBOX_IDS, SANDBOX_TOKENS, SEED_REFERENCE_TIME };

/**
 * "default": three billing entities with 12 + 36 + 36 fully furnished customers
 * (users, six months of ledger, billing documents, VDCs, servers, disks, jobs,
 * keys, e-mails). "large": the same, plus light customers up to 10,000 in all.
 */
export type SeedSize = "default" | "large";

export interface SeedOptions {
  /** How much to seed. Default: "default". */
  size?: SeedSize;
}

export interface SeedSummary {
  size: SeedSize;
  /** Records written per collection. */
  counts: Record<CollectionName, number>;
  /** Wall-clock milliseconds the seed took (inside one transaction). */
  ms: number;
}

/** Customers of a "large" seed, over all billing entities. */
export const LARGE_SEED_CUSTOMERS = 10_000;

/** How the customers of a "large" seed are spread over the billing entities. */
const LARGE_SHARE: Record<BillingEntitySetup["key"], number> = {
  mbe: 0.1,
  resellerA: 0.45,
  resellerB: 0.45,
};

const C = SANDBOX_IDS.customers;

/** The fixed customers, by billing entity and place (see SANDBOX_IDS.customers). */
const WELL_KNOWN: Record<BillingEntitySetup["key"], (WellKnownCustomer | undefined)[]> = {
  mbe: [
    {
      id: C.mbeOwn,
      name: "Skyline Internal Tools Ltd",
      paymentType: "PREPAY",
      country: "GB",
      defaultLanguage: "en",
      emailDomain: "tools.skyline.example",
      themeId: null,
      status: "ACTIVE",
    },
  ],
  resellerA: [
    {
      // As in the contract's examples.
      id: C.resellerAPrepay,
      name: "Northwind Traders",
      paymentType: "PREPAY",
      country: "GB",
      defaultLanguage: "en",
      createdAt: "2026-01-10T08:30:00Z",
      emailDomain: "northwind.example",
      address: {
        street: "1 Harbour Road",
        locality: "Docklands",
        town: "London",
        region: "Greater London",
        country: "GB",
        postalCode: "E14 5AB",
      },
      vatNumber: "GB123456789",
      tags: ["eu-west", "gpu"],
      themeId: SANDBOX_IDS.themes.resellerADefault,
      productOfferId: SANDBOX_IDS.productOffers.resellerABusinessPlan,
      unitWarnLevel: 100,
      validationHtml: "<p>Images signed by <b>Northwind</b>.</p>",
      status: "ACTIVE",
      assetMaxima: {
        MAX_SERVERS: 20,
        MAX_CPUS: 64,
        MAX_RAM: 131072,
        MAX_STORAGEGB: null,
        CUTOFF_BALANCE: "-50.00",
      },
      firstUser: {
        id: SANDBOX_IDS.users.northwindAdmin,
        name: "Jane Doe",
        email: "jane@northwind.example",
        createdAt: "2026-01-10T08:31:00Z",
      },
      firstVdc: {
        id: "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
        name: "Production",
        clusterName: "London 1",
        detachedDisks: 0,
        servers: [
          {
            id: "7b6c5d4e-3f2a-4b1c-8d0e-9f8a7b6c5d4e",
            name: "web-01",
            cpus: 4,
            ramMb: 8192,
            publicIp: true,
            publicIpAddress: "203.0.113.10",
            disks: [{ id: "8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f", sizeGb: 40 }, { sizeGb: 100 }],
          },
          { name: "web-02", cpus: 4, ramMb: 8192, publicIp: true, disks: [{ sizeGb: 40 }] },
          {
            name: "db-01",
            cpus: 8,
            ramMb: 32768,
            publicIp: false,
            disks: [{ sizeGb: 80 }, { sizeGb: 500 }],
          },
          { name: "worker-01", cpus: 2, ramMb: 4096, publicIp: false, disks: [{ sizeGb: 40 }] },
        ],
      },
      firstKey: {
        id: "9f8e7d6c-5b4a-4392-8e1f-0d9c8b7a6f5e",
        name: "billing.costCentre",
        value: "CC-4711",
        type: "USER_KEY",
      },
    },
    {
      id: C.resellerAInvoice,
      name: "Contoso Maschinenbau GmbH",
      paymentType: "INVOICE",
      country: "DE",
      defaultLanguage: "de",
      emailDomain: "contoso.example",
      status: "ACTIVE",
      // Untrusted HTML, hostile on purpose: whoever shows it must sanitise it.
      validationHtml:
        '<p>Images built by <b>Contoso</b> CI.</p><img src="x" onerror="alert(\'validation-xss\')"><script>alert("validation-xss")</script>',
    },
  ],
  resellerB: [
    {
      id: C.resellerBPrepay,
      name: "Boulangerie Dupont SARL",
      paymentType: "PREPAY",
      country: "FR",
      defaultLanguage: "fr",
      emailDomain: "boulangerie-dupont.example",
      status: "ACTIVE",
    },
    {
      id: C.resellerBInvoice,
      name: "Fabrikam Logistique SAS",
      paymentType: "INVOICE",
      country: "FR",
      defaultLanguage: "fr",
      emailDomain: "fabrikam.example",
      status: "ACTIVE",
    },
  ],
};

/**
 * Fills an (empty) store with the sandbox's deterministic data: the same
 * records, ids and amounts on every run and in every engine, all dated before
 * `SEED_REFERENCE_TIME`. Everything is written in one transaction: a failure
 * leaves the store as it was. Seeding a store twice writes the same records
 * again (puts by id), so it is meant for an empty store.
 */
export function seedStore(store: SandboxStore, options: SeedOptions = {}): SeedSummary {
  const size = options.size ?? "default";
  const started = performance.now();
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<
    CollectionName,
    number
  >;
  const put = <K extends CollectionName>(collection: K, record: Collections[K]) => {
    store.put(collection, record);
    counts[collection]++;
  };

  store.transaction(() => {
    for (const language of LANGUAGES) put("languages", language);
    for (const be of BILLING_ENTITIES) {
      put("billingEntities", be.record);
      put("admins", be.admin);
      for (const theme of be.themes) put("themes", theme);
      for (const offer of be.offers) put("productOffers", offer);
    }

    // Every default customer first, in a fixed order, then the extras of a
    // large seed: so a "large" seed holds the "default" one unchanged.
    const names: NameRegistry = new Set();
    const drafts: CustomerDraft[] = [];
    for (const be of BILLING_ENTITIES) {
      for (let i = 0; i < be.defaultCustomers; i++) {
        drafts.push(drawCustomer(be, i, true, names, WELL_KNOWN[be.key][i]));
      }
    }
    const billing = new Map<CustomerDraft, CustomerBilling>();
    for (const be of BILLING_ENTITIES) {
      const own = drafts.filter((d) => d.be === be);
      for (const draft of own) billing.set(draft, drawBilling(draft));
      numberDocuments(
        be.documentPrefix,
        own.flatMap((d) => billing.get(d)!.invoices),
        own.flatMap((d) => billing.get(d)!.creditNotes),
      );
    }
    if (size === "large") {
      for (const be of BILLING_ENTITIES) {
        const total = Math.round(LARGE_SEED_CUSTOMERS * LARGE_SHARE[be.key]);
        for (let i = be.defaultCustomers; i < total; i++) {
          drafts.push(drawCustomer(be, i, false, names));
        }
      }
    }

    // Customers are stored oldest first, like everything else: insertion
    // order is creation order, as it is for customers the API creates later.
    const ordered = [...drafts].sort((a, b) =>
      a.customer.createdAt.localeCompare(b.customer.createdAt),
    );
    for (const draft of ordered) {
      put("customers", draft.customer);
      for (const user of draft.users) put("users", user);
      for (const tx of draft.ledger) put("unitTransactions", tx);
      for (const vdc of draft.vdcs) put("vdcs", vdc);
      for (const server of draft.servers) put("servers", server);
      for (const disk of draft.disks) put("disks", disk);
      for (const resource of draft.related) put("relatedResources", resource);
      for (const key of draft.keys) put("keys", key);
      for (const email of draft.emails) put("emails", email);
      for (const job of draft.jobs) put("jobs", job);
      const docs = billing.get(draft);
      if (docs) {
        for (const invoice of docs.invoices) put("invoices", invoice.record);
        for (const note of docs.creditNotes) put("creditNotes", note.record);
        for (const statement of buildStatements(draft, docs)) put("statements", statement);
      }
    }
  });

  return { size, counts, ms: Math.round(performance.now() - started) };
}
