/** Billing: a credit note opened with its lines and the number of the invoice it credits. */
import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { type ContractContext, expectProblem, type Schemas } from "../harness";

/** Hundredths of a decimal-string amount, for sums that must be exact. */
function hundredths(money: Schemas["Money"]): number {
  return Math.round(Number(money.amount) * 100);
}

export function defineBillingCases(ctx: ContractContext): void {
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
