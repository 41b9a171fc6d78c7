"use client";
import type { Customer, Impersonation } from "@customer-kit/client";
import {
  useCreateSimilarCustomer,
  useCustomer,
  useDeleteCustomer,
  useImpersonateCustomer,
} from "@customer-kit/hooks";
import { useForm } from "@customer-kit/hooks/forms";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import * as Dialog from "@radix-ui/react-dialog";
import { type ReactNode, useId, useRef, useState } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import { Button } from "../ui/Button";
import { DialogFormFooter } from "../ui/DialogFormFooter";
import { TextField } from "../ui/Field";
import { FormActions } from "../ui/layout";
import { useErrorMessage } from "../ui/states";
import { type ImpersonationTab, type OpenCustomerEvent, useCustomerDialog } from "./context";
import messages from "./messages/en";

export type { ActionId } from "./context";

interface ActionDialogProps {
  /** Closes the action's dialog (Cancel, Escape, done). */
  onClose: () => void;
  /** Where focus goes when it closes (the menu's button). */
  onCloseAutoFocus: (event: Event) => void;
}

// The contract's `CustomerName` and `ImpersonationCreate.reason` (openapi/customer-admin.yaml).
const NAME = { name: { minLength: 1, maxLength: 100, pattern: "^\\S(.*\\S)?$" } };
const REASON = { reason: { required: true, minLength: 3, maxLength: 500 } };

/** A small dialog over the Manage Customer dialog: a title, a line of explanation, a form. */
function ActionDialog({
  title,
  description,
  onClose,
  onCloseAutoFocus,
  children,
}: ActionDialogProps & { title: string; description: string; children: ReactNode }) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <div {...useRootProps()}>
          <Dialog.Overlay data-part="dialog-action-overlay" />
          <Dialog.Content data-part="dialog-action" onCloseAutoFocus={onCloseAutoFocus}>
            <Dialog.Title data-part="dialog-action-title">{title}</Dialog.Title>
            <Dialog.Description data-part="dialog-action-description">
              {description}
            </Dialog.Description>
            {children}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/**
 * "Create similar": asks for the new customer's name, creates it with this one's settings, and
 * opens it (`onOpenCustomer`, then the dialog shows it unless the host prevents that).
 */
export function CreateSimilarDialog({ onClose, onCloseAutoFocus }: ActionDialogProps) {
  const { customerId, showCustomer, onOpenCustomer } = useCustomerDialog();
  const { t } = useI18n(messages);
  const name = useCustomer(customerId).data?.name ?? "";
  const create = useCreateSimilarCustomer(customerId);
  const form = useForm<{ name: string }, Customer>({
    base: { name: "" },
    draftKey: `similar:${customerId}`,
    constraints: NAME,
    prepare: (v) => ({ name: v.name.trim() }),
    submit: async (v) => (await create.mutateAsync({ name: v.name })).value,
  });
  return (
    <ActionDialog
      title={t("dialog.similar.title")}
      description={t("dialog.similar.description", { name })}
      onClose={onClose}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      <form
        data-part="dialog-action-form"
        {...form.getFormProps()}
        onSubmit={async (event) => {
          const created = await form.submit(event);
          if (!created) return;
          let prevented = false;
          const open: OpenCustomerEvent = { preventDefault: () => (prevented = true) };
          onOpenCustomer?.(created.id, open);
          if (!prevented) showCustomer(created.id);
          onClose();
        }}
      >
        <TextField
          label={t("dialog.similar.name")}
          field={form.getFieldProps("name")}
          error={form.errors.name}
          autoComplete="off"
        />
        <DialogFormFooter form={form} submitLabel={t("dialog.similar.submit")} />
      </form>
    </ActionDialog>
  );
}

/**
 * A tab opened at the admin's click, so that a popup blocker lets it through, and blank until the
 * impersonation's token arrives: then it goes to the control panel, or wherever the host says.
 */
function openAtClick() {
  const tab = window.open("", "_blank");
  // The page it shows must not reach back into the admin's page.
  if (tab) tab.opener = null;
  let used = false;
  const handle: ImpersonationTab | null = tab && {
    open: (url) => {
      used = true;
      tab.location.href = url;
    },
    close: () => {
      used = true;
      tab.close();
    },
  };
  return {
    handle,
    /** After the host's callback: a tab it left blank closes. */
    settle: () => {
      if (!used) tab?.close();
    },
    go: (url: string) => {
      if (handle) handle.open(url);
      else window.open(url, "_blank", "noopener,noreferrer");
    },
    cancel: () => tab?.close(),
  };
}

/**
 * "Login to CP": asks for the reason (recorded in the customer's jobs), impersonates, and hands
 * the token, URL and branding to `onImpersonate` with the tab opened at the click (by default: the
 * tab goes to `controlPanelUrl`).
 */
export function LoginDialog({ onClose, onCloseAutoFocus }: ActionDialogProps) {
  const { customerId, onImpersonate } = useCustomerDialog();
  const { t } = useI18n(messages);
  const name = useCustomer(customerId).data?.name ?? "";
  const impersonate = useImpersonateCustomer(customerId);
  const form = useForm<{ reason: string }, Impersonation>({
    base: { reason: "" },
    draftKey: `login:${customerId}`,
    constraints: REASON,
    prepare: (v) => ({ reason: v.reason.trim() }),
    submit: async (v) => {
      // Still inside the click (or Enter): the last moment a new tab may open unasked.
      const tab = openAtClick();
      try {
        const impersonation = await impersonate.mutateAsync({ reason: v.reason });
        if (onImpersonate) {
          await onImpersonate(impersonation, { reason: v.reason, tab: tab.handle });
          tab.settle();
        } else tab.go(impersonation.controlPanelUrl);
        return impersonation;
      } catch (error) {
        tab.cancel();
        throw error;
      }
    },
  });
  return (
    <ActionDialog
      title={t("dialog.login.title", { name })}
      description={t("dialog.login.description")}
      onClose={onClose}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      <form
        data-part="dialog-action-form"
        {...form.getFormProps()}
        onSubmit={async (event) => {
          if (await form.submit(event)) onClose();
        }}
      >
        <TextField
          label={t("dialog.login.reason")}
          hint={t("dialog.login.reasonHint")}
          field={form.getFieldProps("reason")}
          error={form.errors.reason}
          autoComplete="off"
        />
        <DialogFormFooter form={form} submitLabel={t("dialog.login.submit")} />
      </form>
    </ActionDialog>
  );
}

/**
 * "Delete": an alert dialog that names the customer and says what deleting does (it leaves every
 * list and can no longer be opened); the user types the name to confirm. Then `onDeleted`, and
 * the Manage Customer dialog closes.
 */
export function DeleteDialog({ onClose, onCloseAutoFocus }: ActionDialogProps) {
  const { customerId, onDeleted, setOpen } = useCustomerDialog();
  const { t } = useI18n(messages);
  const errorMessage = useErrorMessage();
  const customer = useCustomer(customerId);
  const name = customer.data?.name ?? "";
  const del = useDeleteCustomer(customerId);
  const [typed, setTyped] = useState("");
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const matches = typed.trim() === name;
  const invalid = tried && !matches;
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <div {...useRootProps()}>
          <AlertDialog.Overlay data-part="dialog-action-overlay" />
          <AlertDialog.Content
            data-part="dialog-action"
            data-tone="danger"
            onOpenAutoFocus={(event) => {
              // The one thing to do here is to type the name.
              event.preventDefault();
              input.current?.focus();
            }}
            onCloseAutoFocus={onCloseAutoFocus}
          >
            <AlertDialog.Title data-part="dialog-action-title">
              {t("dialog.delete.title", { name })}
            </AlertDialog.Title>
            <AlertDialog.Description data-part="dialog-action-description">
              {t("dialog.delete.description", { name })}
            </AlertDialog.Description>
            <form
              data-part="dialog-action-form"
              noValidate
              onSubmit={async (event) => {
                event.preventDefault();
                setTried(true);
                if (!matches || del.isPending) return;
                try {
                  await del.mutateAsync();
                } catch {
                  return; // shown below
                }
                onDeleted?.(customerId);
                setOpen(false);
              }}
            >
              <div data-part="field" data-invalid={invalid ? "" : undefined}>
                <label data-part="field-label" htmlFor={id}>
                  {t("dialog.delete.confirm", { name })}
                </label>
                <div data-part="input-frame">
                  <input
                    ref={input}
                    id={id}
                    data-part="input"
                    autoComplete="off"
                    spellCheck={false}
                    value={typed}
                    onChange={(event) => setTyped(event.target.value)}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? `${id}-error` : undefined}
                  />
                </div>
                {invalid && (
                  <p data-part="field-error" id={`${id}-error`} role="alert">
                    {t("dialog.delete.mismatch")}
                  </p>
                )}
              </div>
              {del.error && (
                <div data-part="notice" data-tone="danger" role="alert">
                  <p>{errorMessage(del.error)}</p>
                </div>
              )}
              <FormActions>
                <AlertDialog.Cancel asChild>
                  <Button>{t("common.cancel")}</Button>
                </AlertDialog.Cancel>
                <Button type="submit" variant="danger" busy={del.isPending}>
                  {t("dialog.delete.submit")}
                </Button>
              </FormActions>
            </form>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
