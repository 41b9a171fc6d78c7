import { toCents, toMoney, toUnits } from "../domain/amounts";
import type {
  AdminRecord,
  BillingEntityRecord,
  LanguageRecord,
  ProductOfferRecord,
  ThemeRecord,
} from "../store/types";
import { uuidFor } from "./random";

/**
 * The fixed, documented part of the seed: billing entities, their admins and
 * tokens, languages, themes and product offers. Where the contract's examples
 * name an id (Reseller A, its admin "Ada Reseller", the customer "Northwind
 * Traders", the theme "Ocean", …) the seed uses that very id, so the examples
 * in openapi/customer-admin.yaml work as-is against the sandbox.
 */

/** Everything the seed dates lies before this instant (the sandbox's "today" is 1 November 2026). */
export const SEED_REFERENCE_TIME = "2026-11-01T00:00:00Z";

/** The bearer tokens the sandbox accepts: one admin per billing entity. */
export const SANDBOX_TOKENS = {
  /** An admin of the master billing entity "Skyline Cloud": sees every customer. */
  mbeAdmin: "demo-mbe-admin",
  /** An admin of "Reseller A": sees Reseller A's customers only. */
  resellerAAdmin: "demo-reseller-a-admin",
  /** An admin of "Reseller B": sees Reseller B's customers only. */
  resellerBAdmin: "demo-reseller-b-admin",
} as const;

/** Fixed ids that tests, stories and docs may rely on; every seed size has them. */
export const SANDBOX_IDS = {
  billingEntities: {
    /** "Skyline Cloud", the master billing entity (language en, GBP). */
    mbe: "8d2f0b5a-06f7-48d3-8073-99a6d4999c3d",
    /** "Reseller A" (language de, EUR). */
    resellerA: "1b7e4a10-2c3d-4e5f-8a9b-0c1d2e3f4a5b",
    /** "Reseller B" (language fr, EUR). */
    resellerB: "ea05c5f4-5356-465b-b3b3-122137b25e86",
  },
  admins: {
    /** "Morgan Platform", token `demo-mbe-admin`. */
    mbe: "ca77d9ea-f50b-44a4-a77d-cc85ee7ecb8f",
    /** "Ada Reseller", token `demo-reseller-a-admin`. */
    resellerA: "6f0c8d2e-7a51-4c1f-9b3e-1d2a4c5e6f70",
    /** "Bertrand Revendeur", token `demo-reseller-b-admin`. */
    resellerB: "495d9a21-75c5-4f72-8279-0ddd5c459f13",
  },
  customers: {
    /**
     * Reseller A's "Northwind Traders" (the contract's example): PREPAY, warn
     * level 100, CUTOFF_BALANCE -50, theme "Ocean", tags eu-west and gpu, an
     * admin user "Jane Doe", a "Production" VDC with server "web-01".
     */
    resellerAPrepay: "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b",
    /**
     * Reseller A's "Contoso Maschinenbau GmbH": INVOICE (a credit customer),
     * language de, and a validation HTML that carries an `onerror` attribute
     * and a `<script>`, to prove that the UI sanitises it.
     */
    resellerAInvoice: "72970c46-07ac-4eb6-bdd9-70f46cb8d26d",
    /** Reseller B's "Boulangerie Dupont SARL": PREPAY, language fr. */
    resellerBPrepay: "ba02801f-059c-455f-a11d-524df73186c4",
    /** Reseller B's "Fabrikam Logistique SAS": INVOICE, language fr. */
    resellerBInvoice: "13930057-3a30-4495-8ae3-64349eebde61",
    /** The MBE's own "Skyline Internal Tools Ltd": PREPAY, so MBE branding applies to it. */
    mbeOwn: "0d944fa4-623f-45e0-b63d-190f3f244740",
  },
  users: {
    /** "Jane Doe", admin user of Northwind Traders (language null: follows the customer). */
    northwindAdmin: "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
  },
  themes: {
    /** "Skyline", the MBE's branding and default theme. */
    mbeDefault: uuidFor("theme:mbe:Skyline"),
    /** "Ocean", Reseller A's default theme. */
    resellerADefault: "0d6a9b1c-2e3f-4a5b-8c7d-9e0f1a2b3c4d",
    /** "Lavande", Reseller B's default theme. */
    resellerBDefault: uuidFor("theme:resellerB:Lavande"),
  },
  productOffers: {
    /** Reseller A's "Business" customer plan (EUR 49 a month). */
    resellerABusinessPlan: "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091",
    /** Reseller A's "1,000 units" unit bundle (EUR 100). */
    resellerAUnits1000: "7c6b5a49-3827-4165-9e8d-7c6b5a493827",
  },
} as const;

/** What the seed needs to know about a billing entity beyond its record. */
export interface BillingEntitySetup {
  key: "mbe" | "resellerA" | "resellerB";
  record: BillingEntityRecord;
  admin: AdminRecord;
  currency: "EUR" | "GBP";
  /** The country most of its customers are in (and the seller's country for VAT). */
  homeCountry: string;
  /** Where its customers' customers live: `[country, weight]`. */
  countries: readonly (readonly [string, number])[];
  clusters: readonly string[];
  /** Invoice and credit note numbers start with this. */
  documentPrefix: string;
  themes: ThemeRecord[];
  offers: ProductOfferRecord[];
  /** Customers of a "default" seed. */
  defaultCustomers: number;
}

function theme(
  be: string,
  beKey: string,
  name: string,
  description: string,
  primaryColor: string,
  accentColor: string,
  id = uuidFor(`theme:${beKey}:${name}`),
): ThemeRecord {
  const [backgroundColor, textColor] = DARK_SURFACES[name] ?? ["#ffffff", "#1f2933"];
  return {
    id,
    name,
    description,
    billingEntityId: be,
    primaryColor,
    accentColor,
    backgroundColor,
    textColor,
  };
}

/** Background and text colours of the dark themes; the others are dark text on white. */
const DARK_SURFACES: Partial<Record<string, readonly [string, string]>> = {
  "Skyline Dark": ["#0b1220", "#e6edf7"],
  Midnight: ["#0d0c14", "#ece9ff"],
};

function plan(
  be: string,
  beKey: string,
  currency: string,
  name: string,
  description: string,
  price: number,
  id = uuidFor(`offer:${beKey}:${name}`),
): ProductOfferRecord {
  return {
    id,
    name,
    kind: "CUSTOMER_PLAN",
    description,
    units: null,
    // Prices are written here in major units (49.99); String() of such a literal is exact.
    price: toMoney(toCents(String(price)), currency),
    billingEntityId: be,
  };
}

function bundle(
  be: string,
  beKey: string,
  currency: string,
  units: number,
  price: number,
  description: string,
  id = uuidFor(`offer:${beKey}:units:${units}`),
): ProductOfferRecord {
  return {
    id,
    name: `${groupThousands(units)} units`,
    kind: "UNIT_BUNDLE",
    description,
    units: toUnits(units * 100),
    price: toMoney(toCents(String(price)), currency),
    billingEntityId: be,
  };
}

/** 10000 → "10,000", spelled out rather than `toLocaleString` so that every engine agrees. */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const { mbe, resellerA, resellerB } = SANDBOX_IDS.billingEntities;

export const BILLING_ENTITIES: readonly BillingEntitySetup[] = [
  {
    key: "mbe",
    record: {
      id: mbe,
      name: "Skyline Cloud",
      isMaster: true,
      defaultLanguage: "en",
      defaultThemeId: SANDBOX_IDS.themes.mbeDefault,
      controlPanelUrl: "https://cp.skyline.example",
      currency: "GBP",
    },
    admin: {
      id: SANDBOX_IDS.admins.mbe,
      name: "Morgan Platform",
      email: "morgan@skyline.example",
      billingEntityId: mbe,
      token: SANDBOX_TOKENS.mbeAdmin,
    },
    currency: "GBP",
    homeCountry: "GB",
    countries: [
      ["GB", 8],
      ["IE", 2],
    ],
    clusters: ["London 1", "London 2", "Manchester 1"],
    documentPrefix: "SKY",
    themes: [
      theme(
        mbe,
        "mbe",
        "Skyline",
        "The platform's own branding: sky blue on white",
        "#1d6fd8",
        "#ffb400",
        SANDBOX_IDS.themes.mbeDefault,
      ),
      theme(
        mbe,
        "mbe",
        "Skyline Dark",
        "The platform's branding on a dark background",
        "#0f1c2e",
        "#4fb3ff",
      ),
      theme(mbe, "mbe", "Midnight", "Near-black with violet accents", "#14121f", "#8a5cf6"),
    ],
    offers: [
      plan(mbe, "mbe", "GBP", "Starter", "For trying the platform: one VDC, community support.", 9),
      plan(
        mbe,
        "mbe",
        "GBP",
        "Business",
        "Production workloads with next-business-day support.",
        45,
      ),
      plan(mbe, "mbe", "GBP", "Enterprise", "Dedicated account manager and 24/7 support.", 180),
      bundle(mbe, "mbe", "GBP", 500, 45, "Five hundred prepaid units that carry over."),
      bundle(mbe, "mbe", "GBP", 1000, 85, "A thousand prepaid units that carry over."),
      bundle(mbe, "mbe", "GBP", 5000, 400, "Five thousand prepaid units that carry over."),
      bundle(mbe, "mbe", "GBP", 10000, 760, "Ten thousand prepaid units that carry over."),
    ],
    defaultCustomers: 12,
  },
  {
    key: "resellerA",
    record: {
      id: resellerA,
      name: "Reseller A",
      isMaster: false,
      defaultLanguage: "de",
      defaultThemeId: SANDBOX_IDS.themes.resellerADefault,
      controlPanelUrl: "https://cp.reseller-a.example",
      currency: "EUR",
    },
    admin: {
      id: SANDBOX_IDS.admins.resellerA,
      name: "Ada Reseller",
      email: "ada@reseller-a.example",
      billingEntityId: resellerA,
      token: SANDBOX_TOKENS.resellerAAdmin,
    },
    currency: "EUR",
    homeCountry: "DE",
    countries: [
      ["DE", 14],
      ["AT", 2],
      ["CH", 2],
      ["GB", 1],
      ["NL", 1],
    ],
    clusters: ["Frankfurt 1", "Frankfurt 2", "Berlin 1", "London 1"],
    documentPrefix: "RSA",
    themes: [
      theme(
        resellerA,
        "resellerA",
        "Ocean",
        "Deep blue with white text",
        "#0b5cad",
        "#f5a623",
        SANDBOX_IDS.themes.resellerADefault,
      ),
      theme(
        resellerA,
        "resellerA",
        "Forest",
        "Dark green with warm highlights",
        "#1e5631",
        "#e0a458",
      ),
      theme(resellerA, "resellerA", "Alpine", "Slate grey and glacier blue", "#3b4856", "#7cc6fe"),
    ],
    offers: [
      plan(resellerA, "resellerA", "EUR", "Basic", "Ein VDC, Community-Support.", 12),
      plan(
        resellerA,
        "resellerA",
        "EUR",
        "Business",
        "Produktivbetrieb mit Support am nächsten Werktag.",
        49,
        SANDBOX_IDS.productOffers.resellerABusinessPlan,
      ),
      plan(
        resellerA,
        "resellerA",
        "EUR",
        "Premium",
        "Eigener Ansprechpartner, Support rund um die Uhr.",
        199,
      ),
      bundle(resellerA, "resellerA", "EUR", 500, 55, "Five hundred prepaid units that carry over."),
      bundle(
        resellerA,
        "resellerA",
        "EUR",
        1000,
        100,
        "A thousand prepaid units that carry over.",
        SANDBOX_IDS.productOffers.resellerAUnits1000,
      ),
      bundle(
        resellerA,
        "resellerA",
        "EUR",
        5000,
        475,
        "Five thousand prepaid units that carry over.",
      ),
      bundle(
        resellerA,
        "resellerA",
        "EUR",
        10000,
        900,
        "Ten thousand prepaid units that carry over.",
      ),
    ],
    defaultCustomers: 36,
  },
  {
    key: "resellerB",
    record: {
      id: resellerB,
      name: "Reseller B",
      isMaster: false,
      defaultLanguage: "fr",
      defaultThemeId: SANDBOX_IDS.themes.resellerBDefault,
      controlPanelUrl: "https://cp.reseller-b.example",
      currency: "EUR",
    },
    admin: {
      id: SANDBOX_IDS.admins.resellerB,
      name: "Bertrand Revendeur",
      email: "bertrand@reseller-b.example",
      billingEntityId: resellerB,
      token: SANDBOX_TOKENS.resellerBAdmin,
    },
    currency: "EUR",
    homeCountry: "FR",
    countries: [
      ["FR", 15],
      ["BE", 3],
      ["ES", 2],
    ],
    clusters: ["Paris 1", "Paris 2", "Amsterdam 1"],
    documentPrefix: "RSB",
    themes: [
      theme(
        resellerB,
        "resellerB",
        "Lavande",
        "Lavender and cream",
        "#6b4c9a",
        "#f2c14e",
        SANDBOX_IDS.themes.resellerBDefault,
      ),
      theme(resellerB, "resellerB", "Bordeaux", "Wine red with gold", "#7b1e3a", "#d4af37"),
      theme(resellerB, "resellerB", "Riviera", "Sea blue and sand", "#006994", "#e8c07d"),
      theme(resellerB, "resellerB", "Ardoise", "Slate grey, high contrast", "#2f3b45", "#ff6b35"),
    ],
    offers: [
      plan(resellerB, "resellerB", "EUR", "Essentiel", "Un VDC, support communautaire.", 10),
      plan(resellerB, "resellerB", "EUR", "Pro", "Production, support le jour ouvré suivant.", 59),
      bundle(resellerB, "resellerB", "EUR", 1000, 95, "A thousand prepaid units that carry over."),
      bundle(
        resellerB,
        "resellerB",
        "EUR",
        2500,
        230,
        "Two and a half thousand prepaid units that carry over.",
      ),
      bundle(
        resellerB,
        "resellerB",
        "EUR",
        10000,
        880,
        "Ten thousand prepaid units that carry over.",
      ),
    ],
    defaultCustomers: 36,
  },
];

export const LANGUAGES: readonly LanguageRecord[] = [
  { id: "en", code: "en", name: "English", nativeName: "English" },
  { id: "de", code: "de", name: "German", nativeName: "Deutsch" },
  { id: "fr", code: "fr", name: "French", nativeName: "Français" },
  { id: "es", code: "es", name: "Spanish", nativeName: "Español" },
  { id: "ru", code: "ru", name: "Russian", nativeName: "Русский" },
];
