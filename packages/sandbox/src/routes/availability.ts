import { normaliseTags, tagsInUse } from "../domain/customers";
import { checkIfMatch, etagOf } from "../http/etag";
import { paginate } from "../http/paging";
import type { Define } from "./define";

export function availabilityRoutes(define: Define): void {
  // The tags in use by the caller's customers, with counts, by tag; `q` filters by prefix.
  define("listTags", ({ store, caller, query }) => {
    // `id` for the cursor: a tag names itself.
    const usage = tagsInUse(store, caller, query.q).map((u) => ({ id: u.tag, ...u }));
    const page = paginate(usage, query);
    return {
      status: 200,
      body: {
        ...page,
        items: page.items.map(({ tag, customerCount }) => ({ tag, customerCount })),
      },
    };
  });

  define("getCustomerTags", ({ customer }) => ({
    status: 200,
    body: { tags: customer.tags },
    headers: { ETag: etagOf("tags", customer.id, customer.tagsVersion) },
  }));

  define("replaceCustomerTags", ({ store, customer, body, ifMatch }) => {
    checkIfMatch(ifMatch, etagOf("tags", customer.id, customer.tagsVersion));
    const tags = normaliseTags(body.tags);
    // The tags' own version only: the customer's ETag (and modifiedAt) version its settings, so an
    // open settings form stays valid across a tag change.
    const tagsVersion = customer.tagsVersion + 1;
    store.put("customers", { ...customer, tags, tagsVersion });
    return {
      status: 200,
      body: { tags },
      headers: { ETag: etagOf("tags", customer.id, tagsVersion) },
    };
  });
}
