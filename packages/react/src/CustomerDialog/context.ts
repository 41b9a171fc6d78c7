"use client";
import type { Impersonation } from "@customer-kit/client";
import { createContext, type RefObject, useContext } from "react";
import type { TabId } from "./tabs";

/** What `onOpenCustomer` gets beside the id: a way to keep the dialog on the current customer. */
export interface OpenCustomerEvent {
  /** Keeps the dialog where it is (the host opens the new customer its own way). */
  preventDefault(): void;
}

/** An action of the dialog's title bar (see `CustomerDialogRootProps.actions`). */
export type DialogAction = "rename" | "createSimilar" | "login" | "delete";
/** Every title-bar action, the default. */
export const ALL_ACTIONS: readonly DialogAction[] = ["rename", "createSimilar", "login", "delete"];

/** A title-bar action that asks first in a small dialog of its own. */
export type ActionId = "similar" | "login" | "delete";

/** The dialog's state, shared by its parts (`CustomerDialog.Root` provides it). */
export interface CustomerDialogContextValue {
  /** The customer the dialog shows now (the prop's, or the one "Create similar" opened). */
  customerId: string;
  /** Shows another customer in the dialog (after "Create similar"). */
  showCustomer(customerId: string): void;
  open: boolean;
  setOpen(open: boolean): void;
  tab: TabId;
  setTab(tab: TabId): void;
  /** The tabs shown, in order. */
  tabs: readonly TabId[];
  readOnly: Partial<Record<TabId, boolean | readonly string[]>>;
  hidden: Partial<Record<TabId, readonly string[]>>;
  onImpersonate:
    | ((impersonation: Impersonation, context: ImpersonationContext) => void | Promise<void>)
    | undefined;
  onOpenCustomer: ((customerId: string, event: OpenCustomerEvent) => void) | undefined;
  onDeleted: ((customerId: string) => void) | undefined;
  /** The title bar's actions shown. */
  actions: readonly DialogAction[];
  /** The action whose small dialog is open, if any (from the menu, or a panel: Resources' "Log in as customer"). */
  action: ActionId | null;
  /**
   * Opens an action's dialog (`null` closes it). Focus goes back, when it closes, to what had it
   * when the action started (the menu's button, or the panel's).
   */
  startAction(action: ActionId | null): void;
  /** What had focus when the action started. */
  actionOpener: RefObject<HTMLElement | null>;
  /** The element focused before the dialog opened, to give focus back to on close. */
  opener: RefObject<HTMLElement | null>;
}

export const CustomerDialogContext = createContext<CustomerDialogContextValue | null>(null);

/** The dialog's state; throws outside `CustomerDialog.Root`. */
export function useCustomerDialog(): CustomerDialogContextValue {
  const value = useContext(CustomerDialogContext);
  if (!value) throw new Error("CustomerDialog parts must be inside <CustomerDialog.Root>.");
  return value;
}

/** A tab the kit opened at the admin's click, still blank (see {@link ImpersonationContext}). */
export interface ImpersonationTab {
  /** Sends the tab to `url`: the control panel (`controlPanelUrl`) or a page of the host's. */
  open(url: string): void;
  /** Closes the tab (the host shows the control panel its own way). */
  close(): void;
}

/** What `onImpersonate` gets besides the impersonation. */
export interface ImpersonationContext {
  /** The reason the admin gave (recorded in the customer's jobs; the API's answer omits it). */
  reason: string;
  /**
   * A tab opened at the admin's click, so that a popup blocker lets it through, and blank until
   * the callback sends it somewhere with `tab.open(url)`. A tab the callback (or the promise it
   * returns) leaves unused closes. `null` when the browser blocked it anyway.
   */
  tab: ImpersonationTab | null;
}
