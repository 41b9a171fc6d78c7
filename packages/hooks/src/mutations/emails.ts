"use client";
import type { EmailCreate } from "@customer-kit/client";
import { useKitMutation } from "./core";
import { writeEffects } from "./invalidation";

/**
 * Sends an e-mail to the customer (`sendCustomerEmail`): to its admin users unless recipients are
 * named. One `Idempotency-Key` per logical submit, so a "try again" never sends it twice.
 */
export function useSendCustomerEmail(customerId: string) {
  return useKitMutation({
    send: async (client, body: EmailCreate, key) =>
      (
        await client.POST("/customers/{customerId}/emails", {
          params: { path: { customerId }, header: { "Idempotency-Key": key } },
          body,
        })
      ).data,
    effect: (qc) => writeEffects.jobRecorded(qc, customerId),
  });
}
