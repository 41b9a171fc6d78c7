import { render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { useCustomer } from "./hooks/customers";
import { CustomerKitProvider } from "./provider";
import { createTestKit, SANDBOX_IDS } from "./testing/kit";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

function Name() {
  const customer = useCustomer(NORTHWIND);
  return <p>{customer.data?.name ?? "…"}</p>;
}

/** A reader that mounts a second reader of the same customer later, as the dialog's tabs do. */
function Page() {
  const [more, setMore] = useState(false);
  return (
    <>
      <Name />
      {more ? (
        <Name />
      ) : (
        <button type="button" onClick={() => setMore(true)}>
          more
        </button>
      )}
    </>
  );
}

describe("CustomerKitProvider's own QueryClient", () => {
  it("reuses a record a component has just read: a second reader makes no second request", async () => {
    const kit = createTestKit();
    // No queryClient: the provider makes its own, with the kit's defaults.
    render(
      <CustomerKitProvider client={kit.client}>
        <Page />
      </CustomerKitProvider>,
    );
    expect(await screen.findByText("Northwind Traders")).toBeInTheDocument();
    screen.getByRole("button", { name: "more" }).click();
    await waitFor(() => expect(screen.getAllByText("Northwind Traders")).toHaveLength(2));
    expect(kit.count("GET", `/customers/${NORTHWIND}`)).toBe(1);
  });
});
