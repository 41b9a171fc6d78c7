/**
 * The one registry of the kit's custom elements: for each tag, the React component it renders, its
 * attributes (kebab-case, reflected, for the simple props), its properties (for arrays and
 * objects), and the DOM events its callbacks become. The element classes (`define.ts`), their
 * types (`types.ts`) and the custom-elements manifest (`scripts/manifest.ts`) all come from here.
 */
import {
  AssetMaximaForm,
  ConfigurationForm,
  CreditNotesTable,
  CustomerDialog,
  CustomersTable,
  InformationPanel,
  InvoicesTable,
  JobsList,
  KeysPanel,
  LanguagePicker,
  RelatedResources,
  ResourceList,
  SendEmailForm,
  StatementsTable,
  TagsEditor,
  ThemePicker,
  UnitsPanel,
  UsageReport,
  UsersPanel,
  ValidationMessageEditor,
} from "@customer-kit/react";
import type { ComponentType } from "react";

/** How an attribute's text becomes its prop. */
export type AttributeType = "string" | "number" | "boolean";

/** An attribute of an element: kebab-case, reflected to and from its property. */
export interface AttributeSpec<P> {
  /** The component prop (and the element property) it sets. */
  prop: keyof P & string;
  type: AttributeType;
  description: string;
  /**
   * A boolean attribute that turns a prop that defaults to `true` off (`no-create` →
   * `canCreate: false`). The property keeps the prop's own sense.
   */
  negate?: boolean;
}

/** A property of an element that has no attribute (arrays, objects), or more than its attribute. */
export interface PropertySpec {
  /** Its TypeScript type, as the manifest shows it. */
  type: string;
  description: string;
}

/** A DOM event an element dispatches (bubbling, composed) when the component calls `callback`. */
export interface EventSpec<P> {
  /** The component's callback prop. */
  callback: keyof P & string;
  /** The event's `detail` from the callback's arguments. */
  detail: (...args: never[]) => unknown;
  /** The detail's TypeScript type, as the manifest and the README show it. */
  detailType: string;
  description: string;
  /** `true`: the host may call `preventDefault()`; see `prevented` and `reflect`. */
  cancelable?: boolean;
  /**
   * After a not-prevented event: set this property from the detail, so a state the element
   * controls (the dialog's `open`, its `tab`) follows the user. Prevented: it stays as it is.
   */
  reflect?: { prop: keyof P & string; value: (detail: never) => unknown };
  /** When the host prevented the event: what to tell the component (its own `preventDefault`). */
  prevented?: (...args: never[]) => void;
  /** When the host did not prevent it: the default action the element takes instead. */
  otherwise?: (detail: never) => void;
}

/** One element: its component, what it takes and what it dispatches. */
export interface ElementSpec<P> {
  component: ComponentType<P>;
  description: string;
  /** The name `ck-saved` and `ck-error` give the panel (`detail.panel`). */
  panel: string;
  attributes: Record<string, AttributeSpec<P>>;
  properties: Partial<Record<keyof P & string, PropertySpec>>;
  events: Record<string, EventSpec<P>>;
}

/** Fixes `P` from the component, keeps the literal attribute, property and event names. */
const spec =
  <P>(component: ComponentType<P>) =>
  <
    const A extends Record<string, AttributeSpec<P>>,
    const Pr extends Partial<Record<keyof P & string, PropertySpec>>,
    const E extends Record<string, EventSpec<P>>,
  >(
    rest: Omit<ElementSpec<P>, "component" | "attributes" | "properties" | "events"> & {
      attributes: A;
      properties: Pr;
      events: E;
    },
  ) => ({ component, ...rest });

// What every customer panel takes (`CustomerPanelProps`).
const panelAttributes = {
  "customer-id": {
    prop: "customerId",
    type: "string",
    description: "The customer the panel shows.",
  },
  "read-only": {
    prop: "readOnly",
    type: "boolean",
    description:
      "The whole panel read-only. The `readOnly` property also takes a list of field names.",
  },
} as const;
const panelProperties = {
  readOnly: {
    type: "boolean | readonly string[]",
    description:
      "`true`, or the names of the fields that are read-only (each panel documents them).",
  },
  hidden: {
    type: "readonly string[]",
    description: "Names of the fields the panel does not show.",
  },
} as const;
const pageSize = {
  "page-size": { prop: "pageSize", type: "number", description: "Rows per page." },
} as const;

const navigate = {
  "ck-navigate": {
    callback: "onNavigate",
    detail: (link: import("@customer-kit/client").ResourceLink) => ({ link }),
    detailType: "{ link: ResourceLink }",
    description:
      "The user followed a link to a resource of another type (a job's server, a related VDC); the host navigates.",
  },
} as const;
const navigableTypes = {
  navigableTypes: {
    type: 'readonly ResourceLink["type"][]',
    description: "The resource types whose links are shown as links (the others as text).",
  },
} as const;

type ImpersonateDetail = {
  impersonation: import("@customer-kit/client").Impersonation;
  reason: string;
  tab: import("@customer-kit/react").ImpersonationTab | null;
};

// The tab the dialog opened at the click (so popup blockers let it through) goes to the control
// panel; only when the browser blocked that one, a new one is tried.
const openImpersonation = ({ impersonation, tab }: ImpersonateDetail) => {
  if (tab) tab.open(impersonation.controlPanelUrl);
  else window.open(impersonation.controlPanelUrl, "_blank", "noopener,noreferrer");
};

export const registry = {
  "ck-customer-dialog": spec(CustomerDialog)({
    description:
      "The Manage Customer dialog: a title bar (rename, Create similar, Login to CP, Delete) and a tab per panel. Open it with the `open` attribute.",
    panel: "dialog",
    attributes: {
      "customer-id": {
        prop: "customerId",
        type: "string",
        description: "The customer it manages.",
      },
      open: { prop: "open", type: "boolean", description: "Whether the dialog is open." },
      tab: {
        prop: "tab",
        type: "string",
        description: "The open tab's id (`units`, `users`, …); the first tab when absent.",
      },
    },
    properties: {
      tabs: { type: "readonly TabId[]", description: "Which tabs, in which order." },
      readOnly: {
        type: "Partial<Record<TabId, boolean | readonly string[]>>",
        description: "Read-only panels by tab: `true` or field names.",
      },
      hidden: {
        type: "Partial<Record<TabId, readonly string[]>>",
        description: "Hidden fields by tab.",
      },
      actions: {
        type: "readonly DialogAction[]",
        description: 'The title bar\'s actions: "rename", "createSimilar", "login", "delete".',
      },
    },
    events: {
      "ck-open-change": {
        callback: "onOpenChange",
        detail: (open: boolean) => ({ open }),
        detailType: "{ open: boolean }",
        description:
          "The user opened or closed the dialog (Escape, Close, the overlay, a delete). Prevent it to keep the `open` attribute as it is.",
        cancelable: true,
        reflect: { prop: "open", value: (d: { open: boolean }) => d.open },
      },
      "ck-tab-change": {
        callback: "onTabChange",
        detail: (tab: string) => ({ tab }),
        detailType: "{ tab: TabId }",
        description: "The user switched tabs. Prevent it to stay on the tab.",
        cancelable: true,
        reflect: { prop: "tab", value: (d: { tab: string }) => d.tab },
      },
      "ck-impersonate": {
        callback: "onImpersonate",
        detail: (
          impersonation: import("@customer-kit/client").Impersonation,
          context: import("@customer-kit/react").ImpersonationContext,
        ): ImpersonateDetail => ({ impersonation, reason: context.reason, tab: context.tab }),
        detailType:
          "{ impersonation: Impersonation; reason: string; tab: ImpersonationTab | null }",
        description:
          "Login to CP got its token (`impersonation`: `token`, `expiresAt`, `controlPanelUrl`, `branding`, `jobId`), with the admin's `reason` and `tab`, a tab opened at the click (`null` if the browser blocked it). Unless prevented, that tab goes to `controlPanelUrl`; prevented, send it elsewhere with `tab.open(url)` while handling the event, or leave it and it closes.",
        cancelable: true,
        otherwise: openImpersonation,
      },
      "ck-open-customer": {
        callback: "onOpenCustomer",
        detail: (customerId: string) => ({ customerId }),
        detailType: "{ customerId: string }",
        description:
          "Create similar made a customer. Unless prevented, the dialog shows it (and `customer-id` follows).",
        cancelable: true,
        prevented: (_id: string, event: { preventDefault(): void }) => event.preventDefault(),
        reflect: { prop: "customerId", value: (d: { customerId: string }) => d.customerId },
      },
      "ck-deleted": {
        callback: "onDeleted",
        detail: (customerId: string) => ({ customerId }),
        detailType: "{ customerId: string }",
        description: "The customer was deleted; the dialog closes.",
      },
    },
  }),
  "ck-customers-table": spec(CustomersTable)({
    description:
      "The Customers widget: search, filters, sortable headers, paging, New customer; a name opens the Manage Customer dialog.",
    panel: "customers",
    attributes: {
      ...pageSize,
      "no-create": {
        prop: "canCreate",
        type: "boolean",
        negate: true,
        description: "Hides New customer (the `canCreate` property set to `false`).",
      },
    },
    properties: {
      filters: {
        type: "CustomersTableFilters",
        description:
          "The search, status, tag, billing entity and sort (set by the element as the user changes them).",
      },
    },
    events: {
      "ck-open-customer": {
        callback: "onOpenCustomer",
        detail: (customerId: string) => ({ customerId }),
        detailType: "{ customerId: string }",
        description:
          "The user opened a customer (its name, or one just created). Unless prevented, the table opens its dialog.",
        cancelable: true,
        prevented: (_id: string, event: { preventDefault(): void }) => event.preventDefault(),
      },
      "ck-filters-change": {
        callback: "onFiltersChange",
        detail: (filters: object) => ({ filters }),
        detailType: "{ filters: CustomersTableFilters }",
        description: "The user searched, filtered or sorted.",
        reflect: { prop: "filters", value: (d: { filters: object }) => d.filters },
      },
    },
  }),
  "ck-configuration-form": spec(ConfigurationForm)({
    description: "The customer's configuration: name, status, billing, contact and address.",
    panel: "configuration",
    attributes: { ...panelAttributes },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-tags-editor": spec(TagsEditor)({
    description: "The customer's availability tags.",
    panel: "tags",
    attributes: { ...panelAttributes },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-asset-maxima-form": spec(AssetMaximaForm)({
    description: "The customer's asset maxima (quotas), used of limit.",
    panel: "assetMaxima",
    attributes: { ...panelAttributes },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-units-panel": spec(UnitsPanel)({
    description: "The customer's units: balance, ledger, and a credit form.",
    panel: "units",
    attributes: { ...panelAttributes, ...pageSize },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-validation-message-editor": spec(ValidationMessageEditor)({
    description: "The customer's validation message (HTML, sanitised preview).",
    panel: "validation",
    attributes: { ...panelAttributes },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-send-email-form": spec(SendEmailForm)({
    description: "Sends an email to the customer's users.",
    panel: "email",
    attributes: { ...panelAttributes },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-users-panel": spec(UsersPanel)({
    description: "The customer's users: list, add, edit, remove.",
    panel: "users",
    attributes: {
      ...panelAttributes,
      ...pageSize,
      "user-id": {
        prop: "userId",
        type: "string",
        description: "The user whose details are open.",
      },
    },
    properties: { ...panelProperties },
    events: {
      "ck-user-change": {
        callback: "onUserIdChange",
        detail: (userId: string | null) => ({ userId }),
        detailType: "{ userId: string | null }",
        description: "The user opened a user's details (or went back: `null`).",
        reflect: { prop: "userId", value: (d: { userId: string | null }) => d.userId },
      },
    },
  }),
  "ck-language-picker": spec(LanguagePicker)({
    description: "The customer's language.",
    panel: "language",
    attributes: { ...panelAttributes },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-theme-picker": spec(ThemePicker)({
    description: "The customer's control panel theme.",
    panel: "themes",
    attributes: { ...panelAttributes },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-keys-panel": spec(KeysPanel)({
    description: "The customer's API and SSH keys.",
    panel: "keys",
    attributes: { ...panelAttributes, ...pageSize },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-statements-table": spec(StatementsTable)({
    description: "Monthly statements with opening, running and closing balance.",
    panel: "statements",
    attributes: { ...panelAttributes, ...pageSize },
    properties: { ...panelProperties },
    events: {},
  }),
  "ck-invoices-table": spec(InvoicesTable)({
    description: "The customer's invoices; open one to see its lines.",
    panel: "invoices",
    attributes: {
      ...panelAttributes,
      ...pageSize,
      "invoice-id": { prop: "invoiceId", type: "string", description: "The invoice that is open." },
    },
    properties: { ...panelProperties },
    events: {
      "ck-invoice-change": {
        callback: "onInvoiceIdChange",
        detail: (invoiceId: string | null) => ({ invoiceId }),
        detailType: "{ invoiceId: string | null }",
        description: "The user opened an invoice (or closed it: `null`).",
        reflect: { prop: "invoiceId", value: (d: { invoiceId: string | null }) => d.invoiceId },
      },
    },
  }),
  "ck-credit-notes-table": spec(CreditNotesTable)({
    description: "The customer's credit notes; open one to see its lines.",
    panel: "creditNotes",
    attributes: {
      ...panelAttributes,
      ...pageSize,
      "credit-note-id": {
        prop: "creditNoteId",
        type: "string",
        description: "The credit note that is open.",
      },
    },
    properties: { ...panelProperties },
    events: {
      "ck-credit-note-change": {
        callback: "onCreditNoteIdChange",
        detail: (creditNoteId: string | null) => ({ creditNoteId }),
        detailType: "{ creditNoteId: string | null }",
        description: "The user opened a credit note (or closed it: `null`).",
        reflect: {
          prop: "creditNoteId",
          value: (d: { creditNoteId: string | null }) => d.creditNoteId,
        },
      },
    },
  }),
  "ck-usage-report": spec(UsageReport)({
    description: "Units per day by resource type, as a chart and a table.",
    panel: "reports",
    attributes: {
      ...panelAttributes,
      "default-preset": {
        prop: "defaultPreset",
        type: "string",
        description: "The period it opens on: last7, last30, last90, thisMonth, lastMonth.",
      },
    },
    properties: { ...panelProperties },
    events: {
      "ck-period-change": {
        callback: "onPeriodChange",
        detail: (range: { from: string; to: string }) => ({ range }),
        detailType: "{ range: UsageRange }",
        description: "The user picked another period.",
      },
    },
  }),
  "ck-resource-list": spec(ResourceList)({
    description: "The customer's VDCs, servers and disks, with read-only details.",
    panel: "resources",
    attributes: { ...panelAttributes, ...pageSize },
    properties: {
      ...panelProperties,
      view: {
        type: "ResourceView",
        description: "What is shown: a type's list or one resource's detail (follows the user).",
      },
    },
    events: {
      "ck-view-change": {
        callback: "onViewChange",
        detail: (view: object) => ({ view }),
        detailType: "{ view: ResourceView }",
        description: "The user switched the list or opened a detail.",
        reflect: { prop: "view", value: (d: { view: object }) => d.view },
      },
      "ck-login-as-customer": {
        callback: "onLoginAsCustomer",
        detail: () => ({}),
        detailType: "{}",
        description: "The user asked to log in as the customer (the host opens its Login to CP).",
      },
    },
  }),
  "ck-jobs-list": spec(JobsList)({
    description: "The customer's jobs.",
    panel: "jobs",
    attributes: { ...panelAttributes, ...pageSize },
    properties: { ...panelProperties, ...navigableTypes },
    events: { ...navigate },
  }),
  "ck-related-resources": spec(RelatedResources)({
    description: "Resources related to the customer's.",
    panel: "related",
    attributes: { ...panelAttributes, ...pageSize },
    properties: { ...panelProperties, ...navigableTypes },
    events: { ...navigate },
  }),
  "ck-information-panel": spec(InformationPanel)({
    description: "The dialog's Information tab: related resources and jobs.",
    panel: "information",
    attributes: { ...panelAttributes },
    properties: { ...panelProperties },
    events: { ...navigate },
  }),
};

export type Registry = typeof registry;
export type Tag = keyof Registry;
export const TAGS = Object.keys(registry) as Tag[];

/** The events every element dispatches, whatever its component (see `client-view.ts`). */
export const COMMON_EVENTS = {
  "ck-saved": {
    detailType: "{ panel: string; operation: string; customerId: string | undefined }",
    description:
      "A write the user started in this element succeeded. `operation` is the contract's method and path (`POST /customers/{customerId}/unit-transactions`).",
  },
  "ck-error": {
    detailType:
      "{ panel: string; operation: string; customerId: string | undefined; error: CustomerKitError }",
    description:
      "A request of this element failed (`error.status`, `title`, `detail`, `fieldErrors`); the element shows it too.",
  },
} as const;
