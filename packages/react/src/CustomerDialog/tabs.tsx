"use client";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { MessageKey } from "../i18n/catalog";
import type { CustomerPanelProps } from "../ui/panel";

/** A panel as the dialog shows it: loaded on first open, and loadable ahead (hover, focus). */
export type LazyPanel = LazyExoticComponent<ComponentType<CustomerPanelProps>> & {
  /** Starts loading the panel's code; resolves when it is there. */
  preload: () => Promise<unknown>;
};

/** One tab of the dialog: its label and the panel it shows. */
export interface TabDefinition {
  /** The catalogue key of the tab's label. */
  label: MessageKey;
  /** The panel, code-split: it loads when the tab first opens (or is hovered/focused). */
  Panel: LazyPanel;
}

/**
 * A code-split panel: its code is imported once, when its tab first opens (or is pointed at), so
 * the dialog itself stays small however many tabs it gets.
 */
/* @__NO_SIDE_EFFECTS__ */
function panel(load: () => Promise<ComponentType<CustomerPanelProps>>): LazyPanel {
  let loading: Promise<{ default: ComponentType<CustomerPanelProps> }> | undefined;
  const once = () => {
    loading ??= load().then((component) => ({ default: component }));
    return loading;
  };
  return Object.assign(lazy(once), { preload: once });
}

/**
 * The dialog's tabs, in their default order. Adding a tab is one entry here (and its label in
 * `messages/`); `TabId` and the default order follow from this table.
 */
export const TABS = {
  configuration: {
    label: "dialog.tab.configuration",
    Panel: panel(() => import("../ConfigurationForm").then((m) => m.ConfigurationForm)),
  },
  availability: {
    label: "dialog.tab.availability",
    Panel: panel(() => import("../TagsEditor").then((m) => m.TagsEditor)),
  },
  assetMaxima: {
    label: "dialog.tab.assetMaxima",
    Panel: panel(() => import("../AssetMaximaForm").then((m) => m.AssetMaximaForm)),
  },
  units: {
    label: "dialog.tab.units",
    Panel: panel(() => import("../UnitsPanel").then((m) => m.UnitsPanel)),
  },
  validation: {
    label: "dialog.tab.validation",
    Panel: panel(() => import("../ValidationMessageEditor").then((m) => m.ValidationMessageEditor)),
  },
  email: {
    label: "dialog.tab.email",
    Panel: panel(() => import("../SendEmailForm").then((m) => m.SendEmailForm)),
  },
  users: {
    label: "dialog.tab.users",
    Panel: panel(() => import("../UsersPanel").then((m) => m.UsersPanel)),
  },
  language: {
    label: "dialog.tab.language",
    Panel: panel(() => import("../LanguagePicker").then((m) => m.LanguagePicker)),
  },
  themes: {
    label: "dialog.tab.themes",
    Panel: panel(() => import("../ThemePicker").then((m) => m.ThemePicker)),
  },
  keys: {
    label: "dialog.tab.keys",
    Panel: panel(() => import("../KeysPanel").then((m) => m.KeysPanel)),
  },
  statements: {
    label: "dialog.tab.statements",
    Panel: panel(() => import("../StatementsTable").then((m) => m.StatementsTable)),
  },
  invoices: {
    label: "dialog.tab.invoices",
    Panel: panel(() => import("../InvoicesTable").then((m) => m.InvoicesTable)),
  },
  creditNotes: {
    label: "dialog.tab.creditNotes",
    Panel: panel(() => import("../CreditNotesTable").then((m) => m.CreditNotesTable)),
  },
  reports: {
    label: "dialog.tab.reports",
    Panel: panel(() => import("../UsageReport").then((m) => m.UsageReport)),
  },
  resources: {
    label: "dialog.tab.resources",
    Panel: panel(() => import("../ResourceList").then((m) => m.ResourceList)),
  },
  information: {
    label: "dialog.tab.information",
    Panel: panel(() => import("../RelatedResources").then((m) => m.InformationPanel)),
  },
} satisfies Record<string, TabDefinition>;

/** The id of a tab of the dialog. */
export type TabId = keyof typeof TABS;

/** Every tab, in the default order. */
export const TAB_IDS = Object.keys(TABS) as TabId[];

/** Whether `id` names a tab (for a tab id from a URL, say). */
export const isTabId = (id: string): id is TabId => Object.hasOwn(TABS, id);
