import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { InvoicesTable } from "./InvoicesTable";

// Northwind: six paid invoices, May to October 2026; October's is a plan fee and two unit bundles.
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
// Contoso (a credit customer): an issued invoice and a draft among its seven.
const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;

const row = (number: string) =>
  screen.getByRole("button", { name: number }).closest("tr") as HTMLTableRowElement;

describe("InvoicesTable", { timeout: 20_000 }, () => {
  it("shows skeleton rows while the invoices load", () => {
    const kit = createTestKit();
    render(<InvoicesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading invoices…");
  });

  it("lists the seeded invoices with dates, status, totals and currency, newest first", async () => {
    const kit = createTestKit();
    render(<InvoicesTable customerId={CONTOSO} />, { wrapper: kit.wrapper });
    const table = await screen.findByRole("table", { name: "Invoices" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(8);
    expect(rows[1]).toHaveTextContent("RSA-INV-2026-0199");
    expect(rows[1]).toHaveTextContent("Draft");
    expect(within(row("RSA-INV-2026-0167")).getByText("Issued")).toBeInTheDocument();
    expect(within(row("RSA-INV-2026-0002")).getByText("Paid")).toBeInTheDocument();
    expect(row("RSA-INV-2026-0002")).toHaveTextContent("EUR");
    expect(screen.getByText("7 invoices")).toBeInTheDocument();
  });

  it("opens an invoice with Enter, shows its lines and totals, and goes back with focus on its row", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<InvoicesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await screen.findByRole("table", { name: "Invoices" });
    screen.getByRole("button", { name: "RSA-INV-2026-0166" }).focus();
    await user.keyboard("{Enter}");
    const heading = screen.getByRole("heading", { name: "Invoice RSA-INV-2026-0166" });
    expect(heading).toHaveFocus();
    const lines = await screen.findByRole("table", { name: "Invoice lines" });
    const rows = within(lines).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("Business plan, October 2026");
    expect(rows[2]).toHaveTextContent("Unit bundle: 500 units");
    expect(rows[2]).toHaveTextContent("2€55.00");
    expect(rows[2]).toHaveTextContent("€110.00");
    expect(
      within(lines).getByRole("rowheader", { name: "Total incl. tax" }).closest("tr"),
    ).toHaveTextContent("€159.00");
    await user.tab({ shift: true });
    expect(screen.getByRole("button", { name: "Back to invoices" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "RSA-INV-2026-0166" })).toHaveFocus(),
    );
  });

  it("shows an empty state when the customer has no invoices", async () => {
    const kit = createTestKit();
    for (const i of kit.sandbox.store.list("invoices", NORTHWIND))
      kit.sandbox.store.remove("invoices", i.id);
    render(<InvoicesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByText("No invoices yet")).toBeInTheDocument();
  });

  it("shows an error with a retry that loads the invoices", async () => {
    const kit = createTestKit({ faults: { status: { listInvoices: 500 } } });
    const user = userEvent.setup();
    render(<InvoicesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Invoices" })).toBeInTheDocument();
  });

  it("shows an error with a retry when an invoice's lines fail", async () => {
    const kit = createTestKit({ faults: { status: { getInvoice: 500 } } });
    const user = userEvent.setup();
    render(<InvoicesTable customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await user.click(await screen.findByRole("button", { name: "RSA-INV-2026-0166" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Invoice lines" })).toBeInTheDocument();
  });

  it("pages with Older and Newer", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<InvoicesTable customerId={NORTHWIND} pageSize={4} />, { wrapper: kit.wrapper });
    await screen.findByRole("button", { name: "RSA-INV-2026-0166" });
    await user.click(screen.getByRole("button", { name: "Older" }));
    expect(await screen.findByRole("button", { name: "RSA-INV-2026-0001" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "RSA-INV-2026-0166" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Newer" }));
    expect(await screen.findByRole("button", { name: "RSA-INV-2026-0166" })).toBeInTheDocument();
  });
});
