import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { useKeys } from "./access-keys";
import { useAssetMaxima } from "./asset-maxima";
import { useCreditNotes, useInvoices, useStatements } from "./billing";
import { useCustomer, useCustomerTags, useTagsInUse } from "./customers";
import { useCustomerProductOffers, useCustomerThemes, useLanguages } from "./reference";
import { useDisks, useJobs, useRelatedResources, useServers, useVdcs } from "./resources";
import { useLedger, useUnitBalance } from "./units";
import { useUsageReport } from "./usage";
import { useUsers } from "./users";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const PERIOD = { from: "2026-10-01", to: "2026-10-31" };

function CustomerName({ id }: { id: string }) {
  const customer = useCustomer(id);
  return <p>{customer.data ? customer.data.name : "loading"}</p>;
}

// What the dialog's title bar and tabs read, each hook once per tab that needs it.
function Tabs({ id }: { id: string }) {
  const reads = [
    useCustomer(id),
    useCustomerTags(id),
    useTagsInUse(),
    useAssetMaxima(id),
    useUnitBalance(id),
    useLedger(id),
    useCustomerProductOffers(id),
    useCustomerThemes(id),
    useUsers(id),
    useLanguages(),
    useStatements(id),
    useInvoices(id),
    useCreditNotes(id),
    useUsageReport(id, PERIOD),
    useVdcs(id),
    useServers(id),
    useDisks(id),
    useJobs(id),
    useRelatedResources(id),
    useKeys(id),
  ];
  const loaded = reads.filter((read) => read.isSuccess).length;
  return <p>{loaded === reads.length ? "all tabs loaded" : `${loaded} loaded`}</p>;
}

describe("request counting", () => {
  it("two components reading the same customer fetch it once", async () => {
    const kit = createTestKit();
    render(
      <kit.wrapper>
        <CustomerName id={NORTHWIND} />
        <CustomerName id={NORTHWIND} />
      </kit.wrapper>,
    );
    expect(await screen.findAllByText("Northwind Traders")).toHaveLength(2);
    expect(kit.count("GET", `/customers/${NORTHWIND}`)).toBe(1);
  });

  it("a component mounted while the first still shows the customer reads the cache", async () => {
    const kit = createTestKit();
    const { rerender } = render(
      <kit.wrapper>
        <CustomerName id={NORTHWIND} />
      </kit.wrapper>,
    );
    await screen.findByText("Northwind Traders");
    rerender(
      <kit.wrapper>
        <CustomerName id={NORTHWIND} />
        <CustomerName id={NORTHWIND} />
      </kit.wrapper>,
    );
    expect(screen.getAllByText("Northwind Traders")).toHaveLength(2);
    expect(kit.count("GET", `/customers/${NORTHWIND}`)).toBe(1);
  });

  it("opening every tab of one customer (each read twice) fetches each resource once", async () => {
    const kit = createTestKit();
    render(
      <kit.wrapper>
        <Tabs id={NORTHWIND} />
        <Tabs id={NORTHWIND} />
      </kit.wrapper>,
    );
    expect(await screen.findAllByText("all tabs loaded")).toHaveLength(2);
    const base = `/customers/${NORTHWIND}`;
    const expected = [
      base,
      `${base}/tags`,
      "/tags",
      `${base}/asset-maxima`,
      `${base}/units`,
      `${base}/unit-transactions`,
      `${base}/product-offers`,
      `${base}/themes`,
      `${base}/users`,
      "/languages",
      `${base}/statements`,
      `${base}/invoices`,
      `${base}/credit-notes`,
      `${base}/usage`,
      `${base}/vdcs`,
      `${base}/servers`,
      `${base}/disks`,
      `${base}/jobs`,
      `${base}/related-resources`,
      `${base}/keys`,
    ];
    for (const path of expected) expect(kit.count("GET", path), path).toBe(1);
    // 20 resources, 40 reads, 20 requests: nothing else went out.
    expect(kit.requests).toHaveLength(expected.length);
  });
});
