import type { components } from "@customer-kit/client";
import { withoutCustomer } from "../domain/customers";
import { newId } from "../domain/ids";
import { recordKeyConflict } from "../domain/keys";
import { byName, newestFirst, paginate } from "../http/paging";
import { notFound } from "../http/problem";
import type { KeyRecord } from "../store/types";
import type { Define } from "./define";
import { customerRecordsPage } from "./pages";

type RelatedResource = components["schemas"]["RelatedResource"];

export function resourceRoutes(define: Define): void {
  // VDCs, servers and disks are read-only to an admin (to act on them, impersonate); by name.
  define("listVdcs", ({ store, customer, query }) => {
    return customerRecordsPage(
      byName(
        store.scan("vdcs", customer.id),
        (r) => r.name,
        (r) => r.id,
      ),
      query,
    );
  });

  define("listServers", ({ store, customer, query }) => {
    return customerRecordsPage(
      byName(
        store.scan("servers", customer.id),
        (r) => r.name,
        (r) => r.id,
      ),
      query,
    );
  });

  define("listDisks", ({ store, customer, query }) => {
    return customerRecordsPage(
      byName(
        store.scan("disks", customer.id),
        (r) => r.name,
        (r) => r.id,
      ),
      query,
    );
  });

  define("listJobs", ({ store, customer, query }) => {
    const jobs = store
      .scan("jobs", customer.id)
      .filter((job) => query.status === undefined || job.status === query.status);
    return customerRecordsPage(
      newestFirst(jobs, (job) => job.startedAt),
      query,
    );
  });

  define("listRelatedResources", ({ store, customer, query }) => {
    const base = `/customers/${customer.id}`;
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
    // What the customer owns: an admin manages it from this dialog.
    for (const user of byName(
      store.scan("users", customer.id),
      (u) => u.name,
      (u) => u.id,
    )) {
      related.push({
        id: user.id,
        name: user.name,
        type: "USER",
        manageable: true,
        href: `${base}/users/${user.id}`,
      });
    }
    for (const [type, collection, path] of [
      ["VDC", "vdcs", "vdcs"],
      ["SERVER", "servers", "servers"],
      ["DISK", "disks", "disks"],
    ] as const) {
      for (const r of byName(
        store.scan(collection, customer.id),
        (x) => x.name,
        (x) => x.id,
      )) {
        related.push({
          id: r.id,
          name: r.name,
          type,
          manageable: true,
          href: `${base}/${path}#${r.id}`,
        });
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
    return customerRecordsPage(keys, query);
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
    };
    store.put("keys", key);
    return { status: 201, body: withoutCustomer(key) };
  });

  define("deleteKey", ({ store, customer, params }) => {
    const key = store.get("keys", params.keyId as string);
    if (!key || key.customerId !== customer.id) throw notFound("key", params.keyId as string);
    store.remove("keys", key.id);
    return { status: 204 };
  });
}
