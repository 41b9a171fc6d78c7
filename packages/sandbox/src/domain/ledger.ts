import type { components } from "@customer-kit/client";
import type {
  Cents,
  CustomerRecord,
  EmailRecord,
  SandboxStore,
  UnitTransactionRecord,
} from "../store/types";
import { toCents, toUnits } from "./amounts";
import { DomainError } from "./errors";
import { newId } from "./ids";

type Schemas = components["schemas"];
export type UnitBalance = Schemas["UnitBalance"];
export type UnitTransaction = Schemas["UnitTransaction"];

/** The most units a balance may hold (the contract's `Units` maximum). */
export const MAX_BALANCE_UNITS = 1_000_000_000;

export { toCents, toUnits };

/**
 * `-12050` → `"-120.50"`: how amounts read in messages, the same as the API writes them. The ledger
 * adds integer cents; only views and messages turn them into decimal strings.
 */
export const formatUnits = toUnits;

export function totalCents(customer: Pick<CustomerRecord, "balance">): Cents {
  return customer.balance.carryOver + customer.balance.nonCarryOver;
}

/** The balance as the API shows it. */
export function balanceView(customer: CustomerRecord): UnitBalance {
  const cutoff = customer.assetMaxima.CUTOFF_BALANCE;
  return {
    carryOver: toUnits(customer.balance.carryOver),
    nonCarryOver: toUnits(customer.balance.nonCarryOver),
    unitBalance: toUnits(totalCents(customer)),
    unitWarnLevel: customer.configuration.unitWarnLevel,
    warningSent: customer.configuration.warningSent,
    cutoffBalance: cutoff ?? null,
    paymentType: customer.configuration.paymentType,
  };
}

/** A ledger entry as the API shows it. */
export function transactionView(record: UnitTransactionRecord): UnitTransaction {
  return {
    id: record.id,
    createdAt: record.createdAt,
    description: record.description,
    direction: record.direction,
    amount: toUnits(record.amount),
    unitType: record.unitType,
    source: record.source,
    openingBalance: toUnits(record.openingBalance),
    closingBalance: toUnits(record.closingBalance),
    resource: record.resource,
    createdBy: record.createdBy,
  };
}

/** What booking writes and reads: the store, or a seed's records before they are stored. */
export type LedgerStore = Pick<SandboxStore, "put" | "scan">;

export interface BookingOptions {
  /**
   * Makes the ids of the entry and of the warn-level e-mail (the seed draws them from its seeded
   * random, so that it is deterministic).
   * @default a random UUID
   */
  newId?: () => string;
}

export interface TransactionInput {
  direction: Schemas["TransactionDirection"];
  /** Positive, in cents. */
  amount: Cents;
  unitType: Schemas["UnitType"];
  description: string;
  source: UnitTransaction["source"];
  resource?: Schemas["ResourceRef"] | null;
  /** The admin's name for manual transactions and purchases. */
  createdBy: string | null;
}

/** The balance after `input`, and its total: where the amount goes (or comes from). */
function balanceAfter(
  customer: Pick<CustomerRecord, "balance">,
  input: Pick<TransactionInput, "direction" | "amount" | "unitType">,
): { balance: CustomerRecord["balance"]; closing: Cents } {
  const signed = input.direction === "CREDIT" ? input.amount : -input.amount;
  const balance = { ...customer.balance };
  if (input.unitType === "CARRY_OVER") balance.carryOver += signed;
  else balance.nonCarryOver += signed;
  return { balance, closing: balance.carryOver + balance.nonCarryOver };
}

/**
 * Why the rules refuse `input` for the customer (see `bookTransaction`), or `undefined` when they
 * allow it. Writes nothing: for a caller that asks before it books (the seed does).
 */
export function transactionRefusal(
  customer: Pick<CustomerRecord, "balance" | "assetMaxima" | "configuration">,
  input: Pick<TransactionInput, "direction" | "amount" | "unitType" | "source">,
): DomainError | undefined {
  const opening = totalCents(customer);
  const { balance, closing } = balanceAfter(customer, input);

  if (balance.nonCarryOver < 0) {
    return new DomainError(
      "insufficient-units",
      `The customer has ${formatUnits(customer.balance.nonCarryOver)} non-carry-over units.`,
      [
        {
          field: "amount",
          message: `At most ${formatUnits(customer.balance.nonCarryOver)} non-carry-over units can be debited.`,
          code: "insufficientUnits",
        },
      ],
    );
  }

  const cutoff = customer.assetMaxima.CUTOFF_BALANCE;
  if (
    input.direction === "DEBIT" &&
    input.source !== "USAGE" &&
    customer.configuration.paymentType === "PREPAY" &&
    cutoff !== null &&
    cutoff !== undefined &&
    closing < toCents(cutoff)
  ) {
    const cutoffCents = toCents(cutoff);
    const room = Math.max(0, opening - cutoffCents);
    return new DomainError(
      "cutoff-balance",
      `The balance would be ${formatUnits(closing)} units; the cutoff balance is ${formatUnits(cutoffCents)}.`,
      [
        {
          field: "amount",
          message:
            room > 0
              ? `At most ${formatUnits(room)} units can be debited.`
              : "No units can be debited: the balance is at the cutoff balance or below it.",
          code: "cutoffBalance",
        },
      ],
    );
  }

  if (closing > MAX_BALANCE_UNITS * 100) {
    return new DomainError(
      "limit-reached",
      `A balance may hold at most ${MAX_BALANCE_UNITS.toLocaleString("en-US")} units.`,
      [
        {
          field: "amount",
          message: `At most ${formatUnits(MAX_BALANCE_UNITS * 100 - opening)} units can be credited.`,
          code: "maximum",
        },
      ],
    );
  }
  return undefined;
}

/**
 * Books one transaction: checks the rules, writes the ledger entry and the new balance, and keeps
 * the warn-level e-mail flag. Call inside a store transaction; a refused transaction throws a
 * `DomainError` (and writes nothing). Returns the entry and the customer as stored.
 *
 * Rules:
 * - the amount goes to (or comes from) the bucket of its unit type; non-carry-over units cannot go
 *   below zero (they lapse, they are never owed);
 * - a debit may not take a PREPAY customer's total below its `CUTOFF_BALANCE` (when it has one);
 *   reaching it exactly is allowed; INVOICE (credit) customers are exempt, they pay later; so is
 *   metered usage (`source: "USAGE"`): the cutoff stops new resources, not the meter of running ones;
 * - the total may not exceed 1,000,000,000 units, the largest the API can show;
 * - when the total falls to the warn level or below and the warning was not sent, the warning
 *   e-mail goes to the customer's admin users and `warningSent` is set; when the total is back
 *   above the level, `warningSent` is cleared, so the next fall warns again.
 */
export function bookTransaction(
  store: LedgerStore,
  customer: CustomerRecord,
  input: TransactionInput,
  now: Date,
  options: BookingOptions = {},
): { transaction: UnitTransactionRecord; customer: CustomerRecord } {
  const refused = transactionRefusal(customer, input);
  if (refused) throw refused;
  const makeId = options.newId ?? newId;
  const opening = totalCents(customer);
  const { balance, closing } = balanceAfter(customer, input);

  const transaction: UnitTransactionRecord = {
    id: makeId(),
    customerId: customer.id,
    createdAt: now.toISOString(),
    description: input.description,
    direction: input.direction,
    amount: input.amount,
    unitType: input.unitType,
    source: input.source,
    openingBalance: opening,
    closingBalance: closing,
    resource: input.resource ?? null,
    createdBy: input.createdBy,
  };

  const configuration = { ...customer.configuration };
  const level = configuration.unitWarnLevel;
  if (level === null || closing > toCents(level)) {
    configuration.warningSent = false;
  } else if (!configuration.warningSent) {
    configuration.warningSent = true;
    store.put("emails", warningEmail(store, customer, closing, level, now, makeId));
  }

  // The balance and "warning sent" are read-only: the customer's version (its ETag) stays, so that
  // a credit does not make an open settings form fail with 412.
  const updated: CustomerRecord = { ...customer, balance, configuration };
  store.put("unitTransactions", transaction);
  store.put("customers", updated);
  return { transaction, customer: updated };
}

/** The warn-level e-mail, to the customer's active admin users. */
function warningEmail(
  store: LedgerStore,
  customer: CustomerRecord,
  closing: Cents,
  level: string,
  now: Date,
  makeId: () => string,
): EmailRecord {
  const recipients = store
    .scan("users", customer.id)
    .filter((user) => user.isAdmin && user.status === "ACTIVE")
    .map((user) => ({ userId: user.id, name: user.name, email: user.email }));
  return {
    id: makeId(),
    customerId: customer.id,
    kind: "UNIT_WARNING",
    subject: "Your unit balance is low",
    message:
      `The unit balance of ${customer.name} is ${formatUnits(closing)} units, ` +
      `at or below its warn level of ${formatUnits(toCents(level))}. Add units to keep your resources running.`,
    recipients,
    queuedAt: now.toISOString(),
  };
}

/**
 * Whether a change of the warn level clears "warning sent": it does when there is no level any
 * more, or when the balance is above the new level (the next fall to it must warn again).
 */
export function warningSentAfterLevelChange(customer: CustomerRecord): boolean {
  const level = customer.configuration.unitWarnLevel;
  if (level === null || totalCents(customer) > toCents(level)) return false;
  return customer.configuration.warningSent;
}
