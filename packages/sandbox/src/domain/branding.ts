import type { components } from "@customer-kit/client";
import type {
  BillingEntityRecord,
  CustomerRecord,
  DeepReadonly,
  SandboxStore,
  ThemeRecord,
} from "../store/types";

export type Branding = components["schemas"]["Branding"];

/**
 * The branding the control panel shows while an admin impersonates a customer: what the customer's
 * admin users see (the customer's theme, else its billing entity's default), except when an MBE
 * admin impersonates a customer of another billing entity: then the MBE's own branding, so that
 * the platform operator never sees a reseller's brand as if it were its own.
 */
export function impersonationBranding(
  store: SandboxStore,
  customer: CustomerRecord,
  customerEntity: BillingEntityRecord,
  callerIsMbeAdmin: boolean,
  mbe: BillingEntityRecord | undefined,
): Branding {
  if (callerIsMbeAdmin && !customerEntity.isMaster && mbe) {
    return brandingOf(store, "MBE", mbe, mbe.defaultThemeId);
  }
  return brandingOf(
    store,
    "CUSTOMER",
    customerEntity,
    customer.themeId ?? customerEntity.defaultThemeId,
  );
}

function brandingOf(
  store: SandboxStore,
  source: Branding["source"],
  entity: BillingEntityRecord,
  themeId: string | null,
): Branding {
  const theme = themeId === null ? undefined : store.get("themes", themeId);
  return {
    source,
    billingEntityId: entity.id,
    billingEntityName: entity.name,
    themeId: theme ? theme.id : null,
    themeName: theme ? theme.name : null,
  };
}

/** The master billing entity, if the store has one. */
export function masterBillingEntity(store: SandboxStore): BillingEntityRecord | undefined {
  return store.scan("billingEntities").find((entity) => entity.isMaster);
}

export type Theme = components["schemas"]["Theme"];
export type ActiveTheme = components["schemas"]["ActiveTheme"];

/**
 * Where the sandbox serves theme logos: on the API's origin but outside the API base, so that a
 * plain `<img>` (which sends no bearer token) can load them, and a host whose CSP lets the API's
 * origin into `img-src` shows them without allowing `data:` URIs.
 */
export const LOGO_PATH = "/sandbox-assets/logos/";

/** A theme as the API shows it; `origin` is the API's (`http://127.0.0.1:4010`), for its logo. */
export function themeView(theme: DeepReadonly<ThemeRecord>, origin: string): Theme {
  return {
    id: theme.id,
    name: theme.name,
    description: theme.description,
    billingEntityId: theme.billingEntityId,
    primaryColor: theme.primaryColor,
    accentColor: theme.accentColor,
    backgroundColor: theme.backgroundColor,
    textColor: theme.textColor,
    logoUrl: `${origin}${LOGO_PATH}${theme.id}.svg`,
  };
}

/** The theme id of a logo path (`/sandbox-assets/logos/<id>.svg`), or `undefined`. */
export function logoThemeId(pathname: string): string | undefined {
  if (!pathname.startsWith(LOGO_PATH)) return undefined;
  const match = /^([0-9a-f-]{36})\.svg$/.exec(pathname.slice(LOGO_PATH.length));
  return match?.[1];
}

/**
 * A theme's logo: its initials on its primary colour, with a band of its accent colour; small,
 * self-contained SVG (no script, no external reference, no style element), made from the theme
 * itself so that renaming or recolouring a theme changes its logo too.
 */
export function themeLogoSvg(theme: DeepReadonly<ThemeRecord>): string {
  const initials = theme.name
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");
  const xml = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48" role="img" aria-label="${xml(theme.name)}">
<rect width="160" height="48" rx="8" fill="${theme.primaryColor}"/>
<rect y="40" width="160" height="8" fill="${theme.accentColor}"/>
<text x="16" y="30" font-family="system-ui, sans-serif" font-size="20" font-weight="700" fill="#ffffff">${xml(initials)}</text>
<text x="52" y="29" font-family="system-ui, sans-serif" font-size="14" fill="#ffffff">${xml(theme.name)}</text>
</svg>
`;
}

/**
 * The theme a customer's users see, and where it comes from: the customer's own, else its billing
 * entity's default, else the platform's (the master billing entity's default); `null` if none.
 */
export function activeTheme(
  store: SandboxStore,
  customer: DeepReadonly<Pick<CustomerRecord, "themeId" | "billingEntityId">>,
  entity: DeepReadonly<BillingEntityRecord> | undefined,
): ActiveTheme | null {
  const candidates: [string | null | undefined, ActiveTheme["source"]][] = [
    [customer.themeId, "CUSTOMER"],
    [entity?.defaultThemeId, "BILLING_ENTITY"],
  ];
  // The platform's default is looked up only when needed (most customers have a theme or inherit).
  for (const [themeId, source] of candidates) {
    const theme = themeId ? store.get("themes", themeId) : undefined;
    if (theme) return { id: theme.id, name: theme.name, source };
  }
  const mbe = masterBillingEntity(store);
  const platform = mbe?.defaultThemeId ? store.get("themes", mbe.defaultThemeId) : undefined;
  return platform ? { id: platform.id, name: platform.name, source: "PLATFORM" } : null;
}

/**
 * The themes a customer of `billingEntityId` may be assigned: its billing entity's, then the
 * master billing entity's (which every customer may use), each group by name. The same rule as
 * `checkTheme` accepts.
 */
export function assignableThemes(
  store: SandboxStore,
  billingEntityId: string,
): DeepReadonly<ThemeRecord>[] {
  const mbe = masterBillingEntity(store);
  const byName = (a: DeepReadonly<ThemeRecord>, b: DeepReadonly<ThemeRecord>) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;
  const own = [...store.scan("themes", billingEntityId)].sort(byName);
  if (!mbe || mbe.id === billingEntityId) return own;
  return [...own, ...[...store.scan("themes", mbe.id)].sort(byName)];
}
