import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { StatementsTable } from "./StatementsTable";

// Northwind: six monthly statements (May to October 2026); September has a credit note, its refund,
// the month's invoice and its card payment.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const statement = (name: string) => screen.getByRole("table", { name });

describe("StatementsTable", { timeout: 20_000 }, () => {
  it("shows skeleton rows while the statements load", () => {
    const kit = createTestKit();
    render(<StatementsTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading statements…");
  });

  it("lists the seeded lines with debit, credit and the running balance", async () => {
    const kit = createTestKit();
    render(<StatementsTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    const september = await screen.findByRole("table", { name: "Sep 1, 2026 – Sep 30, 2026" });
    const rows = within(september).getAllByRole("row");
    // Header, opening balance, four lines, closing balance.
    expect(rows).toHaveLength(7);
    expect(rows[1]).toHaveTextContent("Opening balance€0.00");
    expect(rows[2]).toHaveTextContent("Unpaid credit note");
    expect(rows[2]).toHaveTextContent("Service credit for the storage outage");
    expect(rows[2]).toHaveTextContent("€39.75-€39.75");
    expect(rows[3]).toHaveTextContent("Payment made");
    expect(rows[3]).toHaveTextContent("€39.75€0.00");
    expect(rows[4]).toHaveTextContent("Unpaid invoice");
    expect(rows[4]).toHaveTextContent("RSA-INV-2026-0132");
    expect(rows[4]).toHaveTextContent("€104.00€104.00");
    expect(rows[5]).toHaveTextContent("Payment received");
    expect(rows[6]).toHaveTextContent("Closing balance€0.00");
    // Newest first, three a page.
    expect(statement("Oct 1, 2026 – Oct 31, 2026")).toBeInTheDocument();
    expect(screen.getAllByRole("table")).toHaveLength(3);
    expect(screen.getByText("6 statements")).toBeInTheDocument();
  });

  it("pages to older statements and back with the keyboard", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<StatementsTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await screen.findByRole("table", { name: "Oct 1, 2026 – Oct 31, 2026" });
    expect(screen.getByRole("button", { name: "Newer" })).toBeDisabled();
    screen.getByRole("button", { name: "Older" }).focus();
    await user.keyboard("{Enter}");
    expect(
      await screen.findByRole("table", { name: "May 1, 2026 – May 31, 2026" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Oct 1, 2026 – Oct 31, 2026" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Newer" }));
    expect(
      await screen.findByRole("table", { name: "Oct 1, 2026 – Oct 31, 2026" }),
    ).toBeInTheDocument();
  });

  it("shows an empty state when the customer has no statements", async () => {
    const kit = createTestKit();
    for (const s of kit.sandbox.store.list("statements", NORTHWIND))
      kit.sandbox.store.remove("statements", s.id);
    render(<StatementsTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByText("No statements yet")).toBeInTheDocument();
  });

  it("shows an error with a retry that loads the statements", async () => {
    const kit = createTestKit({ faults: { status: { listStatements: 500 } } });
    const user = userEvent.setup();
    render(<StatementsTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(
      await screen.findByRole("table", { name: "Oct 1, 2026 – Oct 31, 2026" }),
    ).toBeInTheDocument();
  });
});
