import type {
  AssetMaxima,
  Customer,
  CustomerKitClient,
  CustomerPage,
  InvoiceDetail,
  Me,
  TagSet,
  UnitTransactionPage,
  UsageReport,
  UserPage,
} from "@customer-kit/client";
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { describe, expectTypeOf, it } from "vitest";
import { customerQueries } from "../queries/customers";
import type { Versioned } from "../queries/versioned";
import { useAssetMaxima } from "./asset-maxima";
import { useInvoice } from "./billing";
import { useCustomer, useCustomers, useCustomerTags } from "./customers";
import { useServers } from "./resources";
import { useMe } from "./session";
import { useLedger } from "./units";
import { useUsageReport } from "./usage";
import { useUsers } from "./users";

// Type tests only: vitest typechecks this file and never runs it.
declare const client: CustomerKitClient;
declare const queryClient: QueryClient;

describe("outputs are the contract's types", () => {
  it("useCustomer: data is a Customer, etag a string", () => {
    const customer = useCustomer("id");
    expectTypeOf(customer.data).toEqualTypeOf<Customer | undefined>();
    expectTypeOf(customer.etag).toEqualTypeOf<string | undefined>();
    expectTypeOf(useCustomerTags("id").data).toEqualTypeOf<TagSet | undefined>();
    expectTypeOf(useAssetMaxima("id").data).toEqualTypeOf<AssetMaxima | undefined>();
  });

  it("lists and one-of reads are the contract's page and detail types", () => {
    expectTypeOf(useCustomers().data).toEqualTypeOf<CustomerPage | undefined>();
    expectTypeOf(useUsers("id").data).toEqualTypeOf<UserPage | undefined>();
    // InvoiceDetail is an intersection (Invoice & { lines }), which openapi-fetch's result flattens:
    // the same type both ways round, not the same spelling.
    const invoice = useInvoice("id", "invoice").data;
    expectTypeOf(invoice).toExtend<InvoiceDetail | undefined>();
    expectTypeOf<InvoiceDetail>().toExtend<NonNullable<typeof invoice>>();
    expectTypeOf(useUsageReport("id", { from: "2026-10-01", to: "2026-10-31" }).data).toEqualTypeOf<
      UsageReport | undefined
    >();
    const ledger = useLedger("id").data;
    expectTypeOf(ledger?.pages).toEqualTypeOf<UnitTransactionPage[] | undefined>();
    expectTypeOf(ledger).toExtend<InfiniteData<UnitTransactionPage> | undefined>();
  });

  it("useMe: /me and booleans of what the admin may do", () => {
    const me = useMe();
    expectTypeOf(me.data).toEqualTypeOf<Me | undefined>();
    expectTypeOf(me.isMbeAdmin).toEqualTypeOf<boolean>();
    expectTypeOf(me.canFilterByBillingEntity).toEqualTypeOf<boolean>();
  });

  it("the cache holds a versioned customer under the factory's key", () => {
    const { queryKey } = customerQueries.detail(client, "id");
    expectTypeOf(queryClient.getQueryData(queryKey)).toEqualTypeOf<
      Versioned<Customer> | undefined
    >();
  });
});

describe("wrong inputs fail to compile", () => {
  it("a filter the operation does not have", () => {
    // @ts-expect-error listCustomers has no `name` parameter
    useCustomers({ name: "Northwind" });
    // @ts-expect-error listServers has no `serverId` (listDisks does)
    useServers("id", { serverId: "s" });
  });

  it("a filter value outside the contract's enum or type", () => {
    // @ts-expect-error CustomerStatus has no "ARCHIVED"
    useCustomers({ status: "ARCHIVED" });
    // @ts-expect-error `sort` is one of the contract's fields
    useCustomers({ sort: "email" });
    // @ts-expect-error `limit` is a number
    useCustomers({ limit: "10" });
  });

  it("a missing required parameter", () => {
    // @ts-expect-error the usage report needs `from` and `to`
    useUsageReport("id", { from: "2026-10-01" });
    // @ts-expect-error useCustomer needs the customer's id
    useCustomer();
  });

  it("the ledger's cursor is the infinite query's, not a filter", () => {
    // @ts-expect-error the cursor comes from the previous page
    useLedger("id", { cursor: "abc" });
  });
});
