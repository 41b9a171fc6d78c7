import { useQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { version } from "react";
import { expect, it } from "vitest";
import { CustomerKitProvider, useCustomerKit } from "../provider";
import { createTestKit } from "./kit";

function Version() {
  const { client } = useCustomerKit();
  const me = useQuery({ queryKey: ["me"], queryFn: () => client.GET("/me") });
  return <p>{me.data ? `${me.data.data.admin.name} on React ${version}` : "loading"}</p>;
}

// Both projects run every test; this one proves each runs the React it says, with one React
// shared by our code, TanStack Query and Testing Library (two would fail on the first hook).
it("renders a query through the provider on the React this project runs", async () => {
  const kit = createTestKit();
  render(
    <CustomerKitProvider client={kit.client} queryClient={kit.queryClient}>
      <Version />
    </CustomerKitProvider>,
  );
  const expected = process.env.CK_REACT === "18" ? /React 18\./ : /React 19\./;
  expect(await screen.findByText(expected)).toHaveTextContent("Ada Reseller");
});
