"use client";
import type { CustomerStatus } from "@customer-kit/client";
import { useCustomer } from "@customer-kit/hooks";
import { useCustomerNameForm } from "@customer-kit/hooks/forms";
import * as Dialog from "@radix-ui/react-dialog";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useEffect, useRef, useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import { Button } from "../ui/Button";
import { useErrorText } from "../ui/Field";
import { Badge, type BadgeProps } from "../ui/layout";
import { ConflictNotice, Skeleton, SubmitError } from "../ui/states";
import { type ActionId, CreateSimilarDialog, DeleteDialog, LoginDialog } from "./actions";
import { Close } from "./Close";
import { useCustomerDialog } from "./context";

const STATUS_TONE: Record<CustomerStatus, BadgeProps["tone"]> = {
  ACTIVE: "success",
  ADMIN: "warning",
  DISABLED: "neutral",
  DELETED: "danger",
  CLOSED: "neutral",
};

/**
 * The dialog's title bar (`dialog-titlebar`): the customer's name (`dialog-title`) and status,
 * Edit (an inline rename: Enter saves, Escape cancels), the "More actions" menu and Close.
 */
export function TitleBar() {
  const { customerId, actions } = useCustomerDialog();
  const { t } = useI18n();
  const customer = useCustomer(customerId);
  const form = useCustomerNameForm({ customerId });
  const errorText = useErrorText()(form.errors.name);
  const [renaming, setRenaming] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  // A rename left half-typed (the dialog closed meanwhile) opens again with its draft.
  const editing = renaming || form.isDirty;
  const wasEditing = useRef(editing);

  useEffect(() => {
    if (editing && !wasEditing.current) input.current?.focus();
    if (!editing && wasEditing.current) edit.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const cancel = () => {
    form.reset();
    setRenaming(false);
  };
  const name = customer.data?.name;

  return (
    <header data-part="dialog-titlebar">
      <div data-part="dialog-heading">
        {(customer.isPending || name) && <p data-part="dialog-eyebrow">{t("dialog.title")}</p>}
        {customer.isPending ? (
          <div data-part="dialog-title-row">
            <Dialog.Title data-part="dialog-title">
              <span data-part="visually-hidden">{t("common.loading")}</span>
              <Skeleton width="md" />
            </Dialog.Title>
          </div>
        ) : !name ? (
          <div data-part="dialog-title-row">
            {/* What went wrong is in the body (the tabs' place). */}
            <Dialog.Title data-part="dialog-title">{t("dialog.title")}</Dialog.Title>
          </div>
        ) : editing ? (
          <form
            data-part="dialog-rename"
            data-invalid={errorText ? "" : undefined}
            {...form.getFormProps()}
            onSubmit={async (event) => {
              if (await form.submit(event)) setRenaming(false);
            }}
          >
            <Dialog.Title asChild>
              <span data-part="visually-hidden">{name}</span>
            </Dialog.Title>
            <div data-part="dialog-title-row">
              <div data-part="input-frame">
                <input
                  ref={input}
                  data-part="input"
                  aria-label={t("dialog.name.label")}
                  autoComplete="off"
                  {...form.getFieldProps("name")}
                  onKeyDown={(event) => {
                    if (event.key === "Escape") cancel();
                  }}
                />
              </div>
              <Button type="submit" variant="primary" size="sm" busy={form.isSubmitting}>
                {t("common.save")}
              </Button>
              <Button size="sm" onClick={cancel}>
                {t("common.cancel")}
              </Button>
            </div>
            {errorText && (
              <p data-part="field-error" role="alert" {...form.getErrorProps("name")}>
                {errorText}
              </p>
            )}
            {form.conflict && (
              <ConflictNotice
                onReload={() => {
                  form.reset();
                  void customer.refetch();
                }}
              />
            )}
            <SubmitError error={form.submitError} />
          </form>
        ) : (
          <div data-part="dialog-title-row">
            <Dialog.Title data-part="dialog-title">{name}</Dialog.Title>
            {customer.data && (
              <span data-part="dialog-status">
                <Badge tone={STATUS_TONE[customer.data.status]}>
                  {t(`status.${customer.data.status}` as MessageKey)}
                </Badge>
              </span>
            )}
            {actions.includes("rename") && (
              <Button
                ref={edit}
                size="sm"
                variant="ghost"
                aria-label={t("dialog.name.edit")}
                onClick={() => setRenaming(true)}
              >
                <svg data-part="dialog-icon" viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M10.5 2.5l3 3L6 13H3v-3z" />
                </svg>
                <span data-part="dialog-edit-label">{t("common.edit")}</span>
              </Button>
            )}
          </div>
        )}
      </div>
      <div data-part="dialog-actions">
        {actions.some((a) => a !== "rename") && <ActionsMenu disabled={!name} />}
        <Close />
      </div>
    </header>
  );
}

/** "More actions": Create similar, Login to CP, Delete, each asking first in a small dialog. */
function ActionsMenu({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  const { actions } = useCustomerDialog();
  const root = useRootProps();
  const [action, setAction] = useState<ActionId | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => setAction(null);
  // Focus goes back to the menu's button when an action's dialog closes.
  const back = (event: Event) => {
    event.preventDefault();
    if (trigger.current?.isConnected) trigger.current.focus();
  };
  return (
    <>
      <Menu.Root>
        <Menu.Trigger asChild disabled={disabled}>
          <Button ref={trigger} size="sm" variant="ghost" aria-label={t("common.moreActions")}>
            <svg data-part="dialog-icon" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="3" cy="8" r="1.25" />
              <circle cx="8" cy="8" r="1.25" />
              <circle cx="13" cy="8" r="1.25" />
            </svg>
          </Button>
        </Menu.Trigger>
        <Menu.Portal>
          <div {...root}>
            <Menu.Content
              data-part="dialog-menu"
              align="end"
              sideOffset={4}
              // An action's dialog takes focus as the menu closes: the menu must not take it back.
              onCloseAutoFocus={(event) => {
                if (action) event.preventDefault();
              }}
            >
              {actions.includes("createSimilar") && (
                <Menu.Item data-part="dialog-menu-item" onSelect={() => setAction("similar")}>
                  {t("dialog.menu.createSimilar")}
                </Menu.Item>
              )}
              {actions.includes("login") && (
                <Menu.Item data-part="dialog-menu-item" onSelect={() => setAction("login")}>
                  {t("dialog.menu.login")}
                </Menu.Item>
              )}
              {actions.includes("delete") && (
                <>
                  {(actions.includes("createSimilar") || actions.includes("login")) && (
                    <Menu.Separator data-part="dialog-menu-separator" />
                  )}
                  <Menu.Item
                    data-part="dialog-menu-item"
                    data-tone="danger"
                    onSelect={() => setAction("delete")}
                  >
                    {t("dialog.menu.delete")}
                  </Menu.Item>
                </>
              )}
            </Menu.Content>
          </div>
        </Menu.Portal>
      </Menu.Root>
      {action === "similar" && <CreateSimilarDialog onClose={close} onCloseAutoFocus={back} />}
      {action === "login" && <LoginDialog onClose={close} onCloseAutoFocus={back} />}
      {action === "delete" && <DeleteDialog onClose={close} onCloseAutoFocus={back} />}
    </>
  );
}
