import type {
  AssetMaxima,
  Customer,
  CustomerPatch,
  Key,
  TagSet,
  UnitBalance,
  User,
} from "@customer-kit/client";
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { kitKeys } from "../queries/keys";
import type { Versioned } from "../queries/versioned";

/*
 * What each write changes, and so what it refreshes: exactly that and nothing else. Each entry is
 * derived from what the sandbox's route for the write changes (packages/sandbox/src/routes/*.ts),
 * which is the API's one implementation. What the answer carries is set in place
 * (`setQueryData`), so it costs no request; what it does not carry is invalidated, so that only
 * the queries on screen refetch. The table is in the README ("Writes").
 */

const invalidate = (queryClient: QueryClient, ...keys: QueryKey[]) =>
  Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

/** Changes a cached versioned value in place (its ETag stays: the write did not move it). */
const patchVersioned = <T>(qc: QueryClient, queryKey: QueryKey, change: (value: T) => T) =>
  qc.setQueryData<Versioned<T>>(queryKey, (old) => old && { ...old, value: change(old.value) });

type Page<T> = { items: T[] };
type Cached<T> = Page<T> | { pages: Page<T>[] };

/** Changes one item, by id, in every cached page of the lists under `queryKey` (paged or infinite). */
function patchItems<T extends { id: string }>(
  qc: QueryClient,
  queryKey: QueryKey,
  id: string,
  change: (item: T) => T,
) {
  const page = (p: Page<T>) => ({ ...p, items: p.items.map((i) => (i.id === id ? change(i) : i)) });
  qc.setQueriesData<Cached<T>>({ queryKey }, (old) =>
    !old ? old : "pages" in old ? { ...old, pages: old.pages.map(page) } : page(old),
  );
}

/** A customer's balance moved: the answer has the new balance, so nothing of it refetches. */
function balanceMoved(qc: QueryClient, customerId: string, balance: UnitBalance) {
  const keys = kitKeys.customer(customerId);
  qc.setQueryData(keys.balance(), balance);
  const moved = (c: Customer): Customer => ({
    ...c,
    unitBalance: balance.unitBalance,
    configuration: { ...c.configuration, warningSent: balance.warningSent },
  });
  patchVersioned(qc, keys.detail(), moved);
  patchItems(qc, kitKeys.customers.lists(), customerId, moved);
  // The ledger has a new entry the answer shows, but a page of it is not ours to splice.
  return invalidate(qc, keys.ledger());
}

/** Every write's cache effects, by the contract's operation. */
export const writeEffects = {
  /**
   * createCustomer / createSimilarCustomer: a new customer (cached at once from the answer) in the
   * lists, and its tags counted in the tags in use.
   */
  createCustomer(qc: QueryClient, created: Versioned<Customer>) {
    qc.setQueryData(kitKeys.customer(created.value.id).detail(), created);
    return invalidate(qc, kitKeys.customers.lists(), kitKeys.tagsInUse());
  },
  /**
   * updateCustomer: its detail (from the answer, with the new ETag), the lists, its jobs (a
   * MODIFY_CUSTOMER job is recorded); the balance's warn level, payment type and "warning sent"
   * in place; the users when the default language changed (their effective language follows it);
   * the related resources when the theme or product offer changed.
   */
  updateCustomer(
    qc: QueryClient,
    customerId: string,
    patch: CustomerPatch,
    saved: Versioned<Customer>,
  ) {
    const keys = kitKeys.customer(customerId);
    const { paymentType, unitWarnLevel, warningSent } = saved.value.configuration;
    qc.setQueryData<UnitBalance>(
      keys.balance(),
      (old) => old && { ...old, paymentType, unitWarnLevel, warningSent },
    );
    const also: QueryKey[] = [];
    if (patch.defaultLanguage !== undefined) also.push(keys.users());
    if (patch.themeId !== undefined || patch.configuration?.productOfferId !== undefined)
      also.push(keys.relatedResources());
    return invalidate(qc, kitKeys.customers.lists(), keys.jobs(), ...also);
  },
  /** deleteCustomer: everything of it leaves the cache; the lists and tags in use refetch. */
  deleteCustomer(qc: QueryClient, customerId: string) {
    qc.removeQueries({ queryKey: kitKeys.customer(customerId).all });
    return invalidate(qc, kitKeys.customers.lists(), kitKeys.tagsInUse());
  },
  /** impersonateCustomer, sendCustomerEmail: a job is recorded (IMPERSONATION, SEND_EMAIL). */
  jobRecorded(qc: QueryClient, customerId: string) {
    return invalidate(qc, kitKeys.customer(customerId).jobs());
  },
  /**
   * replaceCustomerTags: the customer detail's `tags` in place (its ETag does not move); the lists
   * (the tag filter and each item's tags) and the tags in use refetch.
   */
  replaceCustomerTags(qc: QueryClient, customerId: string, saved: Versioned<TagSet>) {
    patchVersioned<Customer>(qc, kitKeys.customer(customerId).detail(), (c) => ({
      ...c,
      tags: saved.value.tags,
    }));
    return invalidate(qc, kitKeys.customers.lists(), kitKeys.tagsInUse());
  },
  /** replaceAssetMaxima: the balance's cutoff in place (CUTOFF_BALANCE is one of the limits). */
  replaceAssetMaxima(qc: QueryClient, customerId: string, saved: Versioned<AssetMaxima>) {
    qc.setQueryData<UnitBalance>(
      kitKeys.customer(customerId).balance(),
      (old) => old && { ...old, cutoffBalance: saved.value.limits.CUTOFF_BALANCE ?? null },
    );
  },
  /**
   * createUnitTransaction / purchaseUnitOffer: the balance from the answer, the customer's
   * `unitBalance` and "warning sent" in its detail and in every cached Customers list in place;
   * the ledger refetches. Statements are money (invoices and payments), which units never move.
   */
  balanceMoved,
  /**
   * createUser / deleteUser: the user lists, the asset maxima (users count towards
   * MAX_CUSTOMER_USERS) and the related resources (which list the users).
   */
  usersChanged(qc: QueryClient, customerId: string) {
    const keys = kitKeys.customer(customerId);
    return invalidate(qc, keys.userList(), keys.assetMaxima(), keys.relatedResources());
  },
  /** updateUser: the user from the answer; the lists (sorted by name, so refetched); the related
   * resources when the name changed. */
  userUpdated(qc: QueryClient, customerId: string, user: User, renamed: boolean) {
    const keys = kitKeys.customer(customerId);
    qc.setQueryData(keys.user(user.id), user);
    return invalidate(qc, keys.userList(), ...(renamed ? [keys.relatedResources()] : []));
  },
  /** createKey / updateKey / deleteKey: the key (from the answer, or removed) and the key lists. */
  keyChanged(qc: QueryClient, customerId: string, keyId: string, key?: Key) {
    const keys = kitKeys.customer(customerId);
    if (key) qc.setQueryData(keys.key(keyId), key);
    else qc.removeQueries({ queryKey: keys.key(keyId) });
    return invalidate(qc, keys.keyList());
  },
};
