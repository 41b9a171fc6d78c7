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
  onImpersonate: ((impersonation: Impersonation) => void) | undefined;
  onOpenCustomer: ((customerId: string, event: OpenCustomerEvent) => void) | undefined;
  onDeleted: ((customerId: string) => void) | undefined;
  /** The title bar's actions shown. */
  actions: readonly DialogAction[];
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
