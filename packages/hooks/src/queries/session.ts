import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";

/** The signed-in admin (`GET /me`). */
export const sessionQueries = {
  /** `GET /me`: the admin, its billing entity and whether it is the master's (`isMbeAdmin`). */
  me: (client: CustomerKitClient) =>
    queryOptions({
      queryKey: kitKeys.me(),
      queryFn: ({ signal }) => unwrap(client.GET("/me", { signal })),
      ...queryRetryOptions,
    }),
};
