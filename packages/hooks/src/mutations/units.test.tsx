import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useStatements } from "../hooks/billing";
import { useCustomer, useCustomers, useCustomerTags } from "../hooks/customers";
import { useLedger, useUnitBalance } from "../hooks/units";
import { useUsers } from "../hooks/users";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { useCreateUnitTransaction, usePurchaseUnitOffer } from "./units";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const credit = { direction: "CREDIT", amount: "25.00", description: "Goodwill" } as const;

/**
 * A kit whose client records each POST attempt's `Idempotency-Key` (`sent`) and each answer's
 * `Idempotency-Replayed` (`replayed`), can hold POSTs until `release()` (to see a write before its
 * answer) and can lose the next POST's answer on its way back (the server did the work).
 */
export function recordingKit(options: { retry?: false } = {}) {
  const sent: (string | null)[] = [];
  const replayed: (string | null)[] = [];
  let hold: Promise<void> | null = null;
  let release = () => {};
  let loseNext = false;
  const kit = createTestKit({
    client: {
      ...options,
      fetch: async (request) => {
        if (request.method !== "POST") return fetch(request);
        sent.push(request.headers.get("Idempotency-Key"));
        if (hold) await hold;
        const response = await fetch(request);
        if (loseNext) {
          loseNext = false;
          throw new TypeError("Failed to fetch");
        }
        replayed.push(response.headers.get("Idempotency-Replayed"));
        return response;
      },
    },
  });
  return {
    kit,
    sent,
    replayed,
    holdPosts() {
      hold = new Promise((resolve) => {
        release = () => {
          hold = null;
          resolve();
        };
      });
    },
    release: () => release(),
    loseNextAnswer: () => {
      loseNext = true;
    },
  };
}

/** The balance, customer and ledger on screen, and the credit form's hook. */
async function renderUnits(kit: ReturnType<typeof createTestKit>) {
  const view = renderHook(
    () => ({
      balance: useUnitBalance(NORTHWIND),
      customer: useCustomer(NORTHWIND),
      ledger: useLedger(NORTHWIND),
      credit: useCreateUnitTransaction(NORTHWIND),
    }),
    { wrapper: kit.wrapper },
  );
  await waitFor(() => {
    expect(view.result.current.balance.isSuccess).toBe(true);
    expect(view.result.current.customer.isSuccess).toBe(true);
    expect(view.result.current.ledger.isSuccess).toBe(true);
  });
  return view;
}

const cents = (units: string | undefined) => Math.round(Number(units) * 100);
const ledgerEntries = (kit: ReturnType<typeof createTestKit>) =>
  kit.sandbox.store.scan("unitTransactions", NORTHWIND).length;

describe("useCreateUnitTransaction", () => {
  it("moves the balance and the customer's unitBalance at once, before the server answers", async () => {
    const { kit, holdPosts, release } = recordingKit();
    const { result } = await renderUnits(kit);
    const before = cents(result.current.balance.data?.unitBalance);
    holdPosts();
    act(() => result.current.credit.mutate(credit));
    await waitFor(() =>
      expect(cents(result.current.balance.data?.unitBalance)).toBe(before + 2500),
    );
    expect(cents(result.current.customer.data?.unitBalance)).toBe(before + 2500);
    expect(result.current.credit.isPending).toBe(true);
    release();
    await waitFor(() => expect(result.current.credit.isSuccess).toBe(true));
    expect(cents(result.current.balance.data?.unitBalance)).toBe(before + 2500);
  });

  it("rolls the balance back when a debit below the cutoff is refused (422)", async () => {
    const { kit, holdPosts, release } = recordingKit();
    const { result } = await renderUnits(kit);
    const before = result.current.balance.data?.unitBalance;
    const booked = ledgerEntries(kit);
    holdPosts();
    act(() =>
      result.current.credit.mutate({
        direction: "DEBIT",
        amount: "99999.00",
        description: "Too much",
      }),
    );
    await waitFor(() =>
      expect(cents(result.current.balance.data?.unitBalance)).toBe(cents(before) - 9999900),
    );
    release();
    await waitFor(() => expect(result.current.credit.isError).toBe(true));
    expect(result.current.credit.error?.status).toBe(422);
    expect(result.current.balance.data?.unitBalance).toBe(before);
    expect(result.current.customer.data?.unitBalance).toBe(before);
    expect(ledgerEntries(kit)).toBe(booked);
  });

  it("rolls back after a 503 that the client's retries did not get past", {
    timeout: 10_000,
  }, async () => {
    const kit = createTestKit();
    const { result } = await renderUnits(kit);
    const before = result.current.balance.data?.unitBalance;
    const booked = ledgerEntries(kit);
    kit.sandbox.setFaults({ status: { createUnitTransaction: 503 } });
    act(() => result.current.credit.mutate(credit));
    // The injected 503 asks for Retry-After: 1, which the client follows twice.
    await waitFor(() => expect(result.current.credit.isError).toBe(true), { timeout: 8000 });
    expect(result.current.credit.error?.status).toBe(503);
    expect(result.current.balance.data?.unitBalance).toBe(before);
    expect(result.current.customer.data?.unitBalance).toBe(before);
    expect(ledgerEntries(kit)).toBe(booked);
    // The client's three attempts, with one key; TanStack retried none of them.
    expect(kit.count("POST", `/customers/${NORTHWIND}/unit-transactions`)).toBe(3);
  });

  it("a double submit of the same input credits once, with one key, and moves the balance once", async () => {
    const { kit, sent, replayed, holdPosts, release } = recordingKit();
    const { result } = await renderUnits(kit);
    const before = cents(result.current.balance.data?.unitBalance);
    const booked = ledgerEntries(kit);
    holdPosts();
    act(() => {
      result.current.credit.mutate(credit);
      result.current.credit.mutate(credit);
    });
    await waitFor(() =>
      expect(cents(result.current.balance.data?.unitBalance)).toBe(before + 2500),
    );
    release();
    await waitFor(() => expect(replayed).toHaveLength(2));
    await waitFor(() => expect(result.current.credit.isSuccess).toBe(true));
    expect(sent).toHaveLength(2);
    expect(new Set(sent).size).toBe(1);
    expect(replayed).toContain("true");
    expect(ledgerEntries(kit)).toBe(booked + 1);
    expect(cents(result.current.balance.data?.unitBalance)).toBe(before + 2500);
    await waitFor(() =>
      expect(
        result.current.ledger.data?.pages[0]?.items.filter((t) => t.description === "Goodwill"),
      ).toHaveLength(1),
    );
  });

  it("a failed submit (offline) and the user's try again carry one key and credit once", async () => {
    const { kit, sent } = recordingKit();
    const { result } = await renderUnits(kit);
    const before = cents(result.current.balance.data?.unitBalance);
    const booked = ledgerEntries(kit);
    kit.sandbox.setFaults({ offline: true });
    act(() => result.current.credit.mutate(credit));
    await waitFor(() => expect(result.current.credit.isError).toBe(true));
    expect(result.current.credit.error?.kind).toBe("network");
    expect(cents(result.current.balance.data?.unitBalance)).toBe(before);
    kit.sandbox.setFaults({});
    act(() => result.current.credit.mutate(credit));
    await waitFor(() => expect(result.current.credit.isSuccess).toBe(true));
    expect(ledgerEntries(kit)).toBe(booked + 1);
    expect(cents(result.current.balance.data?.unitBalance)).toBe(before + 2500);
    // The client's three attempts offline and the try again: four sends, one key.
    expect(sent).toHaveLength(4);
    expect(new Set(sent).size).toBe(1);
  });

  it("the try again after a lost answer replays the first (Idempotency-Replayed) and books nothing new", async () => {
    // The first answer is lost on the way back (the server booked it): the client sees a network
    // error (retries off, to lose exactly one answer), the user presses "try again".
    const { kit, sent, replayed, loseNextAnswer } = recordingKit({ retry: false });
    const { result } = await renderUnits(kit);
    const before = cents(result.current.balance.data?.unitBalance);
    const booked = ledgerEntries(kit);
    loseNextAnswer();
    act(() => result.current.credit.mutate(credit));
    await waitFor(() => expect(result.current.credit.isError).toBe(true));
    expect(ledgerEntries(kit)).toBe(booked + 1);
    act(() => result.current.credit.mutate(credit));
    await waitFor(() => expect(result.current.credit.isSuccess).toBe(true));
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBe(sent[1]);
    expect(replayed).toEqual(["true"]);
    expect(ledgerEntries(kit)).toBe(booked + 1);
    expect(cents(result.current.balance.data?.unitBalance)).toBe(before + 2500);
  });

  it("another input gets another key; the same input after a success is a new credit", async () => {
    const { kit, sent, replayed } = recordingKit();
    const { result } = await renderUnits(kit);
    const booked = ledgerEntries(kit);
    await act(() => result.current.credit.mutateAsync(credit));
    await act(() => result.current.credit.mutateAsync({ ...credit, amount: "30.00" }));
    await act(() => result.current.credit.mutateAsync(credit));
    expect(new Set(sent).size).toBe(3);
    expect(replayed).toEqual([null, null, null]);
    expect(ledgerEntries(kit)).toBe(booked + 3);
  });

  it("refreshes the balance, ledger, detail and list item, and refetches nothing else", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => ({
        balance: useUnitBalance(NORTHWIND),
        customer: useCustomer(NORTHWIND),
        list: useCustomers({ limit: 200 }),
        ledger: useLedger(NORTHWIND),
        tags: useCustomerTags(NORTHWIND),
        users: useUsers(NORTHWIND),
        statements: useStatements(NORTHWIND),
        credit: useCreateUnitTransaction(NORTHWIND),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => {
      for (const q of [result.current.balance, result.current.customer, result.current.list])
        expect(q.isSuccess).toBe(true);
      for (const q of [result.current.ledger, result.current.tags, result.current.users])
        expect(q.isSuccess).toBe(true);
      expect(result.current.statements.isSuccess).toBe(true);
    });
    const before = cents(result.current.balance.data?.unitBalance);
    kit.requests.length = 0;
    await act(() => result.current.credit.mutateAsync(credit));
    const after = (before + 2500) / 100;
    expect(result.current.balance.data?.unitBalance).toBe(after.toFixed(2));
    expect(result.current.customer.data?.unitBalance).toBe(after.toFixed(2));
    const item = result.current.list.data?.items.find((c) => c.id === NORTHWIND);
    expect(item?.unitBalance).toBe(after.toFixed(2));
    await waitFor(() =>
      expect(result.current.ledger.data?.pages[0]?.items[0]?.description).toBe("Goodwill"),
    );
    // The write and the ledger; the balance, detail and list came with the answer.
    expect(kit.requests).toEqual([
      `POST /customers/${NORTHWIND}/unit-transactions`,
      `GET /customers/${NORTHWIND}/unit-transactions`,
    ]);
  });
});

describe("usePurchaseUnitOffer", () => {
  it("credits the offer's units once for a double submit, and updates the balance from the answer", async () => {
    const { kit, sent } = recordingKit();
    const offers = kit.sandbox.store
      .scan("productOffers", SANDBOX_IDS.billingEntities.resellerA)
      .filter((o) => o.kind === "UNIT_BUNDLE");
    const offer = offers[0];
    if (!offer?.units) throw new Error("the seed has a unit bundle for Reseller A");
    const { result } = renderHook(
      () => ({ balance: useUnitBalance(NORTHWIND), purchase: usePurchaseUnitOffer(NORTHWIND) }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.balance.isSuccess).toBe(true));
    const before = cents(result.current.balance.data?.unitBalance);
    const booked = ledgerEntries(kit);
    const input = { productOfferId: offer.id, description: "Top-up" };
    await act(async () => {
      await Promise.all([
        result.current.purchase.mutateAsync(input),
        result.current.purchase.mutateAsync(input),
      ]);
    });
    expect(sent).toHaveLength(2);
    expect(new Set(sent).size).toBe(1);
    expect(ledgerEntries(kit)).toBe(booked + 1);
    expect(cents(result.current.balance.data?.unitBalance)).toBe(before + cents(offer.units));
    expect(kit.count("GET", `/customers/${NORTHWIND}/units`)).toBe(1);
  });
});
