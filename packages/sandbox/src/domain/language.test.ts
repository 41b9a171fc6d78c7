import { describe, expect, it } from "vitest";
import { MemoryStore } from "../store/memory";
import type { BillingEntityRecord, CustomerRecord } from "../store/types";
import { impersonationBranding } from "./branding";
import { customerLanguage, userLanguage } from "./language";

describe("language precedence", () => {
  it("customer: its default, else its billing entity's, else English", () => {
    expect(customerLanguage({ defaultLanguage: "fr" }, { defaultLanguage: "de" })).toBe("fr");
    expect(customerLanguage({ defaultLanguage: null }, { defaultLanguage: "de" })).toBe("de");
    expect(customerLanguage({ defaultLanguage: null }, undefined)).toBe("en");
  });

  it("user: its own setting wins, else the customer's effective language", () => {
    expect(userLanguage({ language: "es" }, "de")).toBe("es");
    expect(userLanguage({ language: null }, "de")).toBe("de");
  });
});

describe("impersonation branding", () => {
  const store = new MemoryStore();
  const entity = (
    id: string,
    isMaster: boolean,
    defaultThemeId: string | null,
  ): BillingEntityRecord => ({
    id,
    name: `BE ${id}`,
    isMaster,
    defaultLanguage: "en",
    defaultThemeId,
    controlPanelUrl: "https://cp.example",
    currency: "EUR",
  });
  const mbe = entity("mbe", true, "t-mbe");
  const reseller = entity("reseller", false, "t-reseller");
  for (const [id, be] of [
    ["t-mbe", "mbe"],
    ["t-reseller", "reseller"],
    ["t-own", "reseller"],
  ]) {
    store.put("themes", {
      id: id as string,
      name: `Theme ${id}`,
      description: "",
      billingEntityId: be as string,
      primaryColor: "#000000",
      accentColor: "#ffffff",
      backgroundColor: "#ffffff",
      textColor: "#000000",
    });
  }
  const customer = (billingEntityId: string, themeId: string | null) =>
    ({ id: "c", billingEntityId, themeId }) as CustomerRecord;

  it("shows a reseller admin the customer's own theme, else its billing entity's default", () => {
    expect(
      impersonationBranding(store, customer("reseller", "t-own"), reseller, false, mbe),
    ).toEqual({
      source: "CUSTOMER",
      billingEntityId: "reseller",
      billingEntityName: "BE reseller",
      themeId: "t-own",
      themeName: "Theme t-own",
    });
    expect(
      impersonationBranding(store, customer("reseller", null), reseller, false, mbe).themeId,
    ).toBe("t-reseller");
  });

  it("shows an MBE admin the MBE's branding for another billing entity's customer", () => {
    expect(
      impersonationBranding(store, customer("reseller", "t-own"), reseller, true, mbe),
    ).toEqual({
      source: "MBE",
      billingEntityId: "mbe",
      billingEntityName: "BE mbe",
      themeId: "t-mbe",
      themeName: "Theme t-mbe",
    });
  });

  it("shows an MBE admin an MBE customer's own branding", () => {
    const branding = impersonationBranding(store, customer("mbe", null), mbe, true, mbe);
    expect(branding).toMatchObject({ source: "CUSTOMER", themeId: "t-mbe" });
  });

  it("has no theme when the theme is gone", () => {
    const branding = impersonationBranding(
      store,
      customer("reseller", "t-deleted"),
      reseller,
      false,
      mbe,
    );
    expect(branding).toMatchObject({ themeId: null, themeName: null });
  });
});
