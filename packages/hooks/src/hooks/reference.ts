"use client";
import { useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import {
  type BillingEntityFilters,
  type LanguageFilters,
  type ProductOfferFilters,
  referenceQueries,
  type ThemeFilters,
} from "../queries/reference";

/**
 * The product offers a customer may get (`GET …/product-offers`).
 * @param filters `kind`, `cursor`, `limit`. @default {}
 */
export function useCustomerProductOffers(customerId: string, filters: ProductOfferFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(referenceQueries.customerProductOffers(client, customerId, filters));
}

/** The themes a customer may use (`GET …/themes`). @param filters `cursor`, `limit`. @default {} */
export function useCustomerThemes(customerId: string, filters: ThemeFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(referenceQueries.customerThemes(client, customerId, filters));
}

/** The caller's themes (`GET /themes`). @param filters `cursor`, `limit`. @default {} */
export function useThemes(filters: ThemeFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(referenceQueries.themes(client, filters));
}

/** The caller's product offers (`GET /product-offers`). @param filters `kind`, `cursor`, `limit`. @default {} */
export function useProductOffers(filters: ProductOfferFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(referenceQueries.productOffers(client, filters));
}

/** The billing entities the caller sees (`GET /billing-entities`). @param filters `cursor`, `limit`. @default {} */
export function useBillingEntities(filters: BillingEntityFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(referenceQueries.billingEntities(client, filters));
}

/** The languages (`GET /languages`). @param filters `cursor`, `limit`. @default {} */
export function useLanguages(filters: LanguageFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(referenceQueries.languages(client, filters));
}
