import { beforeAll, describe, expect, it } from "vitest";
import { schemaValidator } from "../contract/validator";
import { toCents } from "../domain/amounts";
import { themeView } from "../domain/branding";
import { customerResources, diskView, jobView, serverView, vdcView } from "../domain/resources";
import { dailyUsage, USAGE_RESOURCE_TYPES, usageReport } from "../domain/usage";
import { MemoryStore } from "../store/memory";
import { SqliteStore } from "../store/sqlite";
import {
  COLLECTIONS,
  type CollectionName,
  type Collections,
  type SandboxStore,
} from "../store/types";
import {
  LARGE_SEED_CUSTOMERS,
  SANDBOX_IDS,
  SANDBOX_TOKENS,
  SEED_REFERENCE_TIME,
  type SeedSummary,
  seedStore,
} from ".";

/** Cents of an amount as the API has it: a decimal string, or money. */
const cents = (amount: string | { amount: string }) =>
  toCents(typeof amount === "string" ? amount : amount.amount);

function snapshot(store: SandboxStore): Record<string, unknown[]> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, store.list(c)]));
}

/** Every record of `collection`, grouped by customer. */
function byCustomer<C extends CollectionName>(store: SandboxStore, collection: C) {
  const groups = new Map<string, Collections[C][]>();
  for (const record of store.list(collection)) {
    const customerId = (record as { customerId: string }).customerId;
    groups.set(customerId, [...(groups.get(customerId) ?? []), record]);
  }
  return groups;
}

/**
 * Fails with the schema errors, so that a bad record says what is wrong with it. The contract's
 * objects are closed in the suite's validator, so the fields a record keeps beside its API shape
 * (`customerId`, an e-mail's message and kind) are left out first.
 */
function expectSchema(
  pointer: string,
  value: unknown,
  what: string,
  recordOnly: readonly string[] = ["customerId"],
): void {
  const validate = schemaValidator(pointer);
  const shape =
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([key]) => !recordOnly.includes(key)))
      : value;
  const ok = validate(shape);
  expect(ok ? [] : validate.errors, `${what} against ${pointer}`).toEqual([]);
}

let store: MemoryStore;
let summary: SeedSummary;

beforeAll(() => {
  store = new MemoryStore();
  summary = seedStore(store);
});

describe("seedStore (default)", () => {
  it("is deterministic: two seeds hold identical data, in a MemoryStore and in SQLite alike", () => {
    const again = new MemoryStore();
    seedStore(again);
    const sqlite = SqliteStore.open(":memory:");
    try {
      seedStore(sqlite);
      const expected = snapshot(store);
      expect(snapshot(again)).toEqual(expected);
      expect(snapshot(sqlite)).toEqual(expected);
    } finally {
      sqlite.close();
    }
  });

  it("reports what it wrote, per collection", () => {
    for (const collection of COLLECTIONS) {
      expect(summary.counts[collection], collection).toBe(store.count(collection));
    }
    expect(summary.size).toBe("default");
    expect(summary.ms).toBeGreaterThanOrEqual(0);
  });

  it("has the three billing entities, their admins and tokens, and the well-known customers", () => {
    const { billingEntities: be, admins, customers } = SANDBOX_IDS;
    expect(store.get("billingEntities", be.mbe)).toMatchObject({
      name: "Skyline Cloud",
      isMaster: true,
      defaultLanguage: "en",
      defaultThemeId: SANDBOX_IDS.themes.mbeDefault,
    });
    expect(store.get("billingEntities", be.resellerA)).toMatchObject({
      name: "Reseller A",
      isMaster: false,
      defaultLanguage: "de",
      controlPanelUrl: "https://cp.reseller-a.example",
    });
    expect(store.get("billingEntities", be.resellerB)).toMatchObject({
      name: "Reseller B",
      isMaster: false,
      defaultLanguage: "fr",
      controlPanelUrl: "https://cp.reseller-b.example",
    });
    expect(store.count("billingEntities")).toBe(3);

    expect(store.get("admins", admins.mbe)).toMatchObject({
      billingEntityId: be.mbe,
      token: SANDBOX_TOKENS.mbeAdmin,
    });
    expect(store.get("admins", admins.resellerA)).toMatchObject({
      billingEntityId: be.resellerA,
      token: "demo-reseller-a-admin",
    });
    expect(store.get("admins", admins.resellerB)).toMatchObject({
      billingEntityId: be.resellerB,
      token: "demo-reseller-b-admin",
    });

    const expectCustomer = (id: string, billingEntityId: string, paymentType: string) =>
      expect(store.get("customers", id), id).toMatchObject({
        billingEntityId,
        status: "ACTIVE",
        configuration: { paymentType },
      });
    expectCustomer(customers.resellerAPrepay, be.resellerA, "PREPAY");
    expectCustomer(customers.resellerAInvoice, be.resellerA, "INVOICE");
    expectCustomer(customers.resellerBPrepay, be.resellerB, "PREPAY");
    expectCustomer(customers.resellerBInvoice, be.resellerB, "INVOICE");
    expectCustomer(customers.mbeOwn, be.mbe, "PREPAY");
    expect(store.get("customers", customers.resellerAPrepay)?.name).toBe("Northwind Traders");
    expect(store.get("users", SANDBOX_IDS.users.northwindAdmin)).toMatchObject({
      customerId: customers.resellerAPrepay,
      name: "Jane Doe",
      isAdmin: true,
    });
    // The product offers and themes the contract's examples name.
    expect(store.get("productOffers", SANDBOX_IDS.productOffers.resellerAUnits1000)).toMatchObject({
      kind: "UNIT_BUNDLE",
      units: "1000.00",
      price: { amount: "100.00", currency: "EUR" },
    });
    expect(store.get("themes", SANDBOX_IDS.themes.resellerADefault)?.name).toBe("Ocean");
  });

  it("gives every well-known customer something to show on each tab", () => {
    for (const [role, id] of Object.entries(SANDBOX_IDS.customers)) {
      expect(store.count("users", id), role).toBeGreaterThanOrEqual(2);
      expect(store.count("unitTransactions", id), role).toBeGreaterThan(3);
      expect(store.count("vdcs", id), role).toBeGreaterThanOrEqual(1);
      expect(store.count("servers", id), role).toBeGreaterThanOrEqual(2);
      expect(store.count("invoices", id), role).toBeGreaterThanOrEqual(6);
      expect(store.count("statements", id), role).toBe(6);
      expect(store.count("jobs", id), role).toBeGreaterThan(3);
      expect(store.count("keys", id), role).toBeGreaterThanOrEqual(2);
    }
    // The contract's examples, as seeded.
    const northwind = SANDBOX_IDS.customers.resellerAPrepay;
    expect(store.list("vdcs", northwind)[0]).toMatchObject({
      name: "Production",
      serverCount: 4,
      diskCount: 6,
    });
    expect(store.list("servers", northwind)).toContainEqual(
      expect.objectContaining({
        name: "web-01",
        cpus: 4,
        ramMb: 8192,
        ipAddresses: expect.arrayContaining(["203.0.113.10"]),
      }),
    );
  });

  it("has languages en, de, fr, es, ru with their English and native names", () => {
    expect(store.list("languages")).toEqual([
      { id: "en", code: "en", name: "English", nativeName: "English" },
      { id: "de", code: "de", name: "German", nativeName: "Deutsch" },
      { id: "fr", code: "fr", name: "French", nativeName: "Français" },
      { id: "es", code: "es", name: "Spanish", nativeName: "Español" },
      { id: "ru", code: "ru", name: "Russian", nativeName: "Русский" },
    ]);
  });

  it("gives each billing entity themes and 2–3 customer plans and 3–4 unit bundles", () => {
    for (const be of store.list("billingEntities")) {
      expect(store.count("themes", be.id)).toBeGreaterThanOrEqual(2);
      for (const theme of store.list("themes", be.id)) {
        expectSchema("#/components/schemas/Theme", themeView(theme, "http://x.test"), theme.name);
        expect(theme.backgroundColor, theme.name).not.toBe(theme.textColor);
      }
      const offers = store.list("productOffers", be.id);
      const plans = offers.filter((o) => o.kind === "CUSTOMER_PLAN");
      const bundles = offers.filter((o) => o.kind === "UNIT_BUNDLE");
      expect(plans.length).toBeGreaterThanOrEqual(2);
      expect(plans.length).toBeLessThanOrEqual(3);
      expect(bundles.length).toBeGreaterThanOrEqual(3);
      expect(bundles.length).toBeLessThanOrEqual(4);
      for (const plan of plans) expect(plan.units).toBeNull();
      for (const bundle of bundles) expect(toCents(bundle.units ?? "0")).toBeGreaterThan(0);
    }
    const currencies = new Set(store.list("productOffers").map((o) => o.price.currency));
    expect([...currencies].sort()).toEqual(["EUR", "GBP"]);
  });

  it("has 12 MBE customers and 36 per reseller, mostly active, some disabled or closed, none deleted", () => {
    const { billingEntities: be } = SANDBOX_IDS;
    expect(store.count("customers", be.mbe)).toBe(12);
    expect(store.count("customers", be.resellerA)).toBe(36);
    expect(store.count("customers", be.resellerB)).toBe(36);
    for (const id of [be.resellerA, be.resellerB]) {
      const statuses = store.list("customers", id).map((c) => c.status);
      expect(statuses.filter((s) => s === "ACTIVE").length).toBeGreaterThan(statuses.length * 0.75);
      expect(statuses).toContain("DISABLED");
      expect(statuses).toContain("CLOSED");
    }
    expect(store.list("customers").map((c) => c.status)).not.toContain("DELETED");
    // Customer names are unique, so a search finds one.
    const names = store.list("customers").map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("keeps every customer's balance equal to its ledger, entry by entry, in cents", () => {
    const ledgers = byCustomer(store, "unitTransactions");
    for (const customer of store.list("customers")) {
      const ledger = ledgers.get(customer.id) ?? [];
      expect(ledger.length, customer.name).toBeGreaterThan(0);
      let carryOver = 0;
      let nonCarryOver = 0;
      let previous = "";
      for (const tx of ledger) {
        expect(
          Number.isInteger(tx.amount) && tx.amount > 0,
          `${customer.name}: ${tx.description}`,
        ).toBe(true);
        expect(tx.openingBalance).toBe(carryOver + nonCarryOver);
        const signed = tx.direction === "CREDIT" ? tx.amount : -tx.amount;
        if (tx.unitType === "CARRY_OVER") carryOver += signed;
        else nonCarryOver += signed;
        expect(tx.closingBalance).toBe(carryOver + nonCarryOver);
        // Stored oldest first.
        expect(tx.createdAt >= previous).toBe(true);
        previous = tx.createdAt;
      }
      expect(customer.balance, customer.name).toEqual({ carryOver, nonCarryOver });
    }
  });

  it("debits each month's usage as the sum of dailyUsage over the month, as the usage report shows it", () => {
    const ledgers = byCustomer(store, "unitTransactions");
    for (const customer of store.list("customers")) {
      const usage = (ledgers.get(customer.id) ?? []).filter((tx) => tx.source === "USAGE");
      const report = usageReport({
        customerId: customer.id,
        customerCreatedAt: customer.createdAt,
        from: "2026-05-01",
        to: "2026-10-31",
        granularity: "MONTH",
        today: "2026-10-31",
      });
      for (const monthNumber of [5, 6, 7, 8, 9, 10]) {
        const mm = String(monthNumber).padStart(2, "0");
        const debited = usage
          .filter((tx) => tx.createdAt.startsWith(`2026-${mm}`))
          .reduce((sum, tx) => sum + tx.amount, 0);
        let expected = 0;
        const days = new Date(Date.UTC(2026, monthNumber, 0)).getUTCDate();
        for (let d = 1; d <= days; d++) {
          const day = `2026-${mm}-${String(d).padStart(2, "0")}`;
          if (day < customer.createdAt.slice(0, 10)) continue;
          for (const type of USAGE_RESOURCE_TYPES)
            expected += cents(dailyUsage(customer.id, day, type));
        }
        expect(debited, `${customer.name}, 2026-${mm}`).toBe(expected);
        const reported = report.series
          .filter((s) => s.periodStart.startsWith(`2026-${mm}`))
          .reduce((sum, s) => sum + cents(s.units), 0);
        expect(reported, `${customer.name}, 2026-${mm}, report`).toBe(expected);
      }
    }
  });

  it("sets 'warning sent' exactly when the balance is at or below the warn level, with the e-mail recorded", () => {
    const emails = byCustomer(store, "emails");
    let warned = 0;
    for (const customer of store.list("customers")) {
      const { unitWarnLevel, warningSent } = customer.configuration;
      const total = customer.balance.carryOver + customer.balance.nonCarryOver;
      expect(warningSent, customer.name).toBe(
        unitWarnLevel !== null && total <= cents(unitWarnLevel),
      );
      if (warningSent) {
        warned++;
        expect((emails.get(customer.id) ?? []).some((e) => e.kind === "UNIT_WARNING")).toBe(true);
      }
    }
    expect(warned, "some customers to show a sent warning").toBeGreaterThan(0);
  });

  it("gives prepay customers a CUTOFF_BALANCE and credit customers their money limits", () => {
    for (const customer of store.list("customers")) {
      if (customer.configuration.paymentType === "PREPAY") {
        expect(typeof customer.assetMaxima.CUTOFF_BALANCE, customer.name).toBe("string");
      }
      expectSchema("#/components/schemas/AssetMaximaLimits", customer.assetMaxima, customer.name);
    }
  });

  it("has invoices whose totals add up: per line and in all, ex tax + tax = inc tax", () => {
    let invoices = 0;
    for (const invoice of store.list("invoices")) {
      invoices++;
      const sum = (pick: (line: (typeof invoice.lines)[number]) => { amount: string }) =>
        invoice.lines.reduce((total, line) => total + cents(pick(line)), 0);
      expect(invoice.lines.length).toBeGreaterThan(0);
      for (const line of invoice.lines) {
        expect(cents(line.totalExTax)).toBe(
          Math.round(Number(line.quantity) * cents(line.unitPrice)),
        );
        expect(cents(line.totalIncTax)).toBe(
          cents(line.totalExTax) +
            Math.round((cents(line.totalExTax) * Number(line.taxRate)) / 100),
        );
      }
      expect(cents(invoice.totalExTax)).toBe(sum((l) => l.totalExTax));
      expect(cents(invoice.totalIncTax)).toBe(sum((l) => l.totalIncTax));
      expect(cents(invoice.totalExTax) + cents(invoice.taxTotal)).toBe(cents(invoice.totalIncTax));
      expectSchema("#/components/schemas/InvoiceDetail", invoice, invoice.number);
    }
    expect(invoices).toBeGreaterThan(100);
    const numbers = store.list("invoices").map((i) => i.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const statuses = new Set(store.list("invoices").map((i) => i.status));
    expect([...statuses].sort()).toEqual(["DRAFT", "ISSUED", "OVERDUE", "PAID"]);
  });

  it("has a few credit notes, consistent and each crediting an invoice of the same customer (or none)", () => {
    const notes = store.list("creditNotes");
    expect(notes.length).toBeGreaterThan(3);
    for (const note of notes) {
      expect(cents(note.totalExTax) + cents(note.taxTotal)).toBe(cents(note.totalIncTax));
      // Its lines add up to its totals, as an invoice's do.
      expect(note.lines.length).toBeGreaterThan(0);
      const sum = (pick: (line: (typeof note.lines)[number]) => string | { amount: string }) =>
        note.lines.reduce((total, line) => total + cents(pick(line)), 0);
      expect(sum((l) => l.totalExTax)).toBe(cents(note.totalExTax));
      expect(sum((l) => l.totalIncTax)).toBe(cents(note.totalIncTax));
      const invoice = note.invoiceId === null ? undefined : store.get("invoices", note.invoiceId);
      if (note.invoiceId !== null) expect(invoice?.customerId).toBe(note.customerId);
      // As getCreditNote shows it: with the number of the invoice it credits.
      const shown = { ...note, invoiceNumber: invoice?.number ?? null };
      expectSchema("#/components/schemas/CreditNoteDetail", shown, note.number);
    }
  });

  it("has monthly statements whose running balance follows their lines", () => {
    for (const [customerId, statements] of byCustomer(store, "statements")) {
      expect(statements.map((s) => s.periodStart)).toEqual([
        "2026-05-01",
        "2026-06-01",
        "2026-07-01",
        "2026-08-01",
        "2026-09-01",
        "2026-10-01",
      ]);
      let balance = 0;
      for (const statement of statements) {
        expect(cents(statement.openingBalance), customerId).toBe(balance);
        for (const line of statement.lines) {
          balance += cents(line.debit ?? "0.00") - cents(line.credit ?? "0.00");
          expect(cents(line.balance)).toBe(balance);
          expect(line.date >= statement.periodStart && line.date <= statement.periodEnd).toBe(true);
        }
        expect(cents(statement.closingBalance)).toBe(balance);
        expectSchema("#/components/schemas/Statement", statement, `statement of ${customerId}`);
      }
    }
    const kinds = new Set(store.list("statements").flatMap((s) => s.lines.map((l) => l.kind)));
    expect([...kinds].sort()).toEqual([
      "PAYMENT_MADE",
      "PAYMENT_RECEIVED",
      "UNPAID_CREDIT_NOTE",
      "UNPAID_INVOICE",
    ]);
  });

  it("keeps VDC, server and disk counts consistent, disks attached to servers of their VDC or to none", () => {
    const servers = new Map(store.list("servers").map((s) => [s.id, s]));
    for (const vdc of store.list("vdcs")) {
      const own = store.list("servers", vdc.customerId).filter((s) => s.vdcId === vdc.id);
      const disks = store.list("disks", vdc.customerId).filter((d) => d.vdcId === vdc.id);
      expect(vdc.serverCount, vdc.name).toBe(own.length);
      expect(vdc.diskCount, vdc.name).toBe(disks.length);
      // As the API shows it (with its totals).
      const resources = customerResources(store, vdc.customerId);
      expectSchema("#/components/schemas/Vdc", vdcView(resources, vdc), vdc.name);
    }
    for (const server of servers.values()) {
      const attached = store
        .list("disks", server.customerId)
        .filter((d) => d.serverId === server.id);
      expect(server.diskCount).toBe(attached.length);
      expect(store.get("vdcs", server.vdcId)?.customerId).toBe(server.customerId);
      const resources = customerResources(store, server.customerId);
      expectSchema("#/components/schemas/Server", serverView(resources, server), server.name);
    }
    for (const disk of store.list("disks")) {
      if (disk.serverId === null) {
        expect(disk.status).toBe("DETACHED");
      } else {
        expect(disk.status).not.toBe("DETACHED");
        expect(servers.get(disk.serverId)?.vdcId).toBe(disk.vdcId);
      }
      const resources = customerResources(store, disk.customerId);
      expectSchema("#/components/schemas/Disk", diskView(resources, disk), disk.name);
    }
    expect(store.list("disks").some((d) => d.serverId === null)).toBe(true);
    // 1–3 VDCs for every customer that is not closed.
    for (const customer of store.list("customers")) {
      const vdcs = store.count("vdcs", customer.id);
      if (customer.status === "CLOSED") expect(vdcs).toBe(0);
      else expect(vdcs >= 1 && vdcs <= 3, customer.name).toBe(true);
      const names = store.list("vdcs", customer.id).map((v) => v.name);
      expect(new Set(names).size, `${customer.name}: VDC names`).toBe(names.length);
    }
  });

  it("counts in otherUsage the networks, images and snapshots it lists as related resources", () => {
    const related = byCustomer(store, "relatedResources");
    for (const customer of store.list("customers")) {
      const own = related.get(customer.id) ?? [];
      const images = own.filter((r) => r.type === "IMAGE").length;
      const snapshots = own.filter((r) => r.type === "SNAPSHOT").length;
      const networks = own.filter((r) => r.type === "NETWORK").length;
      expect(customer.otherUsage.MAX_IMAGES ?? 0).toBe(images);
      expect(customer.otherUsage.MAX_SNAPSHOTS ?? 0).toBe(snapshots);
      expect(
        (customer.otherUsage.MAX_NETWORK_PUBLIC ?? 0) +
          (customer.otherUsage.MAX_NETWORK_PRIVATE ?? 0),
      ).toBe(networks);
      for (const r of own) expectSchema("#/components/schemas/RelatedResource", r, r.name);
    }
  });

  it("gives every customer 2–6 valid users with an active admin, some with their own language, some API-key users", () => {
    const users = byCustomer(store, "users");
    for (const customer of store.list("customers")) {
      const own = users.get(customer.id) ?? [];
      expect(own.length >= 2 && own.length <= 6, customer.name).toBe(true);
      expect(own.some((u) => u.isAdmin && u.status === "ACTIVE" && u.type === "NORMAL")).toBe(true);
      const emails = own.map((u) => u.email);
      expect(new Set(emails).size, `${customer.name}: unique e-mails`).toBe(emails.length);
      for (const user of own) {
        expectSchema("#/components/schemas/UserName", user.name, user.name);
        expectSchema("#/components/schemas/EmailAddress", user.email, user.email);
        // At their first version; an API-key user shows the last four characters of a
        // credential, a normal user none.
        expect(user.version, user.name).toBe(1);
        if (user.type === "API_KEY") expect(user.credentialHint).toMatch(/^[0-9a-f]{4}$/);
        else expect(user.credentialHint).toBeNull();
      }
    }
    const all = store.list("users");
    expect(all.some((u) => u.language !== null)).toBe(true);
    expect(all.some((u) => u.type === "API_KEY")).toBe(true);
    expect(all.some((u) => u.status === "DISABLED")).toBe(true);
  });

  it("stores customer fields the API would accept (name, address, VAT, tags, validation HTML)", () => {
    for (const customer of store.list("customers")) {
      expectSchema("#/components/schemas/CustomerName", customer.name, customer.name);
      expectSchema("#/components/schemas/Address", customer.configuration.address, customer.name);
      expectSchema("#/components/schemas/TagList", customer.tags, customer.name);
      expect(customer.tags).toEqual([...new Set(customer.tags)].sort());
      expectSchema("#/components/schemas/ValidationHtml", customer.validationHtml, customer.name);
      const { vatNumber } = customer.configuration;
      if (vatNumber !== null) {
        expect(vatNumber).toMatch(/^[A-Z]{2}[A-Za-z0-9+*.]{2,18}$/);
      }
    }
    expect(
      store.get("customers", SANDBOX_IDS.customers.resellerAInvoice)?.validationHtml,
    ).toContain("onerror");
  });

  it("has jobs, keys and e-mails that keep the contract", () => {
    const types = new Set(store.list("jobs").map((j) => j.type));
    for (const type of [
      "CREATE_SERVER",
      "START_SERVER",
      "STOP_SERVER",
      "CREATE_DISK",
      "ATTACH_DISK",
      "CREATE_VDC",
    ]) {
      expect(types).toContain(type);
    }
    const statuses = new Set(store.list("jobs").map((j) => j.status));
    expect([...statuses].sort()).toEqual([
      "CANCELLED",
      "FAILED",
      "IN_PROGRESS",
      "QUEUED",
      "SUCCESSFUL",
    ]);
    for (const job of store.list("jobs")) {
      expect(job.endedAt === null).toBe(job.status === "QUEUED" || job.status === "IN_PROGRESS");
      expectSchema("#/components/schemas/Job", jobView(job), job.description);
    }
    for (const [customerId, keys] of byCustomer(store, "keys")) {
      const names = keys.map((k) => k.name);
      expect(new Set(names).size, customerId).toBe(names.length);
      for (const key of keys) {
        // A seeded key is at its first version; the API adds its ETag as `etag`.
        expect(key.version, key.name).toBe(1);
        const shown = { ...key, etag: `"${key.id}.k.${key.version}"` };
        expectSchema("#/components/schemas/Key", shown, key.name, ["customerId", "version"]);
      }
    }
    expect(new Set(store.list("keys").map((k) => k.type)).size).toBeGreaterThanOrEqual(4);
    const general = store.list("emails").filter((e) => e.kind === "GENERAL");
    expect(general.length).toBeGreaterThan(0);
    for (const email of store.list("emails"))
      expectSchema("#/components/schemas/Email", email, email.subject, [
        "customerId",
        "message",
        "kind",
      ]);
  });

  it("resolves every reference: themes, product offers, customers, users, invoices, resources", () => {
    const customers = new Map(store.list("customers").map((c) => [c.id, c]));
    for (const be of store.list("billingEntities")) {
      expect(store.get("themes", be.defaultThemeId!)?.billingEntityId).toBe(be.id);
    }
    for (const admin of store.list("admins")) {
      expect(store.get("billingEntities", admin.billingEntityId)).toBeDefined();
    }
    for (const customer of customers.values()) {
      expect(store.get("billingEntities", customer.billingEntityId)).toBeDefined();
      if (customer.themeId !== null) {
        expect(store.get("themes", customer.themeId)?.billingEntityId).toBe(
          customer.billingEntityId,
        );
      }
      const { productOfferId } = customer.configuration;
      if (productOfferId !== null) {
        expect(store.get("productOffers", productOfferId)).toMatchObject({
          kind: "CUSTOMER_PLAN",
          billingEntityId: customer.billingEntityId,
        });
      }
    }
    const owned = [
      "users",
      "unitTransactions",
      "statements",
      "invoices",
      "creditNotes",
      "vdcs",
      "servers",
      "disks",
      "jobs",
      "relatedResources",
      "keys",
      "emails",
    ] as const;
    for (const collection of owned) {
      for (const record of store.list(collection)) {
        expect(customers.has(record.customerId), `${collection} ${record.id}`).toBe(true);
      }
    }
    for (const tx of store.list("unitTransactions")) {
      if (tx.source !== "OFFER_PURCHASE") continue;
      expect(store.get("productOffers", tx.resource!.id)).toMatchObject({
        kind: "UNIT_BUNDLE",
        billingEntityId: customers.get(tx.customerId)!.billingEntityId,
      });
    }
    for (const email of store.list("emails")) {
      for (const recipient of email.recipients) {
        expect(store.get("users", recipient.userId)?.customerId).toBe(email.customerId);
      }
    }
    const collectionOf: Partial<Record<string, CollectionName>> = {
      CUSTOMER: "customers",
      VDC: "vdcs",
      SERVER: "servers",
      DISK: "disks",
      EMAIL: "emails",
    };
    for (const job of store.list("jobs")) {
      if (job.resource === null) continue;
      const collection = collectionOf[job.resource.type];
      expect(collection, job.description).toBeDefined();
      const record = store.get(collection!, job.resource.id) as { name?: string; subject?: string };
      expect(record, job.description).toBeDefined();
      expect(job.resource.name, job.description).toBe(record.name ?? record.subject);
    }
  });

  it("dates everything before the reference time (due dates of open invoices aside)", () => {
    const reference = SEED_REFERENCE_TIME;
    const late: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (typeof value === "string") {
        // A date ("2026-10-31") compares with the reference day, a timestamp with the instant.
        const limit = value.length > 10 ? reference : reference.slice(0, 10);
        if (/^\d{4}-\d{2}-\d{2}/.test(value) && value >= limit) late.push(`${path} = ${value}`);
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          visit(item, `${path}[${i}]`);
        });
      } else if (value && typeof value === "object") {
        for (const [key, item] of Object.entries(value)) {
          // A due date is a deadline, not an event: it may lie ahead.
          if (key !== "dueAt") visit(item, `${path}.${key}`);
        }
      }
    };
    for (const collection of COLLECTIONS) {
      for (const record of store.list(collection)) visit(record, `${collection}/${record.id}`);
    }
    expect(late).toEqual([]);
  });
});

describe("seedStore (large)", () => {
  let large: MemoryStore;
  let largeSummary: SeedSummary;
  beforeAll(() => {
    large = new MemoryStore();
    largeSummary = seedStore(large, { size: "large" });
  });

  it("has 10,000 customers over the three billing entities", () => {
    expect(large.count("customers")).toBe(LARGE_SEED_CUSTOMERS);
    expect(largeSummary.counts.customers).toBe(LARGE_SEED_CUSTOMERS);
    for (const be of Object.values(SANDBOX_IDS.billingEntities)) {
      expect(large.count("customers", be)).toBeGreaterThan(500);
    }
    const names = large.list("customers").map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("holds the default seed unchanged, so well-known ids and their data are the same in both sizes", () => {
    for (const customer of store.list("customers")) {
      expect(large.get("customers", customer.id)).toEqual(customer);
      expect(large.list("unitTransactions", customer.id)).toEqual(
        store.list("unitTransactions", customer.id),
      );
      expect(large.list("invoices", customer.id)).toEqual(store.list("invoices", customer.id));
    }
  });

  it("gives the extra customers light children: 1–2 users, a short ledger equal to their balance, no billing documents", () => {
    const defaults = new Set(store.list("customers").map((c) => c.id));
    const users = byCustomer(large, "users");
    const ledgers = byCustomer(large, "unitTransactions");
    let light = 0;
    for (const customer of large.list("customers")) {
      if (defaults.has(customer.id)) continue;
      light++;
      const own = users.get(customer.id) ?? [];
      expect(own.length >= 1 && own.length <= 2).toBe(true);
      const ledger = ledgers.get(customer.id) ?? [];
      expect(ledger.length).toBeLessThanOrEqual(6);
      const sum = ledger.reduce(
        (s, tx) => s + (tx.direction === "CREDIT" ? tx.amount : -tx.amount),
        0,
      );
      expect(customer.balance.carryOver + customer.balance.nonCarryOver).toBe(sum);
    }
    expect(light).toBe(LARGE_SEED_CUSTOMERS - store.count("customers"));
    expect(large.count("invoices")).toBe(store.count("invoices"));
    expect(large.count("statements")).toBe(store.count("statements"));
  });
});
