"use client";
import type { AssetMaxima, AssetMaximaUpdate } from "@customer-kit/client";
import { assetMaximaQueries } from "../queries/asset-maxima";
import { kitKeys } from "../queries/keys";
import { versioned } from "../queries/versioned";
import { type EditOptions, useVersionedEdit } from "./core";
import { writeEffects } from "./invalidation";

/**
 * Replaces the asset maxima (`replaceAssetMaxima`) with `If-Match`. On `412` the limits this user
 * changed are put onto the latest version when nobody else changed those same limits
 * (`limits.MAX_CPUS` is one field, `limits.MAX_RAM` another); otherwise `conflict` lists them.
 */
export function useReplaceAssetMaxima(customerId: string, options: EditOptions<AssetMaxima> = {}) {
  const key = kitKeys.customer(customerId).assetMaxima();
  const path = { path: { customerId } };
  return useVersionedEdit<AssetMaximaUpdate, AssetMaxima, AssetMaximaUpdate>({
    base: (qc) => options.base ?? qc.getQueryData(key),
    body: (v) => v,
    toBody: ({ limits }) => ({ limits }),
    read: (client, _v, qc) =>
      qc.fetchQuery({ ...assetMaximaQueries.detail(client, customerId), staleTime: 0 }),
    send: async (client, _v, body, etag) =>
      versioned(
        await client.PUT("/customers/{customerId}/asset-maxima", {
          params: { ...path, header: { "If-Match": etag } },
          body,
        }),
      ),
    store: (qc, _v, saved) => qc.setQueryData(key, saved),
    effect: (qc, _v, saved) => writeEffects.replaceAssetMaxima(qc, customerId, saved),
  });
}
