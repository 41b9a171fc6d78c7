import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import type { QueryParams } from "./params";

/** The period of a usage report: `from` and `to` (dates, inclusive) and the `granularity` (default `DAY`). */
export type UsagePeriod = QueryParams<"getUsageReport">;

/** A customer's usage. */
export const usageQueries = {
  /** `GET /customers/{customerId}/usage` for a period. */
  report: (client: CustomerKitClient, customerId: string, period: UsagePeriod) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).usage(period),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/usage", {
            params: { path: { customerId }, query: period },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
};
