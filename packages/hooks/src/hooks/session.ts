"use client";
import type { Me } from "@customer-kit/client";
import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import { sessionQueries } from "../queries/session";

/** What {@link useMe} returns: the `/me` query and what the admin may do, derived from it. */
export type UseMeResult = UseQueryResult<Me> & {
  /**
   * Whether the admin belongs to the master billing entity and so sees every customer (`/me`'s
   * `isMbeAdmin`). `false` until `/me` has answered: nothing is offered before it is known.
   */
  isMbeAdmin: boolean;
  /**
   * Whether filtering the Customers list by billing entity means anything for this admin: only
   * an MBE admin sees more than one billing entity's customers (a reseller admin naming another
   * gets an empty page). `false` until `/me` has answered.
   */
  canFilterByBillingEntity: boolean;
};

/** The signed-in admin (`GET /me`), its billing entity, and what it may do. */
export function useMe(): UseMeResult {
  const { client } = useCustomerKit();
  const query = useQuery(sessionQueries.me(client));
  const isMbeAdmin = query.data?.isMbeAdmin === true;
  return { ...query, isMbeAdmin, canFilterByBillingEntity: isMbeAdmin } as UseMeResult;
}
