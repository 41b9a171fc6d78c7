"use client";
import type { Customer, CustomerPage, CustomerStatus } from "@customer-kit/client";
import {
  type CustomerFilters,
  useBillingEntities,
  useCreateCustomer,
  useCustomerKit,
  useCustomers,
  useMe,
  useTagsInUse,
} from "@customer-kit/hooks";
import { useForm } from "@customer-kit/hooks/forms";
import { customerQueries } from "@customer-kit/hooks/queries";
import * as Dialog from "@radix-ui/react-dialog";
import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import type { OpenCustomerEvent } from "../CustomerDialog";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  type BadgeProps,
  Button,
  EmptyState,
  ErrorState,
  LoadingState,
  SelectField,
  Skeleton,
  TextField,
} from "../ui";
import { useControllable } from "../ui/controllable";
import { DialogFormFooter } from "../ui/DialogFormFooter";
import messages from "./messages/en";

/** An order of the list: a field, ascending, or with a leading `-`, descending (`listCustomers`). */
export type CustomerSort = NonNullable<CustomerFilters["sort"]>;

/** What the list is narrowed and ordered by; a host may keep it in its URL. */
export interface CustomersTableFilters {
  /** A case-insensitive part of the name. */
  search?: string;
  status?: CustomerStatus;
  /** An availability tag the customers carry. */
  tag?: string;
  /** Only this billing entity's customers (offered to an MBE admin only). */
  billingEntityId?: string;
  /** @default "-createdAt" (newest first, the contract's default) */
  sort?: CustomerSort;
}

/** Props of {@link CustomersTable}. */
export interface CustomersTableProps {
  /** The filters, controlled (with `onFiltersChange`). */
  filters?: CustomersTableFilters;
  /** The filters at first, uncontrolled. @default {} */
  defaultFilters?: CustomersTableFilters;
  /** Called when the user searches, filters or sorts (the search after typing pauses, 250 ms). */
  onFiltersChange?: (filters: CustomersTableFilters) => void;
  /**
   * Called when the user opens a customer (its name, or one just created). The table then opens
   * `CustomerDialog` for it, unless the host calls `event.preventDefault()` (to open it its own way).
   */
  onOpenCustomer?: (customerId: string, event: OpenCustomerEvent) => void;
  /** Customers per page (1–200). @default 25 */
  pageSize?: number;
  /** Whether the "New customer" action is offered. @default true */
  canCreate?: boolean;
}

const STATUSES: readonly CustomerStatus[] = ["ACTIVE", "DISABLED", "CLOSED", "ADMIN"];
const TONE: Record<CustomerStatus, BadgeProps["tone"]> = {
  ACTIVE: "success",
  DISABLED: "warning",
  CLOSED: "neutral",
  DELETED: "danger",
  ADMIN: "accent",
};
type SortField = "name" | "createdAt" | "unitBalance" | "status";
const SORTS: Record<SortField, MessageKey> = {
  name: "customers.column.name",
  status: "customers.column.status",
  unitBalance: "customers.column.balance",
  createdAt: "customers.column.created",
};
const TAGS_SHOWN = 3;
const EMPTY: CustomersTableFilters = {};
// The contract's `CustomerName` (openapi/customer-admin.yaml).
const NAME = { name: { minLength: 1, maxLength: 100, pattern: "^\\S(.*\\S)?$" } };

/** The filters without empty values: one query key, and a clean request, per filter set. */
function clean(filters: CustomersTableFilters): CustomersTableFilters {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters)) if (v) out[k] = v;
  return out;
}

/** The value that settles `ms` after the last change (the search box's, so one request per pause). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The Customers widget: a search, filters by status, tag and (for an MBE admin) billing entity, a
 * sortable table (name, status, billing entity, unit balance, tags, created) paged by the server's
 * cursor, and a "New customer" action. A name opens `CustomerDialog`. The page shown stays while
 * the next one loads, so nothing jumps; only one page is ever fetched at a time.
 *
 * Parts: `customers-table` (the widget), `customers-toolbar`, `customers-search`,
 * `customers-grid` (the `<table>`), `customers-row` (`data-state`: the status), `customers-sort`
 * (a column header's button; the `th` has `aria-sort`), `customers-name`, `customers-tags`,
 * `customers-footer`, `customers-range`, `customers-pager`, `customers-new-form`.
 */
export function CustomersTable({
  filters: filtersProp,
  defaultFilters = EMPTY,
  onFiltersChange,
  onOpenCustomer,
  pageSize = 25,
  canCreate = true,
}: CustomersTableProps) {
  const { t, number, units, date } = useI18n(messages);
  // The kit's tokens apply under data-ck-root: on its own page the table is a root of the kit.
  const root = useRootProps();
  const [filters, setFilters] = useControllable(filtersProp, defaultFilters, onFiltersChange);
  const me = useMe();
  const queryClient = useQueryClient();
  const { client } = useCustomerKit();
  // Pointing at or focusing a name: the dialog's code and the customer start loading, so the
  // click usually finds both there.
  const intent = (customerId: string) => {
    void loadDialog();
    void queryClient.prefetchQuery({
      ...customerQueries.detail(client, customerId),
      staleTime: 30_000,
    });
  };
  const mbe = me.isMbeAdmin;
  const id = useId();

  // The search box is the user's while typing; the filters follow when typing pauses.
  const [text, setText] = useState(filters.search ?? "");
  const [typedFor, setTypedFor] = useState(filters.search ?? "");
  if ((filters.search ?? "") !== typedFor) {
    // The host (or "Clear filters") changed the search: the box shows it.
    setTypedFor(filters.search ?? "");
    setText(filters.search ?? "");
  }
  const settled = useDebounced(text, 250);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  useEffect(() => {
    const current = filtersRef.current;
    if (settled.trim() === (current.search ?? "")) return;
    setTypedFor(settled.trim());
    setFilters({ ...current, search: settled.trim() || undefined });
  }, [settled, setFilters]);

  const update = (patch: Partial<CustomersTableFilters>) =>
    setFilters(clean({ ...filters, ...patch }));
  const query = clean({ ...filters, billingEntityId: mbe ? filters.billingEntityId : undefined });

  // The cursors of the pages visited, for "Previous"; back to the first page when the filters change.
  const key = JSON.stringify(query);
  const [paging, setPaging] = useState({ key, cursors: [undefined] as (string | undefined)[] });
  if (paging.key !== key) setPaging({ key, cursors: [undefined] });
  const cursor = paging.cursors[paging.cursors.length - 1];
  const list = useCustomers({ ...query, ...(cursor && { cursor }), limit: pageSize });

  // The page shown stays while the next (or a new filter's) loads: nothing jumps (keepPreviousData).
  const last = useRef<CustomerPage | undefined>(undefined);
  if (list.data) last.current = list.data;
  const page = list.data ?? (list.isError ? undefined : last.current);
  const stale = !list.data && page !== undefined;

  const tagsInUse = useTagsInUse({ limit: 200 });
  const entities = useBillingEntities({ limit: 200 });

  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const open = (customerId: string) => {
    let prevented = false;
    onOpenCustomer?.(customerId, { preventDefault: () => (prevented = true) });
    if (!prevented) setOpenId(customerId);
  };

  const sort = filters.sort ?? "-createdAt";
  const sortHeader = (field: SortField, numeric = false) => {
    const direction =
      sort === field ? "ascending" : sort === `-${field}` ? "descending" : undefined;
    // A new column starts where people look first: A–Z, or the newest and largest first.
    const next = (
      direction === "ascending"
        ? `-${field}`
        : direction === "descending"
          ? field
          : field === "name" || field === "status"
            ? field
            : `-${field}`
    ) as CustomerSort;
    return (
      <th scope="col" aria-sort={direction} data-numeric={numeric || undefined}>
        <button type="button" data-part="customers-sort" onClick={() => update({ sort: next })}>
          {t(SORTS[field])}
        </button>
      </th>
    );
  };

  const filtered = Boolean(
    filters.search || filters.status || filters.tag || query.billingEntityId,
  );
  const clearFilters = () => {
    setText("");
    setFilters(clean({ sort: filters.sort }));
  };
  const columns = mbe ? 6 : 5;
  const head = (
    <thead>
      <tr>
        {sortHeader("name")}
        {sortHeader("status")}
        {mbe && <th scope="col">{t("customers.column.billingEntity")}</th>}
        {sortHeader("unitBalance", true)}
        <th scope="col">{t("customers.column.tags")}</th>
        {sortHeader("createdAt", true)}
      </tr>
    </thead>
  );
  const from = page && page.total > 0 ? (paging.cursors.length - 1) * pageSize + 1 : 0;
  const to = page ? from + page.items.length - 1 : 0;

  let body: React.ReactNode;
  if (list.isError && !page) {
    body = <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  } else if (!page) {
    body = (
      <LoadingState label={t("customers.loading")}>
        <div data-part="table-scroll">
          <table data-part="table">
            {head}
            <tbody>
              {Array.from({ length: 8 }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
                <tr key={i}>
                  {Array.from({ length: columns }, (_, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity.
                    <td key={j}>
                      <Skeleton width={j === 0 ? "lg" : "sm"} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </LoadingState>
    );
  } else if (page.total === 0) {
    body = filtered ? (
      <EmptyState
        title={t("customers.empty.filtered")}
        description={t("customers.empty.filteredDescription")}
        action={<Button onClick={clearFilters}>{t("customers.clearFilters")}</Button>}
      />
    ) : (
      <EmptyState
        title={t("customers.empty.title")}
        description={t("customers.empty.description")}
        action={
          canCreate && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              {t("customers.new")}
            </Button>
          )
        }
      />
    );
  } else {
    body = (
      <>
        <div data-part="table-scroll">
          <table data-part="table" aria-labelledby={`${id}-title`} aria-busy={stale || undefined}>
            {head}
            <tbody>
              {page.items.map((c: Customer) => (
                <tr key={c.id} data-part="customers-row" data-state={c.status.toLowerCase()}>
                  <td>
                    <button
                      type="button"
                      data-part="customers-name"
                      onClick={() => open(c.id)}
                      onPointerEnter={() => intent(c.id)}
                      onFocus={() => intent(c.id)}
                    >
                      {c.name}
                    </button>
                  </td>
                  <td>
                    <Badge tone={TONE[c.status]}>{t(`status.${c.status}` as MessageKey)}</Badge>
                  </td>
                  {mbe && <td>{c.billingEntity.name}</td>}
                  <td data-numeric="">{units(c.unitBalance)}</td>
                  <td>
                    <span data-part="customers-tags">
                      {c.tags.slice(0, TAGS_SHOWN).map((tag) => (
                        <Badge key={tag}>{tag}</Badge>
                      ))}
                      {c.tags.length > TAGS_SHOWN && (
                        <span title={c.tags.slice(TAGS_SHOWN).join(", ")}>
                          <Badge>
                            {t("customers.moreTags", { count: c.tags.length - TAGS_SHOWN })}
                          </Badge>
                        </span>
                      )}
                    </span>
                  </td>
                  <td data-numeric="">{date(c.createdAt)}</td>
                </tr>
              ))}
              {page.items.length === 0 && (
                <tr>
                  <td colSpan={columns}>{t("customers.empty.filtered")}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <div data-part="customers-footer">
          <p data-part="customers-range" aria-live="polite">
            {t("customers.range", { from: number(from), to: number(to), total: page.total })}
          </p>
          <div data-part="customers-pager">
            <Button
              size="sm"
              disabled={paging.cursors.length < 2}
              onClick={() => setPaging((p) => ({ ...p, cursors: p.cursors.slice(0, -1) }))}
            >
              {t("customers.previous")}
            </Button>
            <Button
              size="sm"
              disabled={!page.nextCursor || stale}
              busy={stale}
              onClick={() =>
                page.nextCursor &&
                setPaging((p) => ({ ...p, cursors: [...p.cursors, page.nextCursor ?? undefined] }))
              }
            >
              {t("customers.next")}
            </Button>
          </div>
        </div>
      </>
    );
  }

  return (
    <section {...root} data-part="customers-table" aria-labelledby={`${id}-title`}>
      <header data-part="section-header">
        <div>
          <h2 data-part="section-title" id={`${id}-title`}>
            {t("customers.title")}
          </h2>
        </div>
        {canCreate && (
          <div data-part="section-actions">
            <Button variant="primary" onClick={() => setCreating(true)}>
              {t("customers.new")}
            </Button>
          </div>
        )}
      </header>
      <div data-part="customers-toolbar">
        <div data-part="input-frame">
          <input
            data-part="input"
            type="search"
            aria-label={t("customers.search")}
            placeholder={t("customers.searchPlaceholder")}
            maxLength={100}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <select
          data-part="select"
          aria-label={t("customers.filter.status")}
          value={filters.status ?? ""}
          onChange={(event) =>
            update({ status: (event.target.value || undefined) as CustomerStatus | undefined })
          }
        >
          <option value="">{t("customers.filter.anyStatus")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}` as MessageKey)}
            </option>
          ))}
        </select>
        <select
          data-part="select"
          aria-label={t("customers.filter.tag")}
          value={filters.tag ?? ""}
          onChange={(event) => update({ tag: event.target.value || undefined })}
        >
          <option value="">{t("customers.filter.anyTag")}</option>
          {filters.tag && !tagsInUse.data?.items.some((u) => u.tag === filters.tag) && (
            <option value={filters.tag}>{filters.tag}</option>
          )}
          {tagsInUse.data?.items.map((u) => (
            <option key={u.tag} value={u.tag}>
              {u.tag}
            </option>
          ))}
        </select>
        {mbe && (
          <select
            data-part="select"
            aria-label={t("customers.filter.billingEntity")}
            value={filters.billingEntityId ?? ""}
            onChange={(event) => update({ billingEntityId: event.target.value || undefined })}
          >
            <option value="">{t("customers.filter.anyBillingEntity")}</option>
            {entities.data?.items.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        )}
      </div>
      {body}
      {creating && (
        <NewCustomerDialog
          mbe={mbe}
          entities={entities.data?.items ?? []}
          defaultEntityId={me.data?.billingEntity.id}
          onClose={() => setCreating(false)}
          onCreated={(customerId) => {
            setCreating(false);
            open(customerId);
          }}
        />
      )}
      {openId && (
        <Suspense fallback={null}>
          <CustomerDialog
            customerId={openId}
            open
            onOpenChange={(isOpen) => !isOpen && setOpenId(null)}
            onOpenCustomer={onOpenCustomer}
          />
        </Suspense>
      )}
    </section>
  );
}

const loadDialog = () => import("../CustomerDialog");
// The dialog is most of the kit; the table shows without it, and it loads when a name is pointed
// at or focused (so it is usually there by the click), or at the latest on the click.
const CustomerDialog = /* @__PURE__ */ lazy(() =>
  loadDialog().then((m) => ({ default: m.CustomerDialog })),
);

interface NewCustomerDialogProps {
  mbe: boolean;
  entities: readonly { id: string; name: string }[];
  defaultEntityId: string | undefined;
  onClose: () => void;
  onCreated: (customerId: string) => void;
}

/**
 * "New customer": the name (and, for an MBE admin, the billing entity); one idempotency key per
 * submit, so a double click or a retry creates one customer.
 */
function NewCustomerDialog({
  mbe,
  entities,
  defaultEntityId,
  onClose,
  onCreated,
}: NewCustomerDialogProps) {
  const { t } = useI18n(messages);
  const create = useCreateCustomer();
  const form = useForm<{ name: string; billingEntityId: string }, Customer>({
    base: { name: "", billingEntityId: defaultEntityId ?? "" },
    draftKey: "customers:new",
    constraints: NAME,
    prepare: (v) => ({ ...v, name: v.name.trim() }),
    submit: async (v) =>
      (
        await create.mutateAsync({
          name: v.name,
          ...(mbe && v.billingEntityId && { billingEntityId: v.billingEntityId }),
        })
      ).value,
  });
  return (
    <Dialog.Root open onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Dialog.Portal>
        <div {...useRootProps()}>
          <Dialog.Overlay data-part="confirm-overlay" />
          <Dialog.Content data-part="confirm-content">
            <Dialog.Title data-part="confirm-title">{t("customers.newTitle")}</Dialog.Title>
            <Dialog.Description data-part="confirm-description">
              {t("customers.newDescription")}
            </Dialog.Description>
            <form
              data-part="customers-new-form"
              {...form.getFormProps()}
              onSubmit={async (event) => {
                const created = await form.submit(event);
                if (created) onCreated(created.id);
              }}
            >
              <TextField
                label={t("customers.field.name")}
                field={form.getFieldProps("name")}
                error={form.errors.name}
                autoComplete="off"
              />
              {mbe && (
                <SelectField
                  label={t("customers.field.billingEntity")}
                  field={form.getFieldProps("billingEntityId")}
                  error={form.errors.billingEntityId}
                  options={entities.map((b) => ({ value: b.id, label: b.name }))}
                />
              )}
              <DialogFormFooter form={form} submitLabel={t("customers.create")} />
            </form>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
