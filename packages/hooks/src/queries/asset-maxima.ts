import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import { versioned } from "./versioned";

/** A customer's asset maxima: the limits and the usage against each. */
export const assetMaximaQueries = {
  /** `GET /customers/{customerId}/asset-maxima`, cached as `Versioned<AssetMaxima>`. */
  detail: (client: CustomerKitClient, customerId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).assetMaxima(),
      queryFn: async ({ signal }) =>
        versioned(
          await client.GET("/customers/{customerId}/asset-maxima", {
            params: { path: { customerId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
};
