import { describe, expect, it } from "vitest";
import { handoffId } from "./handoff";
import { customersHref, impersonationHref, parseRoute } from "./route";

const at = (href: string) => parseRoute(new URL(href, "http://portal"));

describe("the portal's URLs", () => {
  it("name the open customer and tab", () => {
    expect(at("/admin/customers?customer=c1&tab=units")).toEqual({
      page: "customers",
      customer: "c1",
      tab: "units",
    });
    expect(customersHref("c1", "units")).toBe("/admin/customers?customer=c1&tab=units");
  });

  it("drop a tab the kit does not have, and a tab without a customer", () => {
    expect(at("/admin/customers?customer=c1&tab=nope").tab).toBeNull();
    expect(at("/admin/customers?tab=units")).toEqual({
      page: "customers",
      customer: null,
      tab: null,
    });
  });

  it("take / and /admin as the Customers page, and know the impersonation page", () => {
    expect(at("/").page).toBe("customers");
    expect(at("/admin/").page).toBe("customers");
    expect(at("/impersonation").page).toBe("impersonation");
    expect(at("/elsewhere").page).toBe("notFound");
    expect(customersHref(null)).toBe("/admin/customers");
  });

  it("hand the impersonation page a one-time id in the fragment, never the token", () => {
    const id = "0123456789abcdef0123456789abcdef";
    const href = impersonationHref(id);
    expect(href).toBe(`/impersonation#h=${id}`);
    const url = new URL(href, "http://portal");
    expect(parseRoute(url).page).toBe("impersonation");
    expect(handoffId(url.hash)).toBe(id);
    expect(handoffId("#h=short")).toBeNull();
    expect(handoffId("")).toBeNull();
  });
});
