import { newId } from "../domain/ids";
import { recordKeyConflict } from "../domain/keys";
import { checkIfMatch, etagOf } from "../http/etag";
import { byName, paginate } from "../http/paging";
import { notFound } from "../http/problem";
import type { DeepReadonly, KeyRecord, SandboxStore } from "../store/types";
import type { Define } from "./define";

export function keyRoutes(define: Define): void {
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
