"use client";
import type { Impersonation, ResourceLink } from "@customer-kit/client";
import { isCustomerKitError } from "@customer-kit/client";
import { useCustomer } from "@customer-kit/hooks";
import * as Dialog from "@radix-ui/react-dialog";
import * as RadixTabs from "@radix-ui/react-tabs";
import {
  Component,
  type ErrorInfo,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { useI18n, useRootProps } from "../i18n/context";
import { useControllable } from "../ui/controllable";
import { ErrorState, LoadingState, Skeleton } from "../ui/states";
import { Close } from "./Close";
import {
  type ActionId,
  ALL_ACTIONS,
  CustomerDialogContext,
  type CustomerDialogContextValue,
  type DialogAction,
  type ImpersonationContext,
  type OpenCustomerEvent,
  useCustomerDialog,
} from "./context";
import messages from "./messages/en";
import { TitleBar } from "./TitleBar";
import { TAB_IDS, TABS, type TabId } from "./tabs";

/** Props of {@link CustomerDialog.Root} (and of {@link CustomerDialog}). */
export interface CustomerDialogRootProps {
  /** The customer the dialog manages. */
  customerId: string;
  /** Whether the dialog is open, controlled (with `onOpenChange`). */
  open?: boolean;
  /** Whether it starts open, uncontrolled. @default false */
  defaultOpen?: boolean;
  /** Called when the dialog opens or closes (Escape, the close button, the overlay, a delete). */
  onOpenChange?: (open: boolean) => void;
  /** The open tab, controlled (with `onTabChange`). */
  tab?: TabId;
  /** The tab it opens on, uncontrolled. @default the first of `tabs` */
  defaultTab?: TabId;
  /** Called when the user switches tabs. */
  onTabChange?: (tab: TabId) => void;
  /**
   * Which tabs, in which order.
   * @default every tab: configuration, availability, assetMaxima, units, validation, email,
   * users, language, themes, keys
   */
  tabs?: readonly TabId[];
  /**
   * Read-only panels, by tab: `true` for the whole panel, or the names of fields (each panel
   * documents its field names). @default {}
   */
  readOnly?: Partial<Record<TabId, boolean | readonly string[]>>;
  /** Fields a panel does not show, by tab (each panel documents its field names). @default {} */
  hidden?: Partial<Record<TabId, readonly string[]>>;
  /**
   * Gets the impersonation ("Login to CP"): `token`, `expiresAt`, `controlPanelUrl`, `branding`
   * (whose branding the control panel shows: `source` `CUSTOMER` or `MBE`, the billing entity,
   * the theme) and `jobId`; and `{ reason, tab }`: the admin's reason, and a tab opened at the
   * click (so that popup blockers let it through), blank until `tab.open(url)` sends it to the
   * control panel or a page of the host's. A tab left unused when the callback (or the promise it
   * returns) ends closes.
   * @default sends that tab to `controlPanelUrl`
   */
  onImpersonate?: (
    impersonation: Impersonation,
    context: ImpersonationContext,
  ) => void | Promise<void>;
  /**
   * Called with the id of the customer "Create similar" made. The dialog then shows it, unless
   * the host calls `event.preventDefault()` (to open it its own way).
   */
  onOpenCustomer?: (customerId: string, event: OpenCustomerEvent) => void;
  /** Called after the customer was deleted; the dialog closes. */
  onDeleted?: (customerId: string) => void;
  /**
   * The title bar's actions the user may take: rename (Edit), Create Similar, Login to CP,
   * Delete. Leave some out for an admin who may only look (`[]`: the name is read-only and the
   * menu is gone).
   * @default ["rename", "createSimilar", "login", "delete"]
   */
  actions?: readonly DialogAction[];
  children?: ReactNode;
}

const EMPTY = {};

/**
 * The dialog's state for its parts: the customer shown, open or not, the tab, and the props the
 * panels get. Renders Radix's `Dialog.Root`, so `CustomerDialog.Trigger` opens it.
 */
function Root({
  customerId,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  tab: tabProp,
  defaultTab,
  onTabChange,
  tabs = TAB_IDS,
  readOnly = EMPTY,
  hidden = EMPTY,
  onImpersonate,
  onOpenCustomer,
  onDeleted,
  actions = ALL_ACTIONS,
  children,
}: CustomerDialogRootProps) {
  const [open, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);
  const [tabState, setTab] = useControllable<TabId>(
    tabProp,
    defaultTab ?? tabs[0] ?? "configuration",
    onTabChange,
  );
  // A tab that is not shown (or none at all) falls back to the first one shown.
  const tab = (tabState && tabs.includes(tabState) ? tabState : tabs[0]) as TabId;
  // The customer shown follows the prop, and "Create similar" moves it on to the new customer.
  const [shown, setShown] = useState({ prop: customerId, id: customerId });
  if (shown.prop !== customerId) setShown({ prop: customerId, id: customerId });
  const opener = useRef<HTMLElement | null>(null);
  const [action, setAction] = useState<ActionId | null>(null);
  const actionOpener = useRef<HTMLElement | null>(null);
  const startAction = useCallback((next: ActionId | null) => {
    if (next) {
      const active = document.activeElement;
      actionOpener.current = active instanceof HTMLElement ? active : null;
    }
    setAction(next);
  }, []);

  const value = useMemo<CustomerDialogContextValue>(
    () => ({
      customerId: shown.id,
      showCustomer: (id) => setShown((s) => ({ ...s, id })),
      open,
      setOpen,
      tab,
      setTab,
      tabs,
      readOnly,
      hidden,
      onImpersonate,
      onOpenCustomer,
      onDeleted,
      actions,
      action,
      startAction,
      actionOpener,
      opener,
    }),
    [
      action,
      startAction,
      shown.id,
      open,
      setOpen,
      tab,
      setTab,
      tabs,
      readOnly,
      hidden,
      onImpersonate,
      onOpenCustomer,
      onDeleted,
      actions,
    ],
  );
  return (
    <CustomerDialogContext.Provider value={value}>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {children}
      </Dialog.Root>
    </CustomerDialogContext.Provider>
  );
}

/** The element that opens the dialog (Radix's `Dialog.Trigger`, `asChild`): pass one button. */
function Trigger({ children }: { children: ReactNode }) {
  return <Dialog.Trigger asChild>{children}</Dialog.Trigger>;
}

/**
 * The dialog itself: Radix's portal, the overlay (`dialog-overlay`) and the content
 * (`dialog-content`), inside an element that carries the kit's root attributes
 * (`data-ck-root`, `data-ck-scheme`) so the tokens apply in the portal. Default children: the
 * title bar and the tabs.
 */
function Content({ children }: { children?: ReactNode }) {
  const { opener } = useCustomerDialog();
  const { locale } = useI18n(messages);
  return (
    <Dialog.Portal>
      <div {...useRootProps()} data-part="dialog-root" lang={locale}>
        <Dialog.Overlay data-part="dialog-overlay" />
        <Dialog.Content
          data-part="dialog-content"
          aria-describedby={undefined}
          onOpenAutoFocus={(event) => {
            // Focus has not moved yet: this is what opened the dialog (a host's own button, too).
            const active = document.activeElement;
            opener.current =
              active instanceof HTMLElement && active !== document.body ? active : null;
            // Focus starts on the open tab: the arrow keys then move through the settings, and
            // Tab leads into the panel. (Radix's default, the first button, is Close while the
            // name loads.)
            const tab = (event.target as HTMLElement).querySelector<HTMLElement>(
              '[data-part="dialog-tab"][data-state="active"]',
            );
            if (tab) {
              event.preventDefault();
              tab.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            // Radix gives focus back to its Trigger only; a host that opens the dialog with `open`
            // from its own button gets focus back there too.
            const target = opener.current;
            opener.current = null;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
          onEscapeKeyDown={(event) => {
            // Escape in the inline rename cancels the rename, not the dialog.
            if ((event.target as Element | null)?.closest?.('[data-part="dialog-rename"]'))
              event.preventDefault();
          }}
        >
          {children ?? (
            <>
              <TitleBar />
              <Tabs />
            </>
          )}
        </Dialog.Content>
      </div>
    </Dialog.Portal>
  );
}

const WIDE = "(min-width: 768px)";
const subscribe = (notify: () => void) => {
  const query = typeof window !== "undefined" ? window.matchMedia?.(WIDE) : undefined;
  query?.addEventListener("change", notify);
  return () => query?.removeEventListener("change", notify);
};
/** Whether the viewport is wide enough for the tabs on the left (else a strip on top). */
const useWide = () =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(WIDE).matches ?? true,
    () => true,
  );

/** The skeleton of a panel whose code is still loading. */
function PanelSkeleton() {
  return (
    <LoadingState>
      <Skeleton width="sm" />
      <Skeleton width="lg" />
      <Skeleton height="control" />
      <Skeleton height="control" />
      <Skeleton height="block" />
    </LoadingState>
  );
}

/** Keeps a panel that throws from taking the dialog down with it. */
class PanelBoundary extends Component<
  { fallback: (retry: () => void) => ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  override render() {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}

/**
 * The tab list (`dialog-tablist`, each `dialog-tab`) and the open tab's panel (`dialog-panel`),
 * as Radix Tabs: arrow keys move between tabs (up/down on the left-hand list, left/right on the
 * narrow strip), Home/End to the ends. A panel's code loads when its tab first opens.
 */
function Tabs() {
  const { customerId, tab, setTab, tabs, readOnly, hidden, actions, startAction } =
    useCustomerDialog();
  // The user the Users tab shows: a user link on the Information tab opens it there.
  const [user, setUser] = useState<string | null>(null);
  // What some panels get from the dialog besides CustomerPanelProps:
  const extra: Partial<Record<TabId, Record<string, unknown>>> = {
    // The Resources hint offers Login to CP (acting on resources means logging in as the
    // customer): the title bar's own Login to CP dialog.
    ...(actions.includes("login") && {
      resources: { onLoginAsCustomer: () => startAction("login") },
    }),
    // A user (a job's or a related resource's) opens in the Users tab.
    ...(tabs.includes("users") && {
      information: {
        onNavigate: (link: ResourceLink) => {
          if (link.type !== "USER") return;
          setUser(link.id);
          setTab("users");
        },
      },
      users: { userId: user, onUserIdChange: setUser },
    }),
  };
  const { t } = useI18n(messages);
  const customer = useCustomer(customerId);
  const wide = useWide();
  const list = useRef<HTMLDivElement>(null);

  // The open tab stays in sight on the narrow strip (a deep link to "Keys", say).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of the tab.
  useEffect(() => {
    list.current
      ?.querySelector('[data-state="active"]')
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [tab]);

  if (customer.isError) {
    const notFound = isCustomerKitError(customer.error) && customer.error.status === 404;
    return (
      <div data-part="dialog-body">
        <ErrorState
          error={customer.error}
          {...(notFound
            ? { title: t("dialog.notFound.title") }
            : { onRetry: () => void customer.refetch() })}
        />
      </div>
    );
  }

  return (
    <RadixTabs.Root
      data-part="dialog-tabs"
      value={tab}
      onValueChange={(value) => setTab(value as TabId)}
      orientation={wide ? "vertical" : "horizontal"}
    >
      <RadixTabs.List ref={list} data-part="dialog-tablist" aria-label={t("dialog.tabs.label")}>
        {tabs.map((id) => (
          <RadixTabs.Trigger
            key={id}
            value={id}
            data-part="dialog-tab"
            // Start loading a panel's code as the pointer or focus gets near its tab.
            onPointerEnter={() => void TABS[id].Panel.preload()}
            onFocus={() => void TABS[id].Panel.preload()}
          >
            {t(TABS[id].label)}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((id) => {
        const { Panel } = TABS[id];
        return (
          <RadixTabs.Content key={id} value={id} data-part="dialog-panel">
            <PanelBoundary
              key={customerId}
              fallback={(retry) => (
                <ErrorState error={null} title={t("dialog.panel.failed")} onRetry={retry} />
              )}
            >
              <Suspense fallback={<PanelSkeleton />}>
                <Panel
                  key={customerId}
                  customerId={customerId}
                  {...(readOnly[id] !== undefined && { readOnly: readOnly[id] })}
                  {...(hidden[id] !== undefined && { hidden: hidden[id] })}
                  {...extra[id]}
                />
              </Suspense>
            </PanelBoundary>
          </RadixTabs.Content>
        );
      })}
    </RadixTabs.Root>
  );
}

/** Props of {@link CustomerDialog}: the Root's, and an optional trigger. */
export interface CustomerDialogProps extends Omit<CustomerDialogRootProps, "children"> {
  /** The button that opens the dialog (Radix gives focus back to it on close). */
  trigger?: ReactNode;
}

/**
 * The Manage Customer dialog: the customer's name (rename inline), a "More actions" menu
 * (Create similar, Login to CP, Delete), and the settings in tabs, each a panel of this kit.
 *
 * ```tsx
 * <CustomerDialog customerId={id} trigger={<button>Manage</button>} defaultTab="units" />
 * ```
 *
 * Rearrange it with its parts: `CustomerDialog.Root` (state and props), `.Trigger`, `.Content`
 * (portal, overlay, content), `.TitleBar`, `.Tabs`, `.Close`.
 *
 * Part names (`data-part`, public API): `dialog-root` (the portal's element with the kit's root
 * attributes), `dialog-overlay`, `dialog-content`, `dialog-titlebar`, `dialog-heading`,
 * `dialog-eyebrow`, `dialog-title`, `dialog-status` (the badge's wrapper), `dialog-rename`
 * (the inline rename form), `dialog-actions`, `dialog-menu`, `dialog-menu-item` (`data-tone`
 * `danger` on Delete), `dialog-menu-separator`, `dialog-tabs`, `dialog-tablist`, `dialog-tab`,
 * `dialog-panel`, `dialog-body` (the error state's frame), `dialog-action-overlay`,
 * `dialog-action` (the Create similar, Login to CP and Delete dialogs), `dialog-action-form`, `dialog-action-title`,
 * `dialog-action-description`, `dialog-icon`, `dialog-edit-label` (hidden below 768 px). Radix's `data-state` (`open`/`closed`,
 * `active`/`inactive`), `data-orientation` and `data-highlighted` go with them.
 */
function CustomerDialogDefault({ trigger, ...props }: CustomerDialogProps) {
  return (
    <Root {...props}>
      {trigger !== undefined && <Trigger>{trigger}</Trigger>}
      <Content />
    </Root>
  );
}

/** The Manage Customer dialog, and its parts for a host to rearrange. */
export const CustomerDialog = /* @__PURE__ */ Object.assign(CustomerDialogDefault, {
  Root,
  Trigger,
  Content,
  TitleBar,
  Tabs,
  Close,
});
