import type { components } from "@customer-kit/client";
import { withoutCustomer } from "../domain/customers";
import {
  customerResources,
  diskView,
  jobView,
  resourceLink,
  serverView,
  vdcView,
} from "../domain/resources";
import { byName, newestFirst, paginate } from "../http/paging";
import { notFound } from "../http/problem";
import type { Define } from "./define";

type RelatedResource = components["schemas"]["RelatedResource"];

export function resourceRoutes(define: Define): void {
  // VDCs, servers and disks are read-only to an admin (to act on them, impersonate); by name.
  define("listVdcs", ({ store, customer, query }) => {
    const resources = customerResources(store, customer.id);
    const page = paginate(
      byName(
        resources.vdcs,
        (r) => r.name,
        (r) => r.id,
      ),
      query,
    );
    return { status: 200, body: { ...page, items: page.items.map((v) => vdcView(resources, v)) } };
  });

  define("getVdc", ({ store, customer, params }) => {
    const vdc = store.get("vdcs", params.vdcId as string);
    if (!vdc || vdc.customerId !== customer.id) throw notFound("VDC", params.vdcId as string);
    return { status: 200, body: vdcView(customerResources(store, customer.id), vdc) };
  });

  // A filter naming another customer's VDC or server (or none) matches nothing: an empty page.
  define("listServers", ({ store, customer, query }) => {
    const resources = customerResources(store, customer.id);
    const servers = resources.servers.filter(
      (server) => query.vdcId === undefined || server.vdcId === query.vdcId,
    );
    const page = paginate(
      byName(
        servers,
        (r) => r.name,
        (r) => r.id,
      ),
      query,
    );
    return {
      status: 200,
      body: { ...page, items: page.items.map((server) => serverView(resources, server)) },
    };
  });

  define("getServer", ({ store, customer, params }) => {
    const server = store.get("servers", params.serverId as string);
    if (!server || server.customerId !== customer.id) {
      throw notFound("server", params.serverId as string);
    }
    return { status: 200, body: serverView(customerResources(store, customer.id), server) };
  });

  define("listDisks", ({ store, customer, query }) => {
    const resources = customerResources(store, customer.id);
    const disks = resources.disks.filter(
      (disk) =>
        (query.vdcId === undefined || disk.vdcId === query.vdcId) &&
        (query.serverId === undefined || disk.serverId === query.serverId),
    );
    const page = paginate(
      byName(
        disks,
        (r) => r.name,
        (r) => r.id,
      ),
      query,
    );
    return {
      status: 200,
      body: { ...page, items: page.items.map((disk) => diskView(resources, disk)) },
    };
  });

  define("getDisk", ({ store, customer, params }) => {
    const disk = store.get("disks", params.diskId as string);
    if (!disk || disk.customerId !== customer.id) throw notFound("disk", params.diskId as string);
    return { status: 200, body: diskView(customerResources(store, customer.id), disk) };
  });

  define("listJobs", ({ store, customer, query }) => {
    const jobs = store
      .scan("jobs", customer.id)
      .filter((job) => query.status === undefined || job.status === query.status);
    const page = paginate(
      newestFirst(jobs, (job) => job.startedAt),
      query,
    );
    return { status: 200, body: { ...page, items: page.items.map(jobView) } };
  });

  define("listRelatedResources", ({ store, customer, query }) => {
    const related: RelatedResource[] = [];
    // What the customer hangs off: shown, but managed elsewhere (or not by this admin).
    const entity = store.get("billingEntities", customer.billingEntityId);
    if (entity) {
      related.push({
        id: entity.id,
        name: entity.name,
        type: "BILLING_ENTITY",
        manageable: false,
        href: null,
      });
    }
    const offerId = customer.configuration.productOfferId;
    const offer = offerId ? store.get("productOffers", offerId) : undefined;
    if (offer) {
      related.push({
        id: offer.id,
        name: offer.name,
        type: "PRODUCT_OFFER",
        manageable: false,
        href: null,
      });
    }
    const theme = customer.themeId ? store.get("themes", customer.themeId) : undefined;
    if (theme) {
      related.push({
        id: theme.id,
        name: theme.name,
        type: "THEME",
        manageable: false,
        href: null,
      });
    }
    // What the customer owns: each opens as its own record (getUser, getVdc, getServer, getDisk).
    for (const [type, collection] of [
      ["USER", "users"],
      ["VDC", "vdcs"],
      ["SERVER", "servers"],
      ["DISK", "disks"],
    ] as const) {
      for (const r of byName(
        store.scan(collection, customer.id),
        (x) => x.name,
        (x) => x.id,
      )) {
        const link = resourceLink(customer.id, type, r);
        related.push({ ...link, manageable: link.href !== null });
      }
    }
    // Networks, images, … that no other record stands for.
    for (const record of store.scan("relatedResources", customer.id)) {
      related.push(withoutCustomer(record));
    }
    return { status: 200, body: paginate(related, query) };
  });
}
