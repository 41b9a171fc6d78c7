import type { components } from "@customer-kit/client";
import { type Money, toCents, toMoney } from "../domain/amounts";
import type { CreditNoteRecord, InvoiceRecord, StatementRecord } from "../store/types";
import type { CustomerDraft } from "./customer";
import { DAY_MS, iso, isoDate, LEDGER_MONTHS, MINUTE_MS, month, REFERENCE_MS } from "./time";

type StatementLine = components["schemas"]["StatementLine"];

/**
 * Billing documents of a full customer: a monthly invoice (plan fee + the unit
 * bundles bought that month), a few credit notes, and monthly statements
 * ("VPS style billing") that list what was invoiced, credited, paid and
 * refunded, with a running balance. Amounts are computed in integer cents and
 * only turned into the API's decimal strings (`Money`) at the end, so that totals
 * add up exactly.
 */

export interface PendingInvoice {
  record: InvoiceRecord;
  /** When the customer paid it; `null`: not (yet) paid. */
  paidMs: number | null;
  prepay: boolean;
}

export interface PendingCreditNote {
  record: CreditNoteRecord;
  /** When the credited amount was paid back to the customer, if it was. */
  refundedMs: number | null;
}

export interface CustomerBilling {
  invoices: PendingInvoice[];
  creditNotes: PendingCreditNote[];
}

const cents = (money: Money) => toCents(money.amount);
/** Cents as money in the customer's billing entity's currency. */
const units = (draft: CustomerDraft, amountCents: number) =>
  toMoney(amountCents, draft.be.currency);

interface LineDraft {
  description: string;
  quantity: number;
  unitPriceCents: number;
}

/**
 * The lines of an invoice or credit note and their totals (in cents). Tax is rounded per line, and
 * the document's totals are the sums of its lines: ex tax + tax = inc tax holds on every line and
 * on the document.
 */
function priceLines(draft: CustomerDraft, lines: LineDraft[]) {
  const rate = draft.taxRate;
  let exTax = 0;
  let incTax = 0;
  const recordLines = lines.map((line) => {
    const lineEx = line.quantity * line.unitPriceCents;
    const lineInc = lineEx + Math.round((lineEx * rate) / 100);
    exTax += lineEx;
    incTax += lineInc;
    return {
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: units(draft, line.unitPriceCents),
      taxRate: String(rate),
      totalExTax: units(draft, lineEx),
      totalIncTax: units(draft, lineInc),
    };
  });
  return { recordLines, exTax, incTax };
}

function invoiceRecord(
  draft: CustomerDraft,
  id: string,
  lines: LineDraft[],
  issuedMs: number,
  dueMs: number,
  status: InvoiceRecord["status"],
): InvoiceRecord {
  const { recordLines, exTax, incTax } = priceLines(draft, lines);
  return {
    id,
    customerId: draft.customer.id,
    // Numbered later, per billing entity in date order (see `numberDocuments`).
    number: "",
    issuedAt: iso(issuedMs),
    dueAt: iso(dueMs),
    status,
    currency: draft.be.currency,
    totalExTax: units(draft, exTax),
    taxTotal: units(draft, incTax - exTax),
    totalIncTax: units(draft, incTax),
    lines: recordLines,
  };
}

export function drawBilling(draft: CustomerDraft): CustomerBilling {
  const { random, customer, be } = draft;
  const plan = be.offers.find((o) => o.id === customer.configuration.productOfferId) ?? null;
  const prepay = customer.configuration.paymentType === "PREPAY";
  const dueDays = prepay ? 0 : (customer.assetMaxima.CREDIT_LIMIT_DUE_DAYS ?? 30);
  // Credit customers that pay late: their last invoices are still open.
  const paysLate = !prepay && random.chance(0.25);
  const invoices: PendingInvoice[] = [];

  LEDGER_MONTHS.forEach((m, monthIndex) => {
    const lines: LineDraft[] = [];
    if (plan) {
      lines.push({
        description: `${plan.name} plan, ${m.label}`,
        quantity: 1,
        unitPriceCents: cents(plan.price),
      });
    }
    const bought = new Map<
      string,
      { offer: (typeof draft.purchases)[number]["offer"]; count: number }
    >();
    for (const p of draft.purchases) {
      if (p.monthIndex !== monthIndex) continue;
      const entry = bought.get(p.offer.id) ?? { offer: p.offer, count: 0 };
      entry.count++;
      bought.set(p.offer.id, entry);
    }
    for (const { offer, count } of bought.values()) {
      lines.push({
        description: `Unit bundle: ${offer.name}`,
        quantity: count,
        unitPriceCents: cents(offer.price),
      });
    }
    if (lines.length === 0) return;

    // Issued at the end of the month it bills, after that month's usage debit.
    const issuedMs = m.end - 15 * MINUTE_MS;
    const dueMs = issuedMs + dueDays * DAY_MS;
    let paidMs: number | null;
    if (prepay) {
      // Prepay customers pay by card when the invoice is issued.
      paidMs = issuedMs;
    } else if (paysLate && monthIndex >= LEDGER_MONTHS.length - 2) {
      paidMs = null;
    } else {
      paidMs =
        issuedMs + random.int(3, dueDays + 5) * DAY_MS + random.int(9 * 60, 17 * 60) * MINUTE_MS;
      if (paidMs >= REFERENCE_MS) paidMs = null;
    }
    const status = paidMs !== null ? "PAID" : dueMs < REFERENCE_MS ? "OVERDUE" : "ISSUED";
    invoices.push({
      record: invoiceRecord(draft, random.uuid(), lines, issuedMs, dueMs, status),
      paidMs,
      prepay,
    });
  });

  // Credit customers with a plan see next month's invoice as a draft.
  if (!prepay && plan) {
    const november = month(2026, 11);
    const issuedMs = REFERENCE_MS - 10 * MINUTE_MS;
    invoices.push({
      record: invoiceRecord(
        draft,
        random.uuid(),
        [
          {
            description: `${plan.name} plan, ${november.label}`,
            quantity: 1,
            unitPriceCents: cents(plan.price),
          },
        ],
        issuedMs,
        issuedMs + dueDays * DAY_MS,
        "DRAFT",
      ),
      paidMs: null,
      prepay,
    });
  }

  const creditNotes: PendingCreditNote[] = [];
  const paid = invoices.filter((i) => i.record.status === "PAID");
  if (paid.length > 0 && random.chance(0.2)) {
    const invoice = random.pick(paid);
    const issuedMs =
      Date.parse(invoice.record.issuedAt) +
      random.int(5, 20) * DAY_MS +
      random.int(9 * 60, 17 * 60) * MINUTE_MS;
    if (issuedMs < REFERENCE_MS - DAY_MS) {
      // A share of each line of the invoice, at least a cent a unit.
      const share = random.pick([0.1, 0.25]);
      const { recordLines, exTax, incTax } = priceLines(
        draft,
        invoice.record.lines.map((line) => ({
          description: `Credit of ${share * 100}%: ${line.description}`,
          quantity: Number(line.quantity),
          unitPriceCents: Math.max(1, Math.round(cents(line.unitPrice) * share)),
        })),
      );
      const status = random.weighted<CreditNoteRecord["status"]>([
        ["ISSUED", 3],
        ["APPLIED", 3],
        ["VOID", 1],
      ]);
      const refundedMs = status === "APPLIED" ? issuedMs + 3 * DAY_MS : null;
      creditNotes.push({
        record: {
          id: random.uuid(),
          customerId: customer.id,
          number: "",
          issuedAt: iso(issuedMs),
          status,
          currency: be.currency,
          totalExTax: units(draft, exTax),
          taxTotal: units(draft, incTax - exTax),
          totalIncTax: units(draft, incTax),
          invoiceId: random.chance(0.8) ? invoice.record.id : null,
          reason: random.pick([
            "Service credit for the storage outage",
            "Goodwill gesture",
            "Billing correction: plan fee charged twice",
          ]),
          lines: recordLines,
        },
        refundedMs: refundedMs !== null && refundedMs < REFERENCE_MS ? refundedMs : null,
      });
    }
  }
  return { invoices, creditNotes };
}

/**
 * Numbers the invoices and credit notes of one billing entity in the order
 * they were issued, as an accounting system does: `RSA-INV-2026-0001`, …
 */
export function numberDocuments(
  prefix: string,
  invoices: PendingInvoice[],
  creditNotes: PendingCreditNote[],
): void {
  const number = (records: { issuedAt: string; number: string }[], kind: string) => {
    const sorted = [...records].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
    const perYear = new Map<string, number>();
    for (const record of sorted) {
      const year = record.issuedAt.slice(0, 4);
      const n = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, n);
      record.number = `${prefix}-${kind}-${year}-${String(n).padStart(4, "0")}`;
    }
  };
  number(
    invoices.map((i) => i.record),
    "INV",
  );
  number(
    creditNotes.map((c) => c.record),
    "CN",
  );
}

interface StatementEvent {
  atMs: number;
  kind: StatementLine["kind"];
  reference: string;
  description: string;
  debitCents: number;
  creditCents: number;
}

/** Monthly statements over the ledger months, from the customer's (numbered) documents. */
export function buildStatements(draft: CustomerDraft, billing: CustomerBilling): StatementRecord[] {
  const events: StatementEvent[] = [];
  for (const { record, paidMs, prepay } of billing.invoices) {
    if (record.status === "DRAFT" || record.status === "VOID") continue;
    const total = cents(record.totalIncTax);
    events.push({
      atMs: Date.parse(record.issuedAt),
      kind: "UNPAID_INVOICE",
      reference: record.number,
      description: `Invoice ${record.number}`,
      debitCents: total,
      creditCents: 0,
    });
    if (paidMs !== null) {
      events.push({
        atMs: paidMs,
        kind: "PAYMENT_RECEIVED",
        reference: record.number,
        description: prepay ? "Card payment, thank you" : "Bank transfer received, thank you",
        debitCents: 0,
        creditCents: total,
      });
    }
  }
  for (const { record, refundedMs } of billing.creditNotes) {
    if (record.status === "VOID") continue;
    const total = cents(record.totalIncTax);
    events.push({
      atMs: Date.parse(record.issuedAt),
      kind: "UNPAID_CREDIT_NOTE",
      reference: record.number,
      description: `Credit note ${record.number}: ${record.reason}`,
      debitCents: 0,
      creditCents: total,
    });
    if (refundedMs !== null) {
      events.push({
        atMs: refundedMs,
        kind: "PAYMENT_MADE",
        reference: record.number,
        description: "Refund to the customer's bank account",
        debitCents: total,
        creditCents: 0,
      });
    }
  }
  // Stable sort: an invoice comes before its payment at the same instant.
  events.sort((a, b) => a.atMs - b.atMs);

  const statements: StatementRecord[] = [];
  let balance = 0;
  for (const m of LEDGER_MONTHS) {
    const openingBalance = balance;
    const lines: StatementLine[] = [];
    for (const event of events) {
      if (event.atMs < m.start || event.atMs >= m.end) continue;
      balance += event.debitCents - event.creditCents;
      lines.push({
        date: isoDate(event.atMs),
        kind: event.kind,
        reference: event.reference,
        description: event.description,
        debit: event.debitCents > 0 ? units(draft, event.debitCents) : null,
        credit: event.creditCents > 0 ? units(draft, event.creditCents) : null,
        balance: units(draft, balance),
      });
    }
    statements.push({
      id: draft.random.uuid(),
      customerId: draft.customer.id,
      periodStart: isoDate(m.start),
      periodEnd: isoDate(m.end - DAY_MS),
      currency: draft.be.currency,
      openingBalance: units(draft, openingBalance),
      closingBalance: units(draft, balance),
      lines,
    });
  }
  return statements;
}
