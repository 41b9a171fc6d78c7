import type { CustomerKitClient } from "@customer-kit/client";
import { queryRetryOptions, unwrap } from "@customer-kit/client";
import { queryOptions } from "@tanstack/react-query";
import { kitKeys } from "./keys";
import type { QueryParams } from "./params";

/** Filters of a customer's VDCs: paging. */
export type VdcFilters = QueryParams<"listVdcs">;
/** Filters of a customer's servers: paging and `vdcId`. */
export type ServerFilters = QueryParams<"listServers">;
/** Filters of a customer's disks: paging, `vdcId` and `serverId`. */
export type DiskFilters = QueryParams<"listDisks">;
/** Filters of a customer's jobs: paging and `status`. */
export type JobFilters = QueryParams<"listJobs">;
/** Filters of a customer's related resources: paging. */
export type RelatedResourceFilters = QueryParams<"listRelatedResources">;

/** A customer's cloud resources: VDCs, servers, disks (lists and one each), jobs, related resources. */
export const resourceQueries = {
  /** `GET /customers/{customerId}/vdcs`. */
  vdcs: (client: CustomerKitClient, customerId: string, filters: VdcFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).vdcList(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/vdcs", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/vdcs/{vdcId}`. */
  vdc: (client: CustomerKitClient, customerId: string, vdcId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).vdc(vdcId),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/vdcs/{vdcId}", {
            params: { path: { customerId, vdcId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/servers`. */
  servers: (client: CustomerKitClient, customerId: string, filters: ServerFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).serverList(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/servers", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/servers/{serverId}`. */
  server: (client: CustomerKitClient, customerId: string, serverId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).server(serverId),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/servers/{serverId}", {
            params: { path: { customerId, serverId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/disks`. */
  disks: (client: CustomerKitClient, customerId: string, filters: DiskFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).diskList(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/disks", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/disks/{diskId}`. */
  disk: (client: CustomerKitClient, customerId: string, diskId: string) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).disk(diskId),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/disks/{diskId}", {
            params: { path: { customerId, diskId } },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/jobs`. */
  jobs: (client: CustomerKitClient, customerId: string, filters: JobFilters = {}) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).jobs(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/jobs", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
  /** `GET /customers/{customerId}/related-resources`. */
  relatedResources: (
    client: CustomerKitClient,
    customerId: string,
    filters: RelatedResourceFilters = {},
  ) =>
    queryOptions({
      queryKey: kitKeys.customer(customerId).relatedResources(filters),
      queryFn: ({ signal }) =>
        unwrap(
          client.GET("/customers/{customerId}/related-resources", {
            params: { path: { customerId }, query: filters },
            signal,
          }),
        ),
      ...queryRetryOptions,
    }),
};
