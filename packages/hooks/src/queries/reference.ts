import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import type { QueryParams } from "./params";

/** Filters of the product offers (the caller's, or those a customer may get): paging and `kind`. */
export type ProductOfferFilters = QueryParams<"listProductOffers">;
/** Filters of the themes (the caller's, or those a customer may use): paging. */
export type ThemeFilters = QueryParams<"listThemes">;
/** Filters of the languages: paging. */
export type LanguageFilters = QueryParams<"listLanguages">;
/** Filters of the billing entities: paging. */
export type BillingEntityFilters = QueryParams<"listBillingEntities">;

/** What the caller may choose from: languages, themes, product offers, billing entities. */
export const referenceQueries = {
  /** `GET /languages`. */
  languages: (client: CustomerKitClient, filters: LanguageFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.reference.languages(filters),
      queryFn: ({ signal }) =>
        unwrap(client.GET("/languages", { params: { query: filters }, signal })),
      ...queryRetryOptions,
    }),
  /** `GET /themes`: the caller's billing entity's themes. */
  themes: (client: CustomerKitClient, filters: ThemeFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.reference.themes(filters),
      queryFn: ({ signal }) =>
        unwrap(client.GET("/themes", { params: { query: filters }, signal })),
      ...queryRetryOptions,
    }),
  /** `GET /product-offers`: the caller's billing entity's offers. */
  productOffers: (client: CustomerKitClient, filters: ProductOfferFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.reference.productOffers(filters),
      queryFn: ({ signal }) =>
        unwrap(client.GET("/product-offers", { params: { query: filters }, signal })),
      ...queryRetryOptions,
    }),
  /** `GET /billing-entities`. */
  billingEntities: (client: CustomerKitClient, filters: BillingEntityFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.reference.billingEntities(filters),
      queryFn: ({ signal }) =>
        unwrap(client.GET("/billing-entities", { params: { query: filters }, signal })),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/themes`: the themes this customer may use. */
  customerThemes: (client: CustomerKitClient, customerId: string, filters: ThemeFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).themes(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/themes", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/product-offers`: the offers this customer may get. */
  customerProductOffers: (
    client: CustomerKitClient,
    customerId: string,
    filters: ProductOfferFilters = {},
  ) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).productOffers(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/product-offers", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
};
