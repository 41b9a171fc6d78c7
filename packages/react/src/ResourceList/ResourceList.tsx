"use client";
import type { Disk, ResourceLink, Server, Vdc } from "@customer-kit/client";
import { useDisk, useDisks, useServer, useServers, useVdc, useVdcs } from "@customer-kit/hooks";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  type BadgeProps,
  Button,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  isFieldHidden,
  isFieldReadOnly,
  LoadingState,
  Notice,
  Skeleton,
  SkeletonRows,
} from "../ui";
import { useControllable } from "../ui/controllable";
import { Pager, ResourceLinkButton, useCursorPager } from "../ui/lists";
import messages from "./messages/en";

/** The resource types ResourceList shows. */
export type ResourceKind = "VDC" | "SERVER" | "DISK";

/** What ResourceList shows: one type's list, or one resource's read-only detail. */
export type ResourceView =
  | { kind: "list"; type: ResourceKind }
  | { kind: "detail"; type: ResourceKind; id: string };

/**
 * Props of {@link ResourceList}.
 *
 * `readOnly`: `true` (or `["login"]`) hides the "Log in as the customer" action; the resources are
 * read-only here in any case. `hidden` names: `"ips"` and `"created"` (those table columns),
 * `"hint"` (the log-in hint).
 */
export interface ResourceListProps extends CustomerPanelProps {
  /** What is shown, controlled (the host, or RelatedResources, opens a detail by setting it). */
  view?: ResourceView;
  /** What is shown at first, uncontrolled. @default { kind: "list", type: "VDC" } */
  defaultView?: ResourceView;
  /** Called when the user switches type, opens a resource or goes back. */
  onViewChange?: (view: ResourceView) => void;
  /**
   * Logs the admin in as the customer, where the resources can be acted on (the hint's action).
   * Without it, the hint has no button.
   */
  onLoginAsCustomer?: () => void;
  /** Rows per page. @default 25 */
  pageSize?: number;
}

const TYPES: readonly ResourceKind[] = ["VDC", "SERVER", "DISK"];

const TONES: Record<string, BadgeProps["tone"]> = {
  ACTIVE: "success",
  RUNNING: "success",
  ATTACHED: "success",
  BUILDING: "accent",
  STARTING: "accent",
  STOPPING: "accent",
  DELETING: "warning",
  ERROR: "danger",
};

function StateBadge({ status }: { status: string }) {
  const { t } = useI18n(messages);
  return (
    <Badge tone={TONES[status] ?? "neutral"}>{t(`resources.state.${status}` as MessageKey)}</Badge>
  );
}

/** RAM in megabytes as gigabytes ("8 GB"), storage in gigabytes ("140 GB"). */
function useFigures() {
  const { t, number } = useI18n(messages);
  return {
    ram: (mb: number) => t("resources.gb", { value: number(Math.round((mb / 1024) * 10) / 10) }),
    gb: (gb: number) => t("resources.gb", { value: number(gb) }),
  };
}

const rowSelector = (type: ResourceKind, id: string) =>
  `[data-part="table"] [data-resource-type="${type}"][data-resource-id="${id}"]`;

/**
 * The customer's VDCs, servers and disks, read-only: a switch between the three lists (name,
 * state, CPU, RAM, storage, IPs, created), paged as the API pages, and a detail view of one
 * resource (its VDC, its servers and disks as links that open their own detail). A hint says that
 * acting on them means logging in as the customer, with that action beside it.
 *
 * Parts: `resources-panel`, `resources-switch`, `resources-link` (a resource's
 * name, `data-resource-type`/`data-resource-id`), `resources-pager`, `resources-detail`,
 * `resources-back`, `resources-detail-header`, `resources-detail-title`, `resources-facts`, `resources-fact`,
 * `resources-related`, `resources-ips`, `resources-more`.
 */
export function ResourceList({
  customerId,
  readOnly = false,
  hidden = [],
  view: viewProp,
  defaultView = { kind: "list", type: "VDC" },
  onViewChange,
  onLoginAsCustomer,
  pageSize = 25,
}: ResourceListProps) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const [view, setView] = useControllable(viewProp, defaultView, onViewChange);
  // Where each detail was opened from, so Back goes one step back (to the list: onto the row).
  const [history, setHistory] = useState<ResourceView[]>([]);
  const pagers = { VDC: useCursorPager(), SERVER: useCursorPager(), DISK: useCursorPager() };
  const switchRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);

  const open = (type: ResourceKind, id: string) => {
    setHistory((h) => [...h, view]);
    setView({ kind: "detail", type, id });
  };
  const back = () => {
    if (view.kind !== "detail") return;
    const previous = history[history.length - 1] ?? { kind: "list", type: view.type };
    setHistory((h) => h.slice(0, -1));
    pendingFocus.current =
      previous.kind === "list"
        ? rowSelector(view.type, view.id)
        : "[data-part=resources-detail-title]";
    setView(previous.kind === "list" ? { kind: "list", type: view.type } : previous);
  };

  // After Back: focus on the row that opened the detail (or the detail's heading), once it is there.
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    const id = setInterval(() => {
      const target = document.querySelector<HTMLElement>(selector);
      if (target) {
        pendingFocus.current = null;
        clearInterval(id);
        target.focus();
      }
    }, 20);
    const stop = setTimeout(() => {
      clearInterval(id);
      if (pendingFocus.current) switchRef.current?.querySelector("button")?.focus();
      pendingFocus.current = null;
    }, 3000);
    return () => {
      clearInterval(id);
      clearTimeout(stop);
    };
  });

  const canLogin = onLoginAsCustomer && !isFieldReadOnly(readOnly, "login");
  const loginButton = canLogin && (
    <Button size="sm" onClick={onLoginAsCustomer}>
      {t("resources.login")}
    </Button>
  );
  const hint = !isFieldHidden(hidden, "hint") && (
    <Notice action={loginButton}>
      <p>{t("resources.hint")}</p>
    </Notice>
  );

  if (view.kind === "detail") {
    const props = { customerId, id: view.id, onOpen: open };
    return (
      <div {...root} data-part="resources-panel">
        <div data-part="resources-detail">
          <div data-part="resources-back">
            <Button variant="ghost" size="sm" onClick={back}>
              {t("resources.back")}
            </Button>
          </div>
          {hint}
          {view.type === "VDC" ? (
            <VdcDetail {...props} />
          ) : view.type === "SERVER" ? (
            <ServerDetail {...props} />
          ) : (
            <DiskDetail {...props} />
          )}
        </div>
      </div>
    );
  }

  const pager = pagers[view.type];
  const tableProps = {
    customerId,
    hidden,
    pageSize,
    pager,
    onOpen: open,
    emptyAction: loginButton || undefined,
  };
  return (
    <div {...root} data-part="resources-panel">
      {/* biome-ignore lint/a11y/useSemanticElements: toggle buttons, not form fields; a fieldset would need a legend and resets. */}
      <div
        data-part="resources-switch"
        role="group"
        aria-label={t("resources.switch")}
        ref={switchRef}
      >
        {TYPES.map((type) => (
          <Button
            key={type}
            size="sm"
            variant={view.type === type ? "secondary" : "ghost"}
            aria-pressed={view.type === type}
            onClick={() => setView({ kind: "list", type })}
          >
            {t(`resources.plural.${type}`)}
          </Button>
        ))}
      </div>
      {hint}
      {view.type === "VDC" ? (
        <VdcTable {...tableProps} />
      ) : view.type === "SERVER" ? (
        <ServerTable {...tableProps} />
      ) : (
        <DiskTable {...tableProps} />
      )}
    </div>
  );
}

interface TableProps {
  customerId: string;
  hidden: readonly string[];
  pageSize: number;
  pager: ReturnType<typeof useCursorPager>;
  onOpen: (type: ResourceKind, id: string) => void;
  emptyAction: ReactNode;
}

type Column<T> = [MessageKey, (item: T) => ReactNode, { numeric?: boolean; name?: string }?];

/** The shared frame of the three lists: loading, error, empty, the table and the pager. */
function ListTable<T extends { id: string; name: string; status: string; createdAt: string }>({
  type,
  query,
  columns,
  hidden,
  pageSize,
  pager,
  onOpen,
  emptyAction,
}: Omit<TableProps, "customerId"> & {
  type: ResourceKind;
  query: {
    data?: { items: T[]; nextCursor: string | null; total: number } | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  columns: Column<T>[];
}) {
  const { t, date } = useI18n(messages);
  const shown = columns.filter(([, , o]) => !o?.name || !isFieldHidden(hidden, o.name));
  const showCreated = !isFieldHidden(hidden, "created");
  if (query.isPending)
    return (
      <LoadingState label={t(`resources.loading.${type}`)}>
        <SkeletonRows />
      </LoadingState>
    );
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const data = query.data;
  if (!data || data.items.length === 0)
    return (
      <EmptyState
        title={t(`resources.empty.${type}`)}
        description={t("resources.empty.description")}
        action={emptyAction}
      />
    );
  return (
    <>
      <div data-part="table-scroll">
        <table data-part="table" aria-label={t(`resources.plural.${type}`)}>
          <thead>
            <tr>
              <th scope="col">{t("resources.col.name")}</th>
              <th scope="col">{t("resources.col.state")}</th>
              {shown.map(([key, , o]) => (
                <th key={key} scope="col" data-numeric={o?.numeric || undefined}>
                  {t(key)}
                </th>
              ))}
              {showCreated && <th scope="col">{t("resources.col.created")}</th>}
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <ResourceLinkButton
                    link={{ type, id: item.id }}
                    onOpen={() => onOpen(type, item.id)}
                  >
                    {item.name}
                  </ResourceLinkButton>
                </td>
                <td>
                  <StateBadge status={item.status} />
                </td>
                {shown.map(([key, cell, o]) => (
                  <td key={key} data-numeric={o?.numeric ? "" : undefined}>
                    {cell(item)}
                  </td>
                ))}
                {showCreated && <td>{date(item.createdAt)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        name={t(`resources.plural.${type}`)}
        pager={pager}
        pageSize={pageSize}
        shown={data.items.length}
        total={data.total}
        nextCursor={data.nextCursor}
      />
    </>
  );
}

const query = (pageSize: number, pager: ReturnType<typeof useCursorPager>) => ({
  limit: pageSize,
  ...(pager.cursor && { cursor: pager.cursor }),
});

function VdcTable({ customerId, ...props }: TableProps) {
  const { number } = useI18n(messages);
  const f = useFigures();
  const vdcs = useVdcs(customerId, query(props.pageSize, props.pager));
  const columns: Column<Vdc>[] = [
    ["resources.col.servers", (v) => number(v.serverCount), { numeric: true }],
    ["resources.col.cpu", (v) => number(v.cpus), { numeric: true }],
    ["resources.col.ram", (v) => f.ram(v.ramMb), { numeric: true }],
    ["resources.col.storage", (v) => f.gb(v.storageGb), { numeric: true }],
  ];
  return <ListTable type="VDC" query={vdcs} columns={columns} {...props} />;
}

function ServerTable({ customerId, ...props }: TableProps) {
  const { number } = useI18n(messages);
  const f = useFigures();
  const servers = useServers(customerId, query(props.pageSize, props.pager));
  const columns: Column<Server>[] = [
    ["resources.col.vdc", (s) => s.vdc.name],
    ["resources.col.cpu", (s) => number(s.cpus), { numeric: true }],
    ["resources.col.ram", (s) => f.ram(s.ramMb), { numeric: true }],
    ["resources.col.storage", (s) => f.gb(s.storageGb), { numeric: true }],
    [
      "resources.col.ips",
      (s) => <Ips addresses={s.ipAddresses} first />,
      { numeric: true, name: "ips" },
    ],
  ];
  return <ListTable type="SERVER" query={servers} columns={columns} {...props} />;
}

function DiskTable({ customerId, ...props }: TableProps) {
  const { t } = useI18n(messages);
  const f = useFigures();
  const disks = useDisks(customerId, query(props.pageSize, props.pager));
  const columns: Column<Disk>[] = [
    ["resources.col.server", (d) => d.server?.name ?? t("resources.detached")],
    ["resources.col.vdc", (d) => d.vdc.name],
    ["resources.col.size", (d) => f.gb(d.sizeGb), { numeric: true }],
  ];
  return <ListTable type="DISK" query={disks} columns={columns} {...props} />;
}

/** A server's addresses; in a table row (`first`) the first and how many more, so rows stay one line. */
function Ips({ addresses, first = false }: { addresses: readonly string[]; first?: boolean }) {
  const { t } = useI18n(messages);
  if (addresses.length === 0) return t("common.none");
  const shown = first ? addresses.slice(0, 1) : addresses;
  const more = addresses.length - shown.length;
  return (
    <span data-part="resources-ips">
      {shown.map((ip) => (
        <span key={ip}>{ip}</span>
      ))}
      {more > 0 && <span data-part="resources-more">{t("resources.more", { count: more })}</span>}
    </span>
  );
}

interface DetailProps {
  customerId: string;
  id: string;
  onOpen: (type: ResourceKind, id: string) => void;
}

/** The frame of a detail: its heading (focused when it opens), its state, its facts. */
function DetailFrame({
  query,
  type,
  facts,
  children,
}: {
  query: {
    data?: { name: string; status: string; createdAt: string } | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  type: ResourceKind;
  facts: [MessageKey, ReactNode][];
  children?: ReactNode;
}) {
  const { t, date } = useI18n(messages);
  const heading = useRef<HTMLHeadingElement>(null);
  const name = query.data?.name;
  // A new detail (or the first render of one) takes focus, as a page change would.
  useEffect(() => {
    if (name !== undefined) heading.current?.focus();
  }, [name]);
  if (query.isPending)
    return (
      <LoadingState label={t(`resources.loading.${type}`)}>
        <Skeleton width="sm" height="control" />
        <Skeleton height="block" />
      </LoadingState>
    );
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const data = query.data;
  return (
    <>
      <header data-part="resources-detail-header">
        <h3 data-part="resources-detail-title" ref={heading} tabIndex={-1}>
          {data.name}
        </h3>
        <Badge>{t(`resourceType.${type}`)}</Badge>
        <StateBadge status={data.status} />
      </header>
      <dl data-part="resources-facts">
        {[...facts, ["resources.col.created", date(data.createdAt)] as [MessageKey, ReactNode]].map(
          ([key, value]) => (
            <div key={key} data-part="resources-fact">
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ),
        )}
      </dl>
      {children}
    </>
  );
}

function LinkTo({ link, onOpen }: { link: ResourceLink; onOpen: DetailProps["onOpen"] }) {
  return (
    <ResourceLinkButton link={link} onOpen={() => onOpen(link.type as ResourceKind, link.id)}>
      {link.name}
    </ResourceLinkButton>
  );
}

/** A list of links under a heading ("Disks": web-01-boot, web-01-data1), or "None". */
function Related({
  title,
  links,
  onOpen,
}: {
  title: string;
  links: ResourceLink[] | undefined;
  onOpen: DetailProps["onOpen"];
}) {
  const { t } = useI18n(messages);
  return (
    <div data-part="resources-related">
      <h4>{title}</h4>
      {links === undefined ? (
        <Skeleton width="md" />
      ) : links.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              <LinkTo link={link} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function VdcDetail({ customerId, id, onOpen }: DetailProps) {
  const { t, number } = useI18n(messages);
  const f = useFigures();
  const vdc = useVdc(customerId, id);
  // A VDC's own lists: its servers and disks (the first 200; a VDC rarely has more).
  const servers = useServers(customerId, { vdcId: id, limit: 200 });
  const disks = useDisks(customerId, { vdcId: id, limit: 200 });
  const v = vdc.data;
  const asLinks = (items: { id: string; name: string }[] | undefined, type: ResourceKind) =>
    items?.map((i) => ({ type, id: i.id, name: i.name, href: null }));
  return (
    <DetailFrame
      query={vdc}
      type="VDC"
      facts={
        v
          ? [
              ["resources.col.cluster", v.clusterName],
              ["resources.col.cpu", number(v.cpus)],
              ["resources.col.ram", f.ram(v.ramMb)],
              ["resources.col.storage", f.gb(v.storageGb)],
            ]
          : []
      }
    >
      <Related
        title={t("resources.plural.SERVER")}
        links={asLinks(servers.data?.items, "SERVER")}
        onOpen={onOpen}
      />
      <Related
        title={t("resources.plural.DISK")}
        links={asLinks(disks.data?.items, "DISK")}
        onOpen={onOpen}
      />
    </DetailFrame>
  );
}

function ServerDetail({ customerId, id, onOpen }: DetailProps) {
  const { t, number } = useI18n(messages);
  const f = useFigures();
  const server = useServer(customerId, id);
  const s = server.data;
  return (
    <DetailFrame
      query={server}
      type="SERVER"
      facts={
        s
          ? [
              ["resources.col.vdc", <LinkTo key="vdc" link={s.vdc} onOpen={onOpen} />],
              ["resources.col.cpu", number(s.cpus)],
              ["resources.col.ram", f.ram(s.ramMb)],
              ["resources.col.storage", f.gb(s.storageGb)],
              ["resources.col.ips", <Ips key="ips" addresses={s.ipAddresses} />],
            ]
          : []
      }
    >
      <Related title={t("resources.plural.DISK")} links={s?.disks} onOpen={onOpen} />
    </DetailFrame>
  );
}

function DiskDetail({ customerId, id, onOpen }: DetailProps) {
  const { t } = useI18n(messages);
  const f = useFigures();
  const disk = useDisk(customerId, id);
  const d = disk.data;
  return (
    <DetailFrame
      query={disk}
      type="DISK"
      facts={
        d
          ? [
              ["resources.col.size", f.gb(d.sizeGb)],
              ["resources.col.vdc", <LinkTo key="vdc" link={d.vdc} onOpen={onOpen} />],
              [
                "resources.col.server",
                d.server ? (
                  <LinkTo key="server" link={d.server} onOpen={onOpen} />
                ) : (
                  t("resources.detached")
                ),
              ],
            ]
          : []
      }
    />
  );
}
