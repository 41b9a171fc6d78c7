"use client";
import type { LanguageCode } from "@customer-kit/client";
import { useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import { userQueries } from "../queries/users";
import { type CustomerFormOptions, orNull, useCustomerForm } from "./customer";

/** The values of {@link useLanguageForm}: `""` follows the billing entity's language. */
export type LanguageValues = {
  defaultLanguage: LanguageCode | "";
};

/**
 * The customer's default language. Users with a language of their own keep it: the form says how
 * many of the loaded users that is (`usersWithOwnLanguage`), for a note beside the choice.
 */
export function useLanguageForm(options: CustomerFormOptions<LanguageValues>) {
  const { client } = useCustomerKit();
  const users = useQuery(userQueries.list(client, options.customerId)).data?.items;
  return {
    ...useCustomerForm<LanguageValues>(
      "language",
      options,
      (customer) => ({ defaultLanguage: customer?.defaultLanguage ?? "" }),
      (changed) => ({ defaultLanguage: orNull(changed.defaultLanguage) as LanguageCode | null }),
    ),
    /** How many users (of the first page of the list) have their own language, which a change leaves as it is; `undefined` until loaded. */
    usersWithOwnLanguage: users?.filter((user) => user.language !== null).length,
  };
}
