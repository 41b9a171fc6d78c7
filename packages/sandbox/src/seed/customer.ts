import type { components } from "@customer-kit/client";
import { toCents, toUnits } from "../domain/amounts";
import {
  bookTransaction,
  type LedgerStore,
  totalCents,
  transactionRefusal,
} from "../domain/ledger";
import { USAGE_RESOURCE_TYPES, usageCents } from "../domain/usage";
import type {
  CustomerRecord,
  DiskRecord,
  EmailRecord,
  JobRecord,
  KeyRecord,
  ProductOfferRecord,
  RelatedResourceRecord,
  ServerRecord,
  UnitTransactionRecord,
  UserRecord,
  VdcRecord,
} from "../store/types";
import { asciiFold, BRANDS, countryOf, randomAddress, slug } from "./names";
import { Random } from "./random";
import type { BillingEntitySetup } from "./reference";
import {
  between,
  DAY_MS,
  iso,
  LEDGER_MONTHS,
  MINUTE_MS,
  type Month,
  officeHours,
  REFERENCE_MS,
} from "./time";

type Schemas = components["schemas"];
type LanguageCode = Schemas["LanguageCode"];
type AssetMaximaLimits = Schemas["AssetMaximaLimits"];

/** The fixed parts of a well-known customer (see `SANDBOX_IDS.customers`). */
export interface WellKnownCustomer {
  id: string;
  name: string;
  paymentType: Schemas["PaymentType"];
  country: string;
  defaultLanguage: LanguageCode | null;
  createdAt?: string;
  /** The domain of its users' e-mail addresses; by default derived from the name. */
  emailDomain?: string;
  address?: Schemas["Address"];
  vatNumber?: string;
  tags?: string[];
  themeId?: string | null;
  productOfferId?: string | null;
  /** In whole units; stored as the API has it (`"100.00"`). */
  unitWarnLevel?: number | null;
  validationHtml?: string | null;
  status?: Schemas["CustomerStatus"];
  assetMaxima?: AssetMaximaLimits;
  firstUser?: { id: string; name: string; email: string; createdAt: string };
  firstVdc?: VdcLayout;
  firstKey?: { id: string; name: string; value: string; type: Schemas["KeyType"] };
}

/** The shape of a VDC before it becomes records; a well-known customer may fix one. */
export interface VdcLayout {
  id?: string;
  name: string;
  clusterName: string;
  servers: ServerLayout[];
  /** Disks in the VDC that no server has attached. */
  detachedDisks: number;
}

export interface ServerLayout {
  id?: string;
  name: string;
  cpus: number;
  ramMb: number;
  /** Sizes in GB; the first is the boot disk. */
  disks: { id?: string; sizeGb: number }[];
  publicIp: boolean;
  /** A fixed public address (documentation ranges only: 203.0.113.0/24 …). */
  publicIpAddress?: string;
}

/** Every record one customer owns, before it is written (billing documents come later). */
export interface CustomerDraft {
  be: BillingEntitySetup;
  random: Random;
  full: boolean;
  customer: CustomerRecord;
  users: UserRecord[];
  ledger: UnitTransactionRecord[];
  vdcs: VdcRecord[];
  servers: ServerRecord[];
  disks: DiskRecord[];
  related: RelatedResourceRecord[];
  keys: KeyRecord[];
  emails: EmailRecord[];
  jobs: JobRecord[];
  /** Unit bundles bought per ledger month (index into LEDGER_MONTHS), for the invoices. */
  purchases: { monthIndex: number; offer: ProductOfferRecord; at: number }[];
  /** Percent VAT on this customer's invoices (0 when exempt). */
  taxRate: number;
}

const TAG_POOL = [
  "eu-west",
  "eu-central",
  "uk-south",
  "gpu",
  "premium",
  "backup",
  "ha",
  "windows",
  "pci-dss",
  "beta",
  "sla-gold",
  "iso27001",
  "ssd-only",
  "dedicated",
] as const;

const LANGUAGE_CODES: readonly LanguageCode[] = ["en", "de", "fr", "es", "ru"];

/** Names already given in this seed: a customer name is unique across the platform. */
export type NameRegistry = Set<string>;

/**
 * Draws a customer: its record, users, resources, ledger, keys, e-mails and
 * jobs. `full` customers (every "default" customer) have everything; the
 * extra customers of a "large" seed are light (1–2 users, a one-month
 * ledger, no resources, no billing documents) so that ten thousand of them
 * seed in seconds.
 */
export function drawCustomer(
  be: BillingEntitySetup,
  index: number,
  full: boolean,
  names: NameRegistry,
  known?: WellKnownCustomer,
): CustomerDraft {
  // One stream per customer, keyed by its place: see `Random`.
  const random = new Random(`customer:${be.key}:${index}`);
  const id = random.uuid();
  const customerId = known?.id ?? id;
  const countryCode = known?.country ?? random.weighted(be.countries);
  const country = countryOf(countryCode);
  const name = known?.name ?? uniqueName(random, countryCode, names, full);
  names.add(name);

  const createdMs = known?.createdAt
    ? Date.parse(known.createdAt)
    : full
      ? between(random, Date.UTC(2023, 0, 1), Date.UTC(2026, 3, 15))
      : between(random, Date.UTC(2019, 0, 1), Date.UTC(2026, 8, 1));
  const status = known?.status ?? drawStatus(random, be, index, full);
  const paymentType = known?.paymentType ?? (random.chance(0.35) ? "INVOICE" : "PREPAY");
  const plans = be.offers.filter((o) => o.kind === "CUSTOMER_PLAN");
  const productOfferId =
    known?.productOfferId !== undefined
      ? known.productOfferId
      : random.chance(0.8)
        ? random.pick(plans).id
        : null;
  const address = known?.address ?? randomAddress(random, countryCode);
  const vatNumber = known?.vatNumber ?? (random.chance(0.8) ? country.vatNumber(random) : null);
  // Reverse charge: a business customer in another VAT area pays no VAT to
  // the seller; a customer outside the EU (CH) neither.
  const vatExempt = country.vatRate === 0 || (vatNumber !== null && countryCode !== be.homeCountry);
  const taxRate = vatExempt ? 0 : country.vatRate;
  const unitWarnLevel =
    known?.unitWarnLevel !== undefined
      ? known.unitWarnLevel
      : random.chance(paymentType === "PREPAY" ? 0.7 : 0.25)
        ? random.pick([50, 100, 200, 500])
        : null;
  const validationHtml =
    known?.validationHtml !== undefined
      ? known.validationHtml
      : random.chance(0.25)
        ? random.pick([
            `<p>Images signed by <b>${escapeHtml(name)}</b>.</p>`,
            `<p>Our images are built by our CI from <a href="https://git.${slug(name)}.example">our repositories</a>.</p>`,
            `<p>Verified publisher: <i>${escapeHtml(name)}</i><br>Contact: security@${slug(name)}.example</p>`,
          ])
        : null;
  const defaultLanguage =
    known !== undefined
      ? known.defaultLanguage
      : random.weighted<LanguageCode | null>([
          [null, 10],
          [country.language, 7],
          [random.pick(LANGUAGE_CODES), 3],
        ]);
  const themeId =
    known?.themeId !== undefined
      ? known.themeId
      : random.chance(0.4)
        ? random.pick(be.themes).id
        : null;
  const tags =
    known?.tags ??
    [
      ...new Set(
        random.sample(
          TAG_POOL,
          random.weighted([
            [0, 2],
            [1, 3],
            [2, 3],
            [3, 2],
            [4, 1],
          ]),
        ),
      ),
    ].sort();

  const customer: CustomerRecord = {
    id: customerId,
    billingEntityId: be.record.id,
    name,
    status,
    createdAt: iso(createdMs),
    modifiedAt: iso(createdMs),
    version: 1,
    configuration: {
      productOfferId,
      address,
      vatNumber,
      vatExempt,
      paymentType,
      unitWarnLevel: unitWarnLevel === null ? null : toUnits(unitWarnLevel * 100),
      warningSent: false,
    },
    validationHtml,
    defaultLanguage,
    themeId,
    tags,
    tagsVersion: 1,
    assetMaxima: {},
    assetMaximaVersion: 1,
    assetMaximaModifiedAt: iso(createdMs),
    balance: { carryOver: 0, nonCarryOver: 0 },
    otherUsage: {},
  };

  const draft: CustomerDraft = {
    be,
    random,
    full,
    customer,
    users: [],
    ledger: [],
    vdcs: [],
    servers: [],
    disks: [],
    related: [],
    keys: [],
    emails: [],
    jobs: [],
    purchases: [],
    taxRate,
  };

  const domain = known?.emailDomain ?? `${slug(name) || "customer"}.example`;
  drawUsers(draft, createdMs, domain, known?.firstUser);
  if (full && status !== "CLOSED")
    drawResources(draft, createdMs, known !== undefined, known?.firstVdc);
  drawAssetMaxima(draft, known?.assetMaxima);
  drawKeys(draft, createdMs, known?.firstKey);
  if (full) drawGeneralEmails(draft, createdMs);
  drawLedger(draft, createdMs);
  drawJobs(draft, createdMs);
  // Every per-customer list is stored oldest first, so insertion order is
  // chronological, as it is for records the API adds later.
  const byCreatedAt = (a: { createdAt: string }, b: { createdAt: string }) =>
    a.createdAt.localeCompare(b.createdAt);
  draft.vdcs.sort(byCreatedAt);
  draft.servers.sort(byCreatedAt);
  draft.disks.sort(byCreatedAt);
  draft.emails.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));

  // The last change to the customer: its closing or disabling, or an edit.
  const modifiedMs =
    status === "ACTIVE" || status === "ADMIN"
      ? between(random, createdMs, REFERENCE_MS - DAY_MS)
      : between(random, Date.UTC(2026, 6, 1), REFERENCE_MS - DAY_MS);
  customer.modifiedAt = iso(Math.max(modifiedMs, createdMs));
  if (customer.modifiedAt !== customer.createdAt) {
    draft.jobs.push({
      ...job(random, "MODIFY_CUSTOMER", Date.parse(customer.modifiedAt), be.admin.name, {
        description:
          status === "CLOSED"
            ? `${name} was closed`
            : status === "DISABLED"
              ? `${name} was disabled`
              : `${name} was edited`,
        resource: { type: "CUSTOMER", id: customerId, name },
      }),
      customerId,
    });
  }
  draft.jobs.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return draft;
}

function uniqueName(
  random: Random,
  countryCode: string,
  names: NameRegistry,
  full: boolean,
): string {
  const country = countryOf(countryCode);
  // A few full customers carry a well-known fictional brand.
  if (full && random.chance(0.12)) {
    const brand = random.pick(BRANDS);
    const withForm = `${brand} ${random.pick(countryCode === "GB" || countryCode === "IE" ? ["Ltd", "PLC"] : countryCode === "FR" || countryCode === "BE" ? ["SAS", "SA"] : ["GmbH", "AG"])}`;
    if (!names.has(withForm)) return withForm;
  }
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidate = country.company(random, random.pick(country.surnames));
    if (!names.has(candidate)) return candidate;
  }
  // Ten thousand customers exhaust the pools: tell namesakes apart by town, then by number.
  const base = country.company(random, random.pick(country.surnames));
  const withTown = `${base} (${random.pick(country.towns).town})`;
  if (!names.has(withTown)) return withTown;
  for (let n = 2; ; n++) {
    const numbered = `${withTown} ${n}`;
    if (!names.has(numbered)) return numbered;
  }
}

function drawStatus(
  random: Random,
  be: BillingEntitySetup,
  index: number,
  full: boolean,
): Schemas["CustomerStatus"] {
  if (full) {
    // Fixed places, so that every billing entity has a disabled and a closed
    // customer for the UI to show (and the MBE a platform-internal one).
    if (be.key === "mbe" && index === 1) return "ADMIN";
    if (index % 12 === 5) return "DISABLED";
    if (index % 12 === 9) return "CLOSED";
    return "ACTIVE";
  }
  return random.weighted([
    ["ACTIVE", 90],
    ["DISABLED", 6],
    ["CLOSED", 4],
  ] as const);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

// ---------------------------------------------------------------------------
// Users

const API_KEY_USERS = [
  "Deploy automation",
  "Terraform",
  "Monitoring integration",
  "Backup agent",
  "CI pipeline",
] as const;

function drawUsers(
  draft: CustomerDraft,
  createdMs: number,
  domain: string,
  first?: WellKnownCustomer["firstUser"],
): void {
  const { random, customer } = draft;
  const country = countryOf(customer.configuration.address.country ?? "GB");
  const count = draft.full ? random.int(2, 6) : random.int(1, 2);
  const emails = new Set<string>();
  const uniqueEmail = (local: string) => {
    let email = `${local}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}`;
    emails.add(email);
    return email;
  };

  for (let i = 0; i < count; i++) {
    const id = random.uuid();
    const createdAt =
      i === 0
        ? createdMs + MINUTE_MS
        : between(random, createdMs + DAY_MS, REFERENCE_MS - 30 * DAY_MS);
    if (i === 0 && first) {
      emails.add(first.email);
      draft.users.push({
        id: first.id,
        customerId: customer.id,
        name: first.name,
        email: first.email,
        type: "NORMAL",
        isAdmin: true,
        status: "ACTIVE",
        language: null,
        credentialHint: null,
        createdAt: first.createdAt,
        version: 1,
      });
      continue;
    }
    // The first user opened the account: always an active admin.
    const apiKey = i > 0 && random.chance(0.2);
    if (apiKey) {
      const name = random.pick(API_KEY_USERS);
      draft.users.push({
        id,
        customerId: customer.id,
        name,
        email: uniqueEmail(`api-${slug(name)}`),
        type: "API_KEY",
        isAdmin: false,
        status: "ACTIVE",
        language: null,
        // The seed draws no credential (nobody could have seen it): a hint from the id, which
        // keeps the random stream, and so the rest of the seed, as it was.
        credentialHint: id.slice(-4),
        createdAt: iso(createdAt),
        version: 1,
      });
      continue;
    }
    const firstName = random.pick(country.firstNames);
    const lastName = random.pick(country.surnames);
    const local = asciiFold(`${firstName}.${lastName}`)
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, "");
    draft.users.push({
      id,
      customerId: customer.id,
      name: `${firstName} ${lastName}`,
      email: uniqueEmail(local),
      type: "NORMAL",
      isAdmin: i === 0 || random.chance(0.25),
      status: i === 0 || random.chance(0.9) ? "ACTIVE" : "DISABLED",
      // Some users pick their own language; the rest follow the customer's.
      language: random.chance(0.25)
        ? random.weighted<LanguageCode>([
            [country.language, 3],
            ["en", 2],
            ["ru", 1],
            ["es", 1],
          ])
        : null,
      credentialHint: null,
      createdAt: iso(createdAt),
      version: 1,
    });
  }
  draft.users.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

// ---------------------------------------------------------------------------
// VDCs, servers, disks and the related resources (networks, images, snapshots)

const VDC_NAMES = ["Production", "Staging", "Development", "Test", "Analytics", "Backup", "DR"];
const SERVER_ROLES = ["web", "app", "db", "cache", "worker", "lb", "mail", "vpn", "ci", "search"];
const IMAGES = [
  "Ubuntu 24.04 LTS golden image",
  "Debian 12 with nginx",
  "Windows Server 2022 base",
  "Rocky Linux 9 hardened",
  "PostgreSQL 17 appliance",
];

function drawVdcLayout(
  random: Random,
  be: BillingEntitySetup,
  vdcName: string,
  minServers: number,
): VdcLayout {
  const servers: ServerLayout[] = [];
  const serverCount = Math.max(
    minServers,
    random.weighted([
      [0, 1],
      [1, 3],
      [2, 4],
      [3, 3],
      [4, 2],
      [6, 1],
    ]),
  );
  const roleCounts = new Map<string, number>();
  for (let s = 0; s < serverCount; s++) {
    const role = random.pick(SERVER_ROLES);
    const n = (roleCounts.get(role) ?? 0) + 1;
    roleCounts.set(role, n);
    const cpus = random.pick([1, 2, 2, 4, 4, 8, 16]);
    const disks = [{ sizeGb: random.pick([20, 40, 40, 80]) }];
    const dataDisks = random.weighted([
      [0, 3],
      [1, 4],
      [2, 1],
    ]);
    for (let d = 0; d < dataDisks; d++)
      disks.push({ sizeGb: random.pick([50, 100, 250, 500, 1000]) });
    servers.push({
      name: `${role}-${String(n).padStart(2, "0")}`,
      cpus,
      ramMb: cpus * random.pick([1024, 2048, 4096]),
      disks,
      publicIp: role === "web" || role === "lb" || role === "vpn" || random.chance(0.2),
    });
  }
  return {
    name: vdcName,
    clusterName: random.pick(be.clusters),
    servers,
    detachedDisks: random.weighted([
      [0, 5],
      [1, 2],
      [2, 1],
    ]),
  };
}

function drawResources(
  draft: CustomerDraft,
  createdMs: number,
  wellKnown: boolean,
  firstVdc?: VdcLayout,
): void {
  const { random, customer, be } = draft;
  const vdcCount = random.int(1, 3);
  const vdcNames = firstVdc
    ? [
        firstVdc.name,
        ...random.sample(
          VDC_NAMES.filter((n) => n !== firstVdc.name),
          vdcCount - 1,
        ),
      ]
    : random.sample(VDC_NAMES, vdcCount);
  const disabled = customer.status === "DISABLED";
  let publicIps = 0;
  // VDCs come one after another: the first within a month of the customer's creation.
  let previousVdcMs = createdMs;

  vdcNames.forEach((vdcName, v) => {
    // Well-known customers always have servers to show in their first VDC.
    const layout =
      v === 0 && firstVdc
        ? firstVdc
        : drawVdcLayout(random, be, vdcName, wellKnown && v === 0 ? 2 : 0);
    const vdcId = layout.id ?? random.uuid();
    // A VDC being built right now is rare; its servers and disks are being built too.
    const building = v > 0 && random.chance(0.05);
    const vdcMs = building
      ? REFERENCE_MS - random.int(60, 180) * MINUTE_MS
      : between(
          random,
          Math.min(previousVdcMs + DAY_MS, REFERENCE_MS - 21 * DAY_MS),
          Math.min(previousVdcMs + (v === 0 ? 30 : 120) * DAY_MS, REFERENCE_MS - 20 * DAY_MS),
        );
    previousVdcMs = Math.max(previousVdcMs, vdcMs);
    let diskCount = 0;

    layout.servers.forEach((serverLayout, s) => {
      const serverId = serverLayout.id ?? random.uuid();
      const serverMs = building
        ? vdcMs + random.int(5, 50) * MINUTE_MS
        : between(random, vdcMs + MINUTE_MS * 10, REFERENCE_MS - 2 * DAY_MS);
      const status: ServerRecord["status"] = building
        ? "BUILDING"
        : disabled
          ? "STOPPED"
          : random.weighted([
              ["RUNNING", 75],
              ["STOPPED", 16],
              ["ERROR", 2],
              ["STARTING", 2],
              ["STOPPING", 2],
            ] as const);
      const ipAddresses = [`10.${v}.${Math.floor(s / 250)}.${(s % 250) + 4}`];
      if (serverLayout.publicIp) {
        publicIps++;
        ipAddresses.unshift(
          serverLayout.publicIpAddress ??
            `${random.pick(["203.0.113", "198.51.100", "192.0.2"])}.${random.int(10, 250)}`,
        );
        if (random.chance(0.3)) ipAddresses.push(`2001:db8:${v}::${(s + 1).toString(16)}`);
      }
      draft.servers.push({
        id: serverId,
        customerId: customer.id,
        name: serverLayout.name,
        status,
        vdcId,
        cpus: serverLayout.cpus,
        ramMb: serverLayout.ramMb,
        diskCount: serverLayout.disks.length,
        ipAddresses,
        createdAt: iso(serverMs),
      });
      serverLayout.disks.forEach((disk, d) => {
        draft.disks.push({
          id: disk.id ?? random.uuid(),
          customerId: customer.id,
          name: d === 0 ? `${serverLayout.name}-boot` : `${serverLayout.name}-data${d}`,
          status: building ? "BUILDING" : "ATTACHED",
          sizeGb: disk.sizeGb,
          vdcId,
          serverId,
          createdAt: iso(serverMs),
        });
        diskCount++;
      });
    });
    for (let d = 0; d < layout.detachedDisks; d++) {
      draft.disks.push({
        id: random.uuid(),
        customerId: customer.id,
        name:
          random.pick(["scratch", "restore", "migration", "archive"]) +
          `-${String(d + 1).padStart(2, "0")}`,
        status: "DETACHED",
        sizeGb: random.pick([10, 50, 100, 200]),
        vdcId,
        serverId: null,
        createdAt: iso(between(random, vdcMs, REFERENCE_MS - DAY_MS)),
      });
      diskCount++;
    }
    draft.vdcs.push({
      id: vdcId,
      customerId: customer.id,
      name: layout.name,
      status: building ? "BUILDING" : "ACTIVE",
      clusterName: layout.clusterName,
      serverCount: layout.servers.length,
      diskCount,
      createdAt: iso(vdcMs),
    });
    draft.related.push({
      id: random.uuid(),
      customerId: customer.id,
      name: `Private network (${layout.name})`,
      type: "NETWORK",
      manageable: false,
      href: null,
    });
  });

  // Every customer with resources has one public network per billing entity cluster it uses.
  const clusters = [...new Set(draft.vdcs.map((v) => v.clusterName))];
  for (const cluster of clusters) {
    draft.related.unshift({
      id: random.uuid(),
      customerId: customer.id,
      name: `Public network (${cluster})`,
      type: "NETWORK",
      manageable: false,
      href: null,
    });
  }
  const images = random.sample(IMAGES, random.int(0, 3));
  for (const image of images) {
    draft.related.push({
      id: random.uuid(),
      customerId: customer.id,
      name: image,
      type: "IMAGE",
      manageable: false,
      href: null,
    });
  }
  const snapshots = draft.servers.length > 0 ? random.int(0, 2) : 0;
  for (let n = 0; n < snapshots; n++) {
    const server = random.pick(draft.servers);
    draft.related.push({
      id: random.uuid(),
      customerId: customer.id,
      name: `${server.name} before ${random.pick(["upgrade", "migration", "patching"])}`,
      type: "SNAPSHOT",
      manageable: false,
      href: null,
    });
  }

  // What no stored record counts (see CustomerRecord.otherUsage), consistent with the records above.
  const privateNetworks = draft.vdcs.length;
  customer.otherUsage = {
    MAX_IMAGES: images.length,
    MAX_SNAPSHOTS: snapshots,
    MAX_BLOBS: random.int(0, 40),
    MAX_NETWORK_PUBLIC: clusters.length,
    MAX_NETWORK_PRIVATE: privateNetworks,
    MAX_VLANS: privateNetworks,
    MAX_SUBNETS: clusters.length + privateNetworks,
    MAX_IPv4_ADDRESSES: publicIps,
    MAX_IPv6_SUBNETS: draft.servers.some((s) => s.ipAddresses.some((ip) => ip.includes(":")))
      ? 1
      : 0,
  };
}

// ---------------------------------------------------------------------------
// Asset maxima

/** The smallest of `steps` that is at least `value` (the largest when none is). */
function atLeast(value: number, steps: readonly number[]): number {
  return steps.find((s) => s >= value) ?? steps[steps.length - 1]!;
}

function drawAssetMaxima(draft: CustomerDraft, fixed?: AssetMaximaLimits): void {
  const { random, customer } = draft;
  const limits: AssetMaximaLimits = {};
  if (fixed) {
    Object.assign(limits, fixed);
  } else if (random.chance(0.85)) {
    const servers = draft.servers.length;
    const cpus = draft.servers.reduce((sum, s) => sum + s.cpus, 0);
    const ram = draft.servers.reduce((sum, s) => sum + s.ramMb, 0);
    const storage = draft.disks.reduce((sum, d) => sum + d.sizeGb, 0);
    limits.MAX_SERVERS = atLeast(servers + 2, [5, 10, 20, 50, 100]);
    limits.MAX_CPUS = atLeast(cpus + 4, [8, 16, 32, 64, 128, 256]);
    limits.MAX_RAM = atLeast(ram + 4096, [16384, 32768, 65536, 131072, 262144, 524288]);
    if (random.chance(0.7))
      limits.MAX_STORAGEGB = atLeast(storage + 100, [500, 1000, 2000, 5000, 10000, 20000]);
    if (random.chance(0.7)) limits.MAX_DISKS = atLeast(draft.disks.length + 2, [10, 20, 50, 100]);
    limits.MAX_VDCS = atLeast(draft.vdcs.length, [3, 5, 10]);
    if (random.chance(0.6))
      limits.MAX_CUSTOMER_USERS = atLeast(draft.users.length + 1, [10, 25, 50]);
    if (random.chance(0.4)) {
      limits.MAX_IMAGES = atLeast(customer.otherUsage.MAX_IMAGES ?? 0, [10, 25]);
      limits.MAX_SNAPSHOTS = atLeast(customer.otherUsage.MAX_SNAPSHOTS ?? 0, [10, 20]);
    }
    if (random.chance(0.5)) {
      limits.MAX_NETWORK_PUBLIC = atLeast(customer.otherUsage.MAX_NETWORK_PUBLIC ?? 0, [2, 4]);
      limits.MAX_NETWORK_PRIVATE = atLeast(customer.otherUsage.MAX_NETWORK_PRIVATE ?? 0, [5, 10]);
      limits.MAX_VLANS = atLeast(customer.otherUsage.MAX_VLANS ?? 0, [10, 20]);
      limits.MAX_IPv4_ADDRESSES = atLeast(customer.otherUsage.MAX_IPv4_ADDRESSES ?? 0, [8, 16, 32]);
    }
    // A limit below current usage is allowed (it stops new resources only); a
    // few customers are in that state so the UI has one to show.
    if (servers >= 2 && random.chance(0.06)) limits.MAX_SERVERS = servers - 1;
  }
  if (customer.configuration.paymentType === "PREPAY") {
    limits.CUTOFF_BALANCE ??= random.pick(["0.00", "-50.00", "-100.00", "-250.00"]);
  } else if (!fixed) {
    const credit = random.pick([1000, 2500, 5000, 10000]);
    limits.CREDIT_LIMIT = toUnits(credit * 100);
    limits.CUTOFF_LIMIT = toUnits(credit * 120);
    limits.CREDIT_LIMIT_DUE_DAYS = random.pick([14, 30, 45, 60]);
    limits.CUTOFF_DUE_DAYS = limits.CREDIT_LIMIT_DUE_DAYS + 14;
    if (random.chance(0.3)) limits.OVERALL_28_DAY_SPEND_LIMIT = toUnits(credit * 50);
  }
  customer.assetMaxima = limits;
}

// ---------------------------------------------------------------------------
// Keys

const KEY_TEMPLATES: readonly {
  name: string;
  type: Schemas["KeyType"];
  value: (random: Random, draft: CustomerDraft) => string;
}[] = [
  { name: "billing.costCentre", type: "USER_KEY", value: (r) => `CC-${r.digits(4)}` },
  {
    name: "owner.team",
    type: "USER_KEY",
    value: (r) => r.pick(["Platform", "Data", "Web", "Finance IT"]),
  },
  { name: "project.code", type: "USER_KEY", value: (r) => `PRJ-${r.digits(3)}` },
  { name: "system.tier", type: "SYSTEM_KEY", value: (r) => r.pick(["bronze", "silver", "gold"]) },
  {
    name: "system.supportLevel",
    type: "SYSTEM_KEY",
    value: (r) => r.pick(["standard", "premium"]),
  },
  {
    name: "placement.zone",
    type: "PLACEMENT_KEY",
    value: (r) => r.pick(["zone-a", "zone-b", "zone-c"]),
  },
  {
    name: "placement.antiAffinity",
    type: "PLACEMENT_KEY",
    value: (r) => r.pick(["db", "web", "none"]),
  },
  { name: "advertise.marketplace", type: "ADVERTISE_KEY", value: (r) => r.pick(["true", "false"]) },
  {
    name: "be.accountRef",
    type: "BILLING_ENTITY_KEY",
    value: (r, d) => `${d.be.documentPrefix}-${r.digits(6)}`,
  },
];

function drawKeys(
  draft: CustomerDraft,
  createdMs: number,
  first?: WellKnownCustomer["firstKey"],
): void {
  const { random, customer } = draft;
  const count = draft.full ? random.int(2, 5) : random.int(0, 1);
  const templates = random.sample(
    KEY_TEMPLATES.filter((t) => t.name !== first?.name),
    first ? count - 1 : count,
  );
  if (first) {
    draft.keys.push({
      ...first,
      customerId: customer.id,
      weight: 0,
      createdAt: iso(createdMs + 2 * MINUTE_MS),
      version: 1,
    });
  }
  for (const template of templates) {
    draft.keys.push({
      id: random.uuid(),
      customerId: customer.id,
      name: template.name,
      value: template.value(random, draft),
      type: template.type,
      weight: random.weighted([
        [0, 6],
        [10, 1],
        [100, 1],
        [-10, 1],
      ]),
      createdAt: iso(between(random, createdMs + 2 * MINUTE_MS, REFERENCE_MS - DAY_MS)),
      version: 1,
    });
  }
  draft.keys.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

// ---------------------------------------------------------------------------
// E-mail

const GENERAL_EMAILS = [
  {
    subject: "Planned maintenance on 3 October",
    message:
      "Hello,\n\nWe will upgrade the storage cluster on 3 October between 02:00 and 04:00 UTC. Running servers are not affected; disk operations may be delayed.\n\nKind regards",
  },
  {
    subject: "Please confirm your invoice address",
    message:
      "Hello,\n\nOur records show an incomplete invoice address for your account. Please check it in the control panel.\n\nThank you",
  },
  {
    subject: "New cluster available",
    message:
      "Hello,\n\nA new cluster is now available for your VDCs. Contact us if you would like to move workloads closer to your users.\n\nKind regards",
  },
  {
    subject: "Security advisory: OpenSSH update",
    message:
      "Hello,\n\nA security update for OpenSSH is available. Please update servers built from your own images; our golden images are already patched.\n\nYour platform team",
  },
] as const;

function adminRecipients(draft: CustomerDraft): EmailRecord["recipients"] {
  return draft.users
    .filter((u) => u.isAdmin && u.status === "ACTIVE")
    .map((u) => ({ userId: u.id, name: u.name, email: u.email }));
}

function drawGeneralEmails(draft: CustomerDraft, createdMs: number): void {
  const { random, customer } = draft;
  const picked = random.sample(
    GENERAL_EMAILS,
    random.weighted([
      [0, 2],
      [1, 3],
      [2, 2],
    ]),
  );
  for (const template of picked) {
    const recipients = adminRecipients(draft);
    if (recipients.length === 0) continue;
    draft.emails.push({
      id: random.uuid(),
      customerId: customer.id,
      subject: template.subject,
      message: template.message,
      recipients,
      queuedAt: iso(
        officeHours(
          random,
          between(random, Math.max(createdMs, Date.UTC(2026, 0, 1)), REFERENCE_MS - DAY_MS),
        ),
      ),
      kind: "GENERAL",
    });
  }
}

// ---------------------------------------------------------------------------
// The unit ledger

/**
 * A month's usage debit, in cents: the sum over its days (from the customer's
 * creation day on, as the usage report counts them) and over every resource
 * type of the shared `usageCents`, so that the ledger and the usage report agree.
 */
export function monthUsageCents(customerId: string, createdAt: string, m: Month): number {
  const firstDay = createdAt.slice(0, 10);
  let total = 0;
  for (const day of m.isoDays) {
    if (day < firstDay) continue;
    for (const type of USAGE_RESOURCE_TYPES) total += usageCents(customerId, day, type);
  }
  return total;
}

function drawLedger(draft: CustomerDraft, createdMs: number): void {
  const { random, customer, be } = draft;
  const bundles = be.offers.filter((o) => o.kind === "UNIT_BUNDLE");
  const warnCents =
    customer.configuration.unitWarnLevel === null
      ? null
      : toCents(customer.configuration.unitWarnLevel);
  // Every entry is booked by the API's own function, so the seed keeps the API's rules (balance
  // = ledger, the warn-level e-mail and its flag): the draft stands in for the store.
  const ledgerStore = draftLedgerStore(draft);
  const newId = () => random.uuid();

  const add = (
    atMs: number,
    entry: Pick<
      UnitTransactionRecord,
      "description" | "direction" | "unitType" | "source" | "resource" | "createdBy"
    > & {
      amount: number;
    },
  ) => {
    if (entry.amount <= 0) return;
    bookTransaction(ledgerStore, customer, entry, new Date(atMs), { newId });
  };
  const purchase = (atMs: number, offer: ProductOfferRecord, monthIndex: number) => {
    const byAdmin = random.chance(0.5);
    add(atMs, {
      description: random.pick([`${offer.name} bundle`, "Monthly top-up", `Top-up: ${offer.name}`]),
      direction: "CREDIT",
      amount: offer.units === null ? 0 : toCents(offer.units),
      unitType: "CARRY_OVER",
      source: "OFFER_PURCHASE",
      resource: { id: offer.id, type: "PRODUCT_OFFER", name: offer.name },
      createdBy: byAdmin ? be.admin.name : null,
    });
    draft.purchases.push({ monthIndex, offer, at: atMs });
  };

  const usage = (m: Month, amount: number) => {
    // Non-carry-over units are used first: they lapse, carry-over ones do not.
    const atMs = m.end - 30 * MINUTE_MS;
    const fromNonCarryOver = Math.min(Math.max(customer.balance.nonCarryOver, 0), amount);
    add(atMs, {
      description: `Usage for ${m.label} (non-carry-over units)`,
      direction: "DEBIT",
      amount: fromNonCarryOver,
      unitType: "NON_CARRY_OVER",
      source: "USAGE",
      resource: null,
      createdBy: null,
    });
    add(atMs, {
      description: `Usage for ${m.label}`,
      direction: "DEBIT",
      amount: amount - fromNonCarryOver,
      unitType: "CARRY_OVER",
      source: "USAGE",
      resource: null,
      createdBy: null,
    });
  };

  // The customer's favourite bundle: big spenders buy big bundles.
  const preferred = random.pick(bundles.slice(0, Math.max(1, bundles.length - 1)));
  // Customers that stopped buying: their balance runs down to (or past) the
  // warn level. Disabled and closed customers stopped two months ago; a few
  // active ones skipped their last top-up.
  const stopped = customer.status === "DISABLED" || customer.status === "CLOSED";
  const skipsLastPurchase = !stopped && random.chance(0.12);
  const months = draft.full ? LEDGER_MONTHS : LEDGER_MONTHS.slice(-1);
  const firstMonth = months[0]!;

  // The balance before the ledger's first month, as one entry.
  const broughtForward = random.int(0, 30) * 10_000 + random.int(0, 99) * 100;
  add(Math.max(firstMonth.start, createdMs + MINUTE_MS * 5), {
    description: `Balance brought forward from ${LEDGER_MONTHS[LEDGER_MONTHS.indexOf(firstMonth) - 1]?.label ?? "April 2026"}`,
    direction: "CREDIT",
    amount: broughtForward,
    unitType: "CARRY_OVER",
    source: "MANUAL",
    resource: null,
    createdBy: null,
  });

  months.forEach((m, i) => {
    const monthIndex = LEDGER_MONTHS.indexOf(m);
    const monthUsage = monthUsageCents(customer.id, customer.createdAt, m);
    const skips =
      (stopped && i >= months.length - 2) || (skipsLastPurchase && i === months.length - 1);
    if (!skips && !(draft.full === false && random.chance(0.5))) {
      // Buy enough for the month ahead, with some headroom above the warn level.
      const target = Math.max(monthUsage * 1.3, (warnCents ?? 0) * 2, 20_000);
      const balance = totalCents(customer);
      const bundleCents = preferred.units === null ? 100 : toCents(preferred.units);
      const count =
        balance >= target ? 0 : Math.min(3, Math.ceil((target - balance) / bundleCents));
      for (let k = 0; k < count; k++) {
        purchase(officeHours(random, m.start + (1 + k) * DAY_MS), preferred, monthIndex);
      }
    }
    if (draft.full && random.chance(0.15)) {
      add(officeHours(random, m.start + random.int(8, 12) * DAY_MS), {
        description: random.pick([
          "Goodwill credit for the storage outage",
          "Welcome bonus",
          "Compensation for a failed migration",
        ]),
        direction: "CREDIT",
        amount: random.int(1, 10) * 2500,
        unitType: "NON_CARRY_OVER",
        source: "MANUAL",
        resource: null,
        createdBy: be.admin.name,
      });
    }
    if (draft.full && random.chance(0.08)) {
      const amount = random.int(1, 10) * 1000;
      // The API refuses a manual debit past a prepay customer's cutoff; so does the seed (asked
      // before booking, so that a refused debit draws nothing more from the random sequence).
      const debit = {
        direction: "DEBIT",
        amount,
        unitType: "CARRY_OVER",
        source: "MANUAL",
      } as const;
      if (transactionRefusal(customer, debit) === undefined) {
        add(officeHours(random, m.start + random.int(14, 20) * DAY_MS), {
          description: random.pick([
            "Correction of a duplicate credit",
            "Manual charge: data recovery",
          ]),
          direction: "DEBIT",
          amount,
          unitType: "CARRY_OVER",
          source: "MANUAL",
          resource: null,
          createdBy: be.admin.name,
        });
      }
    }
    usage(m, monthUsage);
  });
}

/**
 * The draft as the ledger's store: booked entries and warn-level e-mails join the draft's lists,
 * the customer's new balance and "warning sent" go into the draft's customer (which the rest of
 * the seed holds), and the e-mail's recipients are the draft's users.
 */
function draftLedgerStore(draft: CustomerDraft): LedgerStore {
  return {
    put(collection, record) {
      if (collection === "unitTransactions") draft.ledger.push(record as UnitTransactionRecord);
      else if (collection === "emails") draft.emails.push(record as EmailRecord);
      else if (collection === "customers") {
        const booked = record as CustomerRecord;
        draft.customer.balance = booked.balance;
        draft.customer.configuration = booked.configuration;
      } else throw new Error(`The seed's ledger does not write ${collection}`);
    },
    scan(collection, parentId) {
      if (collection !== "users" || parentId !== draft.customer.id) {
        throw new Error(`The seed's ledger does not read ${collection}`);
      }
      return draft.users as never;
    },
  };
}

// ---------------------------------------------------------------------------
// Jobs

function job(
  random: Random,
  type: JobRecord["type"],
  atMs: number,
  createdBy: string,
  fields: Partial<Pick<JobRecord, "status" | "description" | "reason" | "resource">> & {
    description: string;
  },
): JobRecord {
  const status = fields.status ?? "SUCCESSFUL";
  const running = status === "QUEUED" || status === "IN_PROGRESS";
  return {
    id: random.uuid(),
    customerId: "",
    type,
    status,
    description: fields.description,
    createdBy,
    reason: fields.reason ?? null,
    startedAt: iso(atMs),
    endedAt: running ? null : iso(Math.min(atMs + random.int(2, 300) * 1000, REFERENCE_MS - 1000)),
    resource: fields.resource ?? null,
  };
}

function drawJobs(draft: CustomerDraft, createdMs: number): void {
  const { random, customer, be } = draft;
  const owner = draft.users[0]?.name ?? be.admin.name;
  const jobs: JobRecord[] = [];
  jobs.push(
    job(random, "CREATE_CUSTOMER", createdMs, be.admin.name, {
      description: `Customer ${customer.name} created`,
      resource: { type: "CUSTOMER", id: customer.id, name: customer.name },
    }),
  );
  for (const vdc of draft.vdcs) {
    jobs.push(
      job(random, "CREATE_VDC", Date.parse(vdc.createdAt), owner, {
        description: `Create VDC ${vdc.name}`,
        status: vdc.status === "BUILDING" ? "IN_PROGRESS" : "SUCCESSFUL",
        resource: { type: "VDC", id: vdc.id, name: vdc.name },
      }),
    );
  }
  for (const server of draft.servers) {
    const atMs = Date.parse(server.createdAt);
    const serverRef = { type: "SERVER", id: server.id, name: server.name } as const;
    jobs.push(
      job(random, "CREATE_SERVER", atMs, owner, {
        description: `Create server ${server.name}`,
        status: server.status === "BUILDING" ? "IN_PROGRESS" : "SUCCESSFUL",
        resource: serverRef,
      }),
    );
    const recentMs = between(
      random,
      Math.max(atMs, REFERENCE_MS - 30 * DAY_MS),
      REFERENCE_MS - 60_000,
    );
    if (server.status === "STOPPED") {
      jobs.push(
        job(random, "STOP_SERVER", recentMs, owner, {
          description: `Stop server ${server.name}`,
          resource: serverRef,
        }),
      );
    } else if (server.status === "STARTING") {
      jobs.push(
        job(random, "START_SERVER", REFERENCE_MS - random.int(1, 9) * MINUTE_MS, owner, {
          description: `Start server ${server.name}`,
          status: "IN_PROGRESS",
          resource: serverRef,
        }),
      );
    } else if (server.status === "STOPPING") {
      jobs.push(
        job(random, "STOP_SERVER", REFERENCE_MS - random.int(1, 9) * MINUTE_MS, owner, {
          description: `Stop server ${server.name}`,
          status: random.chance(0.5) ? "IN_PROGRESS" : "QUEUED",
          resource: serverRef,
        }),
      );
    } else if (server.status === "ERROR") {
      jobs.push(
        job(random, "START_SERVER", recentMs, owner, {
          description: `Start server ${server.name}: the hypervisor refused the configuration`,
          status: "FAILED",
          resource: serverRef,
        }),
      );
    } else if (server.status === "RUNNING" && random.chance(0.3)) {
      // A restart some time ago; now and then one that was cancelled first.
      if (random.chance(0.15)) {
        jobs.push(
          job(random, "STOP_SERVER", recentMs - DAY_MS, owner, {
            description: `Stop server ${server.name}`,
            status: "CANCELLED",
            resource: serverRef,
          }),
        );
      }
      jobs.push(
        job(random, "STOP_SERVER", recentMs, owner, {
          description: `Stop server ${server.name}`,
          resource: serverRef,
        }),
      );
      jobs.push(
        job(random, "START_SERVER", recentMs + 5 * MINUTE_MS, owner, {
          description: `Start server ${server.name}`,
          resource: serverRef,
        }),
      );
    }
  }
  for (const disk of draft.disks) {
    const atMs = Date.parse(disk.createdAt);
    const diskRef = { type: "DISK", id: disk.id, name: disk.name } as const;
    const building = disk.status === "BUILDING";
    jobs.push(
      job(random, "CREATE_DISK", atMs, owner, {
        description: `Create disk ${disk.name} (${disk.sizeGb} GB)`,
        status: building ? "IN_PROGRESS" : "SUCCESSFUL",
        resource: diskRef,
      }),
    );
    if (disk.serverId !== null && !building) {
      const server = draft.servers.find((s) => s.id === disk.serverId);
      jobs.push(
        job(random, "ATTACH_DISK", atMs + MINUTE_MS, owner, {
          description: `Attach disk ${disk.name} to ${server?.name ?? "server"}`,
          resource: diskRef,
        }),
      );
    }
  }
  for (const email of draft.emails) {
    if (email.kind !== "GENERAL") continue;
    jobs.push(
      job(random, "SEND_EMAIL", Date.parse(email.queuedAt), be.admin.name, {
        description: `Send e-mail "${email.subject}"`,
        resource: { type: "EMAIL", id: email.id, name: email.subject },
      }),
    );
  }
  if (draft.full) {
    const impersonations = random.weighted([
      [0, 3],
      [1, 2],
      [2, 1],
    ]);
    for (let n = 0; n < impersonations; n++) {
      jobs.push(
        job(
          random,
          "IMPERSONATION",
          officeHours(
            random,
            between(
              random,
              Math.max(createdMs, REFERENCE_MS - 180 * DAY_MS),
              REFERENCE_MS - DAY_MS,
            ),
          ),
          be.admin.name,
          {
            description: `${be.admin.name} logged in as the customer`,
            reason: random.pick([
              "Customer asked for help resizing a server (ticket 4711)",
              "Checking a failed backup job",
              "Walking the customer through the new firewall rules",
            ]),
          },
        ),
      );
    }
  }
  for (const j of jobs) j.customerId = customer.id;
  draft.jobs = jobs;
}
