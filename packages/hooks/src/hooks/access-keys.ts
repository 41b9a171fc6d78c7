"use client";
import { useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import { type KeyFilters, keyQueries } from "../queries/access-keys";

/** A customer's keys (`GET …/keys`); each carries its `etag`. @param filters `cursor`, `limit`. @default {} */
export function useKeys(customerId: string, filters: KeyFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(keyQueries.list(client, customerId, filters));
}

/** One key of a customer (`GET …/keys/{keyId}`), with its `etag`. */
export function useKey(customerId: string, keyId: string) {
  const { client } = useCustomerKit();
  return useQuery(keyQueries.detail(client, customerId, keyId));
}
