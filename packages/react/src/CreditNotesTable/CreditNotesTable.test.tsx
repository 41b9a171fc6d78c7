import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { CreditNotesTable } from "./CreditNotesTable";

// Northwind: one applied credit note, RSA-CN-2026-0004, 25% of its August invoice.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
// Contoso has none.
const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;

describe("CreditNotesTable", { timeout: 20_000 }, () => {
  it("shows skeleton rows while the credit notes load", () => {
    const kit = createTestKit();
    render(<CreditNotesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading credit notes…");
  });

  it("lists the seeded credit note with the invoice it credits", async () => {
    const kit = createTestKit();
    render(<CreditNotesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    const table = await screen.findByRole("table", { name: "Credit notes" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent("RSA-CN-2026-0004");
    expect(rows[1]).toHaveTextContent("RSA-INV-2026-0098");
    expect(rows[1]).toHaveTextContent("Applied");
    expect(rows[1]).toHaveTextContent("€39.75€39.75EUR");
  });

  it("opens a credit note with Enter, shows its reason and lines, and goes back to its row", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<CreditNotesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    (await screen.findByRole("button", { name: "RSA-CN-2026-0004" })).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "Credit note RSA-CN-2026-0004" })).toHaveFocus();
    expect(screen.getByText(/credits invoice RSA-INV-2026-0098/)).toBeInTheDocument();
    expect(screen.getByText("Reason: Service credit for the storage outage")).toBeInTheDocument();
    const lines = await screen.findByRole("table", { name: "Credit note lines" });
    expect(
      within(lines).getByText("Credit of 25%: Business plan, August 2026"),
    ).toBeInTheDocument();
    expect(within(lines).getByText("Credit of 25%: Unit bundle: 500 units")).toBeInTheDocument();
    await user.tab({ shift: true });
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "RSA-CN-2026-0004" })).toHaveFocus(),
    );
  });

  it("shows an empty state for a customer without credit notes", async () => {
    const kit = createTestKit();
    render(<CreditNotesTable customerId={CONTOSO} />, { wrapper: kit.wrapper });
    expect(await screen.findByText("No credit notes")).toBeInTheDocument();
  });

  it("shows an error with a retry that loads the credit notes", async () => {
    const kit = createTestKit({ faults: { status: { listCreditNotes: 500 } } });
    const user = userEvent.setup();
    render(<CreditNotesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Credit notes" })).toBeInTheDocument();
  });
});
