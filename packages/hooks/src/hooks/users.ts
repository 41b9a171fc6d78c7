"use client";
import { useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import { type UserFilters, userQueries } from "../queries/users";

/** A customer's users (`GET …/users`); each carries its `etag`. @param filters `cursor`, `limit`. @default {} */
export function useUsers(customerId: string, filters: UserFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(userQueries.list(client, customerId, filters));
}

/** One user of a customer (`GET …/users/{userId}`), with its `etag`. */
export function useUser(customerId: string, userId: string) {
  const { client } = useCustomerKit();
  return useQuery(userQueries.detail(client, customerId, userId));
}
