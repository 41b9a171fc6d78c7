"use client";
import { useQuery } from "@tanstack/react-query";
import { useCustomerKit } from "../provider";
import {
  type DiskFilters,
  type JobFilters,
  type RelatedResourceFilters,
  resourceQueries,
  type ServerFilters,
  type VdcFilters,
} from "../queries/resources";

/** A customer's VDCs (`GET …/vdcs`). @param filters `cursor`, `limit`. @default {} */
export function useVdcs(customerId: string, filters: VdcFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(resourceQueries.vdcs(client, customerId, filters));
}

/** One VDC (`GET …/vdcs/{vdcId}`). */
export function useVdc(customerId: string, vdcId: string) {
  const { client } = useCustomerKit();
  return useQuery(resourceQueries.vdc(client, customerId, vdcId));
}

/** A customer's servers (`GET …/servers`). @param filters `vdcId`, `cursor`, `limit`. @default {} */
export function useServers(customerId: string, filters: ServerFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(resourceQueries.servers(client, customerId, filters));
}

/** One server (`GET …/servers/{serverId}`). */
export function useServer(customerId: string, serverId: string) {
  const { client } = useCustomerKit();
  return useQuery(resourceQueries.server(client, customerId, serverId));
}

/** A customer's disks (`GET …/disks`). @param filters `vdcId`, `serverId`, `cursor`, `limit`. @default {} */
export function useDisks(customerId: string, filters: DiskFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(resourceQueries.disks(client, customerId, filters));
}

/** One disk (`GET …/disks/{diskId}`). */
export function useDisk(customerId: string, diskId: string) {
  const { client } = useCustomerKit();
  return useQuery(resourceQueries.disk(client, customerId, diskId));
}

/** A customer's jobs (`GET …/jobs`). @param filters `status`, `cursor`, `limit`. @default {} */
export function useJobs(customerId: string, filters: JobFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(resourceQueries.jobs(client, customerId, filters));
}

/** The resources related to a customer (`GET …/related-resources`). @param filters `cursor`, `limit`. @default {} */
export function useRelatedResources(customerId: string, filters: RelatedResourceFilters = {}) {
  const { client } = useCustomerKit();
  return useQuery(resourceQueries.relatedResources(client, customerId, filters));
}
