"use client";
import type { AssetMaxima } from "@customer-kit/client";
import { useCustomerKit } from "../provider";
import { assetMaximaQueries } from "../queries/asset-maxima";
import { useVersionedQuery, type VersionedQueryResult } from "./versioned";

/** A customer's asset maxima and usage (`GET …/asset-maxima`): `data` and its `etag`. */
export function useAssetMaxima(customerId: string): VersionedQueryResult<AssetMaxima> {
  const { client } = useCustomerKit();
  return useVersionedQuery(assetMaximaQueries.detail(client, customerId));
}
