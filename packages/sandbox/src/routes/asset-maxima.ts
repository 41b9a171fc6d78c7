import { assetMaximaView, storedLimits } from "../domain/asset-maxima";
import { checkIfMatch, etagOf } from "../http/etag";
import type { Define } from "./define";

export function assetMaximaRoutes(define: Define): void {
  define("getAssetMaxima", ({ store, customer }) => ({
    status: 200,
    body: assetMaximaView(store, customer),
    headers: { ETag: etagOf("asset-maxima", customer.id, customer.assetMaximaVersion) },
  }));

  define("replaceAssetMaxima", ({ store, customer, body, ifMatch, now }) => {
    checkIfMatch(ifMatch, etagOf("asset-maxima", customer.id, customer.assetMaximaVersion));
    // A limit below the current usage is allowed: it stops new resources, it removes none.
    const updated = {
      ...customer,
      assetMaxima: storedLimits(body.limits),
      assetMaximaVersion: customer.assetMaximaVersion + 1,
      assetMaximaModifiedAt: now.toISOString(),
    };
    store.put("customers", updated);
    return {
      status: 200,
      body: assetMaximaView(store, updated),
      headers: { ETag: etagOf("asset-maxima", updated.id, updated.assetMaximaVersion) },
    };
  });
}
