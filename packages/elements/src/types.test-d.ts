import type { Impersonation, ResourceLink } from "@customer-kit/client";
import type { TabId } from "@customer-kit/react";
import { describe, expectTypeOf, it } from "vitest";
import type { CustomerKitIntrinsicElements } from "./types";

describe("the elements' types", () => {
  it("map each tag to its element with its component's props as properties", () => {
    const units = document.createElement("ck-units-panel");
    expectTypeOf(units.customerId).toEqualTypeOf<string>();
    expectTypeOf(units.pageSize).toEqualTypeOf<number | undefined>();
    const dialog = document.querySelector("ck-customer-dialog");
    expectTypeOf(dialog?.tab).toEqualTypeOf<TabId | undefined>();
    // @ts-expect-error: the units panel has no `tab`.
    units.tab;
  });

  it("type each event's detail, on the element and on document", () => {
    document.createElement("ck-customer-dialog").addEventListener("ck-impersonate", (event) => {
      expectTypeOf(event.detail.impersonation).toEqualTypeOf<Impersonation>();
    });
    document.addEventListener("ck-navigate", (event) => {
      expectTypeOf(event.detail.link).toEqualTypeOf<ResourceLink>();
    });
    document.addEventListener("ck-saved", (event) => {
      expectTypeOf(event.detail.operation).toEqualTypeOf<string>();
    });
  });

  it("give JSX frameworks the attributes and properties", () => {
    expectTypeOf<CustomerKitIntrinsicElements["ck-units-panel"]["customer-id"]>().toEqualTypeOf<
      string | undefined
    >();
  });
});
