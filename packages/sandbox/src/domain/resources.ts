import type { components } from "@customer-kit/client";
import type {
  DeepReadonly,
  DiskRecord,
  JobRecord,
  SandboxStore,
  ServerRecord,
  VdcRecord,
} from "../store/types";

type Schemas = components["schemas"];
export type ResourceType = Schemas["ResourceType"];
export type ResourceLink = Schemas["ResourceLink"];
export type Vdc = Schemas["Vdc"];
export type Server = Schemas["Server"];
export type Disk = Schemas["Disk"];
export type Job = Schemas["Job"];

/**
 * The path (relative to the API base) of the operation that reads one record, or `null` for the
 * kinds of resource the API has no view of (networks, images, snapshots, e-mails, themes, …). The
 * one place that knows which records can be opened: related resources, jobs and the links between
 * servers, disks and VDCs all come through here, so a link never names a path that does not answer.
 */
export function resourceHref(customerId: string, type: ResourceType, id: string): string | null {
  const customer = `/customers/${customerId}`;
  switch (type) {
    case "CUSTOMER":
      return `/customers/${id}`;
    case "USER":
      return `${customer}/users/${id}`;
    case "VDC":
      return `${customer}/vdcs/${id}`;
    case "SERVER":
      return `${customer}/servers/${id}`;
    case "DISK":
      return `${customer}/disks/${id}`;
    default:
      return null;
  }
}

/** A resource of the customer as a link: its type, id, name and the path that opens it. */
export function resourceLink(
  customerId: string,
  type: ResourceType,
  record: { readonly id: string; readonly name: string },
): ResourceLink {
  return {
    type,
    id: record.id,
    name: record.name,
    href: resourceHref(customerId, type, record.id),
  };
}

/**
 * One customer's VDCs, servers and disks, read once per request, so that showing a list of them
 * (each with links to the others and totals) is one pass over small arrays, not a lookup per item.
 */
export interface CustomerResources {
  customerId: string;
  vdcs: readonly DeepReadonly<VdcRecord>[];
  servers: readonly DeepReadonly<ServerRecord>[];
  disks: readonly DeepReadonly<DiskRecord>[];
  vdcById: ReadonlyMap<string, DeepReadonly<VdcRecord>>;
  serverById: ReadonlyMap<string, DeepReadonly<ServerRecord>>;
}

export function customerResources(store: SandboxStore, customerId: string): CustomerResources {
  const vdcs = store.scan("vdcs", customerId);
  const servers = store.scan("servers", customerId);
  const disks = store.scan("disks", customerId);
  return {
    customerId,
    vdcs,
    servers,
    disks,
    vdcById: new Map(vdcs.map((v) => [v.id, v])),
    serverById: new Map(servers.map((s) => [s.id, s])),
  };
}

function vdcLink(resources: CustomerResources, vdcId: string): ResourceLink {
  // A server or disk always has its VDC; the fallback keeps a broken record showable.
  const vdc = resources.vdcById.get(vdcId) ?? { id: vdcId, name: "" };
  return resourceLink(resources.customerId, "VDC", vdc);
}

/** A VDC as the API shows it, with the totals of its servers and disks. */
export function vdcView(resources: CustomerResources, vdc: DeepReadonly<VdcRecord>): Vdc {
  let cpus = 0;
  let ramMb = 0;
  let storageGb = 0;
  for (const server of resources.servers) {
    if (server.vdcId !== vdc.id) continue;
    cpus += server.cpus;
    ramMb += server.ramMb;
  }
  for (const disk of resources.disks) if (disk.vdcId === vdc.id) storageGb += disk.sizeGb;
  return {
    id: vdc.id,
    name: vdc.name,
    status: vdc.status,
    clusterName: vdc.clusterName,
    serverCount: vdc.serverCount,
    diskCount: vdc.diskCount,
    cpus,
    ramMb,
    storageGb,
    createdAt: vdc.createdAt,
  };
}

/** A server as the API shows it, with its VDC and attached disks as links. */
export function serverView(
  resources: CustomerResources,
  server: DeepReadonly<ServerRecord>,
): Server {
  // The disks' stored order is the server's: boot disk first, then data disks.
  const attached = resources.disks.filter((disk) => disk.serverId === server.id);
  return {
    id: server.id,
    name: server.name,
    status: server.status,
    vdcId: server.vdcId,
    vdc: vdcLink(resources, server.vdcId),
    cpus: server.cpus,
    ramMb: server.ramMb,
    storageGb: attached.reduce((sum, disk) => sum + disk.sizeGb, 0),
    diskCount: server.diskCount,
    disks: attached.map((disk) => resourceLink(resources.customerId, "DISK", disk)),
    ipAddresses: [...server.ipAddresses],
    createdAt: server.createdAt,
  };
}

/** A disk as the API shows it, with its VDC and server (if attached) as links. */
export function diskView(resources: CustomerResources, disk: DeepReadonly<DiskRecord>): Disk {
  const server = disk.serverId === null ? undefined : resources.serverById.get(disk.serverId);
  return {
    id: disk.id,
    name: disk.name,
    status: disk.status,
    sizeGb: disk.sizeGb,
    vdcId: disk.vdcId,
    vdc: vdcLink(resources, disk.vdcId),
    serverId: disk.serverId,
    server:
      disk.serverId === null
        ? null
        : resourceLink(resources.customerId, "SERVER", server ?? { id: disk.serverId, name: "" }),
    createdAt: disk.createdAt,
  };
}

/** A job as the API shows it: what it worked on, as named then, with the link that opens it. */
export function jobView(job: DeepReadonly<JobRecord>): Job {
  // `?? null`: a job stored by a sandbox before jobs named their resource has none.
  const resource = job.resource ?? null;
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    description: job.description,
    createdBy: job.createdBy,
    reason: job.reason,
    startedAt: job.startedAt,
    endedAt: job.endedAt,
    resource: resource === null ? null : resourceLink(job.customerId, resource.type, resource),
  };
}
