"use client";
import { useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import { type UsagePeriod, usageQueries } from "../queries/usage";

/** A customer's usage for a period (`GET …/usage`): `{ from, to, granularity? }`, dates inclusive. */
export function useUsageReport(customerId: string, period: UsagePeriod) {
  const { client } = useCustomerKit();
  return useQuery(usageQueries.report(client, customerId, period));
}
