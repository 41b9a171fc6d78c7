import type { components } from "@customer-kit/client";
import type { BillingEntityRecord, CustomerRecord, SandboxStore } from "../store/types";

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
