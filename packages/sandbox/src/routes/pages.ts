import { withoutCustomer } from "../domain/customers";
import { paginate } from "../http/paging";

/**
 * One page of a customer's records (already in the list's order), as the API shows them. Here,
 * not in the domain: a page and its cursor are the protocol's, the record's view is the domain's.
 */
export function customerRecordsPage<T extends { id: string; customerId: string }>(
  records: readonly T[],
  query: Parameters<typeof paginate>[1],
) {
  const page = paginate(records, query);
  return { status: 200, body: { ...page, items: page.items.map(withoutCustomer) } };
}
