import type { components } from "@customer-kit/client";
import type { BillingEntityRecord, CustomerRecord, UserRecord } from "../store/types";

export type LanguageCode = components["schemas"]["LanguageCode"];

/** The platform's language when nobody chose one. */
export const PLATFORM_LANGUAGE: LanguageCode = "en";

/**
 * The language a customer's users see unless they chose their own: the customer's default, else
 * its billing entity's, else the platform's.
 */
export function customerLanguage(
  customer: Pick<CustomerRecord, "defaultLanguage">,
  billingEntity: Pick<BillingEntityRecord, "defaultLanguage"> | undefined,
): LanguageCode {
  return customer.defaultLanguage ?? billingEntity?.defaultLanguage ?? PLATFORM_LANGUAGE;
}

/**
 * A user's language: its own setting wins, else the customer's effective language. So changing the
 * customer's default changes only the users who have not set their own.
 */
export function userLanguage(
  user: Pick<UserRecord, "language">,
  customerEffectiveLanguage: LanguageCode,
): LanguageCode {
  return user.language ?? customerEffectiveLanguage;
}
