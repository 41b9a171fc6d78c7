/**
 * The read-only views on seeded customers: billing documents, usage, resources, jobs and related
 * resources. Besides the schema (the recorder checks it), each list must agree with the others.
 */
import { describe, expect, it } from "vitest";
import { SANDBOX_IDS } from "../../seed";
import { allPages, type ContractContext, cents, expectProblem, type Schemas } from "../harness";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;

export function defineReadOnlyCases(ctx: ContractContext): void {
  /** Every item of one of a customer's lists, as reseller A. */
  function listAll<T>(
    path:
      | "/customers/{customerId}/statements"
      | "/customers/{customerId}/invoices"
      | "/customers/{customerId}/credit-notes"
      | "/customers/{customerId}/vdcs"
      | "/customers/{customerId}/servers"
      | "/customers/{customerId}/disks"
      | "/customers/{customerId}/jobs"
      | "/customers/{customerId}/related-resources"
      | "/customers/{customerId}/users",
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

  describe("usage", () => {
    it("reports usage per day whose totals are the sums of the series", async () => {
      const from = "2026-09-01";
      const to = "2026-09-30";
      const { data } = await ctx.a.GET("/customers/{customerId}/usage", {
        params: { path: { customerId: NORTHWIND }, query: { from, to } },
      });
      expect(data).toMatchObject({ from, to, granularity: "DAY" });
      for (const point of data!.series) {
        expect(point.periodStart >= from && point.periodStart <= to).toBe(true);
      }
      for (const total of data!.totals) {
        const sum = data!.series
          .filter((p) => p.resourceType === total.resourceType)
          .reduce((s, p) => s + cents(p.units), 0);
        expect(cents(total.units), total.resourceType).toBe(sum);
      }
      expect(data!.series.length).toBeGreaterThan(0);

      const { data: monthly } = await ctx.a.GET("/customers/{customerId}/usage", {
        params: {
          path: { customerId: NORTHWIND },
          query: { from: "2026-07-15", to: to, granularity: "MONTH" },
        },
      });
      expect(monthly?.granularity).toBe("MONTH");
      // Buckets are months; the first may start at the period's start or the month's.
      expect(new Set(monthly!.series.map((p) => p.periodStart.slice(0, 7)))).toEqual(
        new Set(["2026-07", "2026-08", "2026-09"]),
      );
      // The same period in months or in days uses the same units.
      const { data: daily } = await ctx.a.GET("/customers/{customerId}/usage", {
        params: { path: { customerId: NORTHWIND }, query: { from: "2026-07-15", to } },
      });
      for (const total of monthly!.totals) {
        const day = daily!.totals.find((t) => t.resourceType === total.resourceType);
        expect(cents(total.units)).toBe(cents(day?.units ?? "0.00"));
      }
    });

    it("reports no usage for a customer before it existed", async () => {
      const { customer } = await ctx.newCustomer("a");
      const { data } = await ctx.a.GET("/customers/{customerId}/usage", {
        params: {
          path: { customerId: customer.id },
          query: { from: "2026-01-01", to: "2026-01-31" },
        },
      });
      expect(data!.series.filter((p) => p.units !== "0.00")).toEqual([]);
      expect(data!.totals.filter((t) => t.units !== "0.00")).toEqual([]);
    });

    it("accepts a period of exactly 366 days and a one-day period", async () => {
      for (const [from, to] of [
        ["2025-01-01", "2026-01-01"],
        ["2026-09-09", "2026-09-09"],
      ] as const) {
        const { response } = await ctx.a.GET("/customers/{customerId}/usage", {
          params: { path: { customerId: NORTHWIND }, query: { from, to } },
        });
        expect(response.status).toBe(200);
      }
    });
  });

  describe("resources", () => {
    it("lists VDCs, servers and disks that agree with each other and with the asset usage", async () => {
      const vdcs = await listAll<Schemas["Vdc"]>("/customers/{customerId}/vdcs", NORTHWIND);
      const servers = await listAll<Schemas["Server"]>(
        "/customers/{customerId}/servers",
        NORTHWIND,
      );
      const disks = await listAll<Schemas["Disk"]>("/customers/{customerId}/disks", NORTHWIND);
      const users = await listAll<Schemas["User"]>("/customers/{customerId}/users", NORTHWIND);
      expect(vdcs.map((v) => v.name)).toContain("Production");
      expect(servers.map((s) => s.name)).toContain("web-01");
      const vdcIds = new Set(vdcs.map((v) => v.id));
      const serverIds = new Set(servers.map((s) => s.id));
      for (const server of servers) {
        expect(vdcIds.has(server.vdcId)).toBe(true);
        expect(server.diskCount).toBe(disks.filter((d) => d.serverId === server.id).length);
      }
      for (const disk of disks) {
        expect(vdcIds.has(disk.vdcId)).toBe(true);
        if (disk.serverId !== null) expect(serverIds.has(disk.serverId)).toBe(true);
        if (disk.status === "ATTACHED") expect(disk.serverId).not.toBeNull();
        if (disk.status === "DETACHED") expect(disk.serverId).toBeNull();
      }
      for (const vdc of vdcs) {
        expect(vdc.serverCount).toBe(servers.filter((s) => s.vdcId === vdc.id).length);
        expect(vdc.diskCount).toBe(disks.filter((d) => d.vdcId === vdc.id).length);
      }
      const { data: maxima } = await ctx.a.GET("/customers/{customerId}/asset-maxima", {
        params: { path: { customerId: NORTHWIND } },
      });
      const used = Object.fromEntries(maxima!.usage.map((u) => [u.key, u.used]));
      expect(used).toMatchObject({
        MAX_SERVERS: servers.length,
        MAX_CPUS: servers.reduce((s, x) => s + x.cpus, 0),
        MAX_RAM: servers.reduce((s, x) => s + x.ramMb, 0),
        MAX_DISKS: disks.length,
        MAX_STORAGEGB: disks.reduce((s, x) => s + x.sizeGb, 0),
        MAX_VDCS: vdcs.length,
        MAX_CUSTOMER_USERS: users.length,
      });
    });

    it("lists jobs newest first, filtered by status", async () => {
      const jobs = await listAll<Schemas["Job"]>("/customers/{customerId}/jobs", NORTHWIND);
      expect(jobs.length).toBeGreaterThan(0);
      const started = jobs.map((j) => Date.parse(j.startedAt));
      expect(started).toEqual([...started].sort((x, y) => y - x));
      const status = jobs[0]!.status;
      const { data } = await ctx.a.GET("/customers/{customerId}/jobs", {
        params: { path: { customerId: NORTHWIND }, query: { status, limit: 200 } },
      });
      expect(data!.items.every((j) => j.status === status)).toBe(true);
      expect(data!.total).toBe(jobs.filter((j) => j.status === status).length);
    });

    it("lists related resources: the manageable ones carry a link, the others none", async () => {
      const related = await listAll<Schemas["RelatedResource"]>(
        "/customers/{customerId}/related-resources",
        NORTHWIND,
      );
      expect(related.length).toBeGreaterThan(0);
      for (const resource of related) {
        expect(resource.href !== null, resource.name).toBe(resource.manageable);
      }
    });
  });
}
