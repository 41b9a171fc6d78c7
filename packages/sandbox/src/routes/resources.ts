import type { components } from "@customer-kit/client";
import { withoutCustomer } from "../domain/customers";
import { newId } from "../domain/ids";
import { recordKeyConflict } from "../domain/keys";
import {
  customerResources,
  diskView,
  jobView,
  resourceLink,
  serverView,
  vdcView,
} from "../domain/resources";
import { checkIfMatch, etagOf } from "../http/etag";
import { byName, newestFirst, paginate } from "../http/paging";
import { notFound } from "../http/problem";
import type { DeepReadonly, KeyRecord, SandboxStore } from "../store/types";
import type { Define } from "./define";
import { customerRecordsPage } from "./pages";

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

  define("listKeys", ({ store, customer, query }) => {
    const keys = byName(
      store.scan("keys", customer.id),
      (k) => k.name,
      (k) => `${k.type} ${k.id}`,
    );
    // Each with its `etag`, so that a UI can edit or remove a key of the list without a GET.
    const page = paginate(keys, query);
    return { status: 200, body: { ...page, items: page.items.map(keyView) } };
  });

  define("createKey", ({ store, customer, body, now }) => {
    const type = body.type ?? "USER_KEY";
    recordKeyConflict(store, customer.id, body.name, type);
    const key: KeyRecord = {
      id: newId(),
      customerId: customer.id,
      name: body.name,
      value: body.value,
      type,
      weight: body.weight ?? 0,
      createdAt: now.toISOString(),
      version: 1,
    };
    store.put("keys", key);
    return {
      status: 201,
      body: keyView(key),
      headers: {
        ETag: keyEtag(key),
        Location: `/customers/${customer.id}/keys/${key.id}`,
      },
    };
  });

  define("getKey", ({ store, customer, params }) => {
    const key = findKey(store, customer.id, params.keyId as string);
    return { status: 200, body: keyView(key), headers: { ETag: keyEtag(key) } };
  });

  define("updateKey", ({ store, customer, params, body, ifMatch }) => {
    const key = findKey(store, customer.id, params.keyId as string);
    checkIfMatch(ifMatch, keyEtag(key));
    const updated: KeyRecord = {
      ...key,
      name: body.name ?? key.name,
      value: body.value ?? key.value,
      type: body.type ?? key.type,
      weight: body.weight ?? key.weight,
      version: key.version + 1,
    };
    recordKeyConflict(store, customer.id, updated.name, updated.type, key.id);
    store.put("keys", updated);
    return { status: 200, body: keyView(updated), headers: { ETag: keyEtag(updated) } };
  });

  define("deleteKey", ({ store, customer, params, ifMatch }) => {
    const key = findKey(store, customer.id, params.keyId as string);
    checkIfMatch(ifMatch, keyEtag(key));
    store.remove("keys", key.id);
    return { status: 204 };
  });
}

/** The key of this customer named by the path; 404 for another customer's key too. */
function findKey(store: SandboxStore, customerId: string, keyId: string): KeyRecord {
  const key = store.get("keys", keyId);
  if (!key || key.customerId !== customerId) throw notFound("key", keyId);
  return key;
}

/** A key's ETag, from its stored version. */
function keyEtag(key: DeepReadonly<KeyRecord>): string {
  return etagOf("key", key.id, key.version);
}

/** A key as the API shows it: without its customer and version, with its ETag as `etag`. */
function keyView(key: DeepReadonly<KeyRecord>) {
  const { customerId: _, version: __, ...shown } = key;
  return { ...shown, etag: keyEtag(key) };
}
