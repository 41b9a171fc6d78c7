import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { allPages, type ContractContext, cents, expectProblem, type Schemas } from "../harness";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;

/** Hundredths of a decimal-string amount, for sums that must be exact. */
function hundredths(money: Schemas["Money"]): number {
  return Math.round(Number(money.amount) * 100);
}

export function defineBillingCases(ctx: ContractContext): void {
  /** Every item of one of a customer's lists, as reseller A. */
  function listAll<T>(
    path:
      | "/customers/{customerId}/statements"
      | "/customers/{customerId}/invoices"
      | "/customers/{customerId}/credit-notes",
    customerId: string,
  ): Promise<T[]> {
    return allPages<T>(async (cursor) => {
      const { data } = await ctx.a.GET(path, {
        params: { path: { customerId }, query: { limit: 3, ...(cursor ? { cursor } : {}) } },
      });
      return data as unknown as { items: T[]; nextCursor: string | null; total: number };
    });
  }

  describe("billing", () => {
    it("lists invoices newest first, and reads each with lines that add up to its totals", async () => {
      let seen = 0;
      for (const customerId of [NORTHWIND, CONTOSO]) {
        const invoices = await listAll<Schemas["Invoice"]>(
          "/customers/{customerId}/invoices",
          customerId,
        );
        const issued = invoices.map((i) => Date.parse(i.issuedAt));
        expect(issued).toEqual([...issued].sort((x, y) => y - x));
        for (const invoice of invoices.slice(0, 3)) {
          const { data } = await ctx.a.GET("/customers/{customerId}/invoices/{invoiceId}", {
            params: { path: { customerId, invoiceId: invoice.id } },
          });
          const { lines, ...header } = data!;
          expect(header).toEqual(invoice);
          expect(lines.length).toBeGreaterThan(0);
          const sum = (pick: (l: Schemas["InvoiceLine"]) => Schemas["Money"]) =>
            lines.reduce((total, line) => total + cents(pick(line)), 0);
          expect(sum((l) => l.totalExTax)).toBe(cents(invoice.totalExTax));
          expect(sum((l) => l.totalIncTax)).toBe(cents(invoice.totalIncTax));
          expect(cents(invoice.totalExTax) + cents(invoice.taxTotal)).toBe(
            cents(invoice.totalIncTax),
          );
          // Every amount is money in the invoice's currency.
          const amounts = [invoice.totalExTax, invoice.taxTotal, invoice.totalIncTax];
          for (const line of lines) amounts.push(line.unitPrice, line.totalExTax, line.totalIncTax);
          expect(new Set(amounts.map((m) => m.currency))).toEqual(new Set([invoice.currency]));
          seen += 1;
        }
      }
      expect(seen, "the seed has invoices for its well-known customers").toBeGreaterThan(0);
      // An invoice of another customer is not found under this one.
      const [contosoInvoice] = await listAll<Schemas["Invoice"]>(
        "/customers/{customerId}/invoices",
        CONTOSO,
      );
      if (contosoInvoice) {
        await expectProblem(
          ctx.a.GET("/customers/{customerId}/invoices/{invoiceId}", {
            params: { path: { customerId: NORTHWIND, invoiceId: contosoInvoice.id } },
          }),
          404,
        );
      }
    });

    it("lists credit notes that credit this customer's invoices", async () => {
      for (const customerId of [NORTHWIND, CONTOSO]) {
        const notes = await listAll<Schemas["CreditNote"]>(
          "/customers/{customerId}/credit-notes",
          customerId,
        );
        const invoices = await listAll<Schemas["Invoice"]>(
          "/customers/{customerId}/invoices",
          customerId,
        );
        const invoiceIds = new Set(invoices.map((i) => i.id));
        for (const note of notes) {
          if (note.invoiceId !== null) expect(invoiceIds.has(note.invoiceId)).toBe(true);
          expect(cents(note.totalExTax) + cents(note.taxTotal)).toBe(cents(note.totalIncTax));
        }
      }
    });

    it("lists statements whose lines keep a running balance from opening to closing", async () => {
      for (const customerId of [NORTHWIND, CONTOSO]) {
        const statements = await listAll<Schemas["Statement"]>(
          "/customers/{customerId}/statements",
          customerId,
        );
        for (const statement of statements) {
          expect(statement.periodStart <= statement.periodEnd).toBe(true);
          let running = cents(statement.openingBalance);
          for (const line of statement.lines) {
            running += cents(line.debit ?? "0.00") - cents(line.credit ?? "0.00");
            expect(cents(line.balance), `${statement.id} ${line.reference}`).toBe(running);
          }
          expect(cents(statement.closingBalance)).toBe(running);
        }
        const starts = statements.map((s) => s.periodStart);
        expect(starts).toEqual([...starts].sort().reverse());
      }
    });
  });

  describe("billing: credit notes", () => {
    // Seeded customers of reseller A and B that have a credit note each.
    const customers = [
      ["a", SANDBOX_IDS.customers.resellerAPrepay],
      ["b", SANDBOX_IDS.customers.resellerBInvoice],
    ] as const;

    it("opens each credit note with its lines (its totals are their sums) and its invoice's number", async () => {
      let opened = 0;
      for (const [admin, customerId] of customers) {
        const client = ctx.client(admin);
        const { data: page } = await client.GET("/customers/{customerId}/credit-notes", {
          params: { path: { customerId }, query: { limit: 200 } },
        });
        expect(page!.items.length, customerId).toBeGreaterThan(0);
        for (const item of page!.items) {
          expect(item).not.toHaveProperty("lines");
          const { data: note } = await client.GET(
            "/customers/{customerId}/credit-notes/{creditNoteId}",
            { params: { path: { customerId, creditNoteId: item.id } } },
          );
          opened++;
          // The detail is the list item plus its lines.
          const { lines, ...summary } = note!;
          expect(summary).toEqual(item);
          expect(lines.length).toBeGreaterThan(0);
          const sum = (pick: (line: Schemas["InvoiceLine"]) => Schemas["Money"]) =>
            lines.reduce((total, line) => total + hundredths(pick(line)), 0);
          expect(sum((l) => l.totalExTax)).toBe(hundredths(note!.totalExTax));
          expect(sum((l) => l.totalIncTax)).toBe(hundredths(note!.totalIncTax));

          // The invoice number is the credited invoice's own.
          if (note!.invoiceId === null) {
            expect(note!.invoiceNumber).toBeNull();
          } else {
            const { data: invoice } = await client.GET(
              "/customers/{customerId}/invoices/{invoiceId}",
              { params: { path: { customerId, invoiceId: note!.invoiceId } } },
            );
            expect(note!.invoiceNumber).toBe(invoice!.number);
          }
        }
      }
      expect(opened).toBeGreaterThan(1);
    });

    it("answers 404 for a credit note of another customer, or one nobody has", async () => {
      const [[, ownerId], [, otherId]] = customers;
      const { data: page } = await ctx.mbe.GET("/customers/{customerId}/credit-notes", {
        params: { path: { customerId: otherId } },
      });
      const foreign = page!.items[0]!.id;
      await expectProblem(
        ctx.mbe.GET("/customers/{customerId}/credit-notes/{creditNoteId}", {
          params: { path: { customerId: ownerId, creditNoteId: foreign } },
        }),
        404,
      );
      await expectProblem(
        ctx.a.GET("/customers/{customerId}/credit-notes/{creditNoteId}", {
          params: {
            path: { customerId: ownerId, creditNoteId: "00000000-0000-4000-8000-000000000000" },
          },
        }),
        404,
      );
    });
  });
}
