import { describe, expect, it } from "vitest";
import { createSandboxApp } from "../app";
import { MemoryStore } from "../store/memory";
import type { EmailRecord } from "../store/types";
import { SANDBOX_TOKENS, seedStore } from ".";

// The seed books its ledger through the API's own `bookTransaction`, so a rule of the ledger has
// one wording and one behaviour wherever a record comes from. Here the warn-level e-mail: the one
// the seed recorded and the one the API records when a debit reaches the warn level are alike.

/** The e-mail as a reader sees it, with the parts that differ per customer taken out. */
function shape(email: Pick<EmailRecord, "kind" | "subject" | "message">) {
  return {
    kind: email.kind,
    subject: email.subject,
    message: email.message
      .replace(/^The unit balance of .+? is /, "The unit balance of C is ")
      .replace(/-?\d+\.\d{2}/g, "N"),
  };
}

describe("one ledger, seeded or booked through the API", () => {
  it("records the same warn-level e-mail (subject and wording) as the API does", async () => {
    const store = new MemoryStore();
    seedStore(store, { size: "default" });
    const seeded = store.scan("emails").filter((e) => e.kind === "UNIT_WARNING");
    expect(seeded.length, "the default seed has warned customers").toBeGreaterThan(0);

    // A customer with a warn level, above it and not warned yet, that a debit can bring down to
    // it: exactly to the level, which warns.
    const customer = store.scan("customers").find((c) => {
      const level = c.configuration.unitWarnLevel;
      if (level === null || c.configuration.warningSent || c.status !== "ACTIVE") return false;
      const room = c.balance.carryOver + c.balance.nonCarryOver - Math.round(Number(level) * 100);
      const cutoff = c.assetMaxima.CUTOFF_BALANCE;
      const aboveCutoff =
        cutoff === null || cutoff === undefined || Number(cutoff) <= Number(level);
      return room > 0 && room <= 100_000_000 && aboveCutoff;
    });
    expect(customer, "a seeded customer above its warn level").toBeDefined();
    const { id, balance, configuration } = customer!;
    const debit =
      balance.carryOver +
      balance.nonCarryOver -
      Math.round(Number(configuration.unitWarnLevel) * 100);

    const app = createSandboxApp({ store, now: () => new Date("2026-11-30T12:00:00Z") });
    const response = await app.fetch(
      new Request(`http://sandbox.test/api/v1/customers/${id}/unit-transactions`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${SANDBOX_TOKENS.mbeAdmin}`,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({
          description: "Down to the warn level",
          direction: "DEBIT",
          amount: (debit / 100).toFixed(2),
          unitType: "CARRY_OVER",
        }),
      }),
    );
    expect(response.status, await response.clone().text()).toBe(201);
    const booked = store.scan("emails", id).filter((e) => e.kind === "UNIT_WARNING");
    expect(booked.length).toBeGreaterThan(0);
    const recorded = booked[booked.length - 1]!;
    expect(store.get("customers", id)?.configuration.warningSent).toBe(true);

    expect(shape(recorded)).toEqual(shape(seeded[0]!));
    for (const email of seeded) expect(email.subject).toBe(recorded.subject);
  });
});
