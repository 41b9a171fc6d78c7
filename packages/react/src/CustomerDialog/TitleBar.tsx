"use client";
import type { CustomerStatus } from "@customer-kit/client";
import { useCustomer } from "@customer-kit/hooks";
import { useCustomerNameForm } from "@customer-kit/hooks/forms";
import * as Dialog from "@radix-ui/react-dialog";
import { useEffect, useRef, useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n } from "../i18n/context";
import { Button } from "../ui/Button";
import { useErrorText } from "../ui/Field";
import { Badge, type BadgeProps } from "../ui/layout";
import { ConflictNotice, Skeleton, SubmitError } from "../ui/states";
import type * as MenuModule from "./ActionsMenu";
import { Close } from "./Close";
import { useCustomerDialog } from "./context";
import { MoreIcon } from "./icons";
import messages from "./messages/en";

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
  const { t } = useI18n(messages);
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
        {actions.some((a) => a !== "rename") && <MoreActions disabled={!name} />}
        <Close />
      </div>
    </header>
  );
}

let menuModule: typeof MenuModule | undefined;
let menuLoading: Promise<typeof MenuModule> | undefined;
const loadMenu = () =>
  (menuLoading ??= import("./ActionsMenu").then((module) => {
    menuModule = module;
    return module;
  }));

/**
 * "More actions". Radix's menu with its positioning engine and the three actions' dialogs are a
 * third of the dialog's code and most admins never open them, so they load on the first sign of
 * intent (pointing at, focusing or pressing this button) rather than with the dialog. Until then
 * the button is a look-alike; a press before the code arrives opens the menu when it does, and
 * focus moves to the real button if the user was on this one.
 */
function MoreActions({ disabled }: { disabled: boolean }) {
  const { t } = useI18n(messages);
  const { action } = useCustomerDialog();
  const [module, setModule] = useState(menuModule);
  const [openOnLoad, setOpenOnLoad] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);
  const load = () => {
    void loadMenu().then((loaded) => {
      hadFocus.current = button.current !== null && document.activeElement === button.current;
      setModule(() => loaded);
    });
  };
  // An action started elsewhere (Resources' "Log in as customer") needs the actions' code too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: load is remade each render; this runs when an action starts.
  useEffect(() => {
    if (action && !module) load();
  }, [action, module]);
  if (module) {
    return (
      <module.ActionsMenu disabled={disabled} defaultOpen={openOnLoad} focus={hadFocus.current} />
    );
  }
  const press = () => {
    setOpenOnLoad(true);
    load();
  };
  return (
    <Button
      ref={button}
      size="sm"
      variant="ghost"
      aria-label={t("common.moreActions")}
      aria-haspopup="menu"
      aria-expanded={false}
      disabled={disabled}
      onPointerEnter={load}
      onFocus={load}
      // Radix's trigger opens on pointerdown: the real one may take this one's place between a
      // pointerdown here and its click, so the press counts from pointerdown on.
      onPointerDown={press}
      onClick={press}
      onKeyDown={(event) => {
        // Radix opens its menu on ArrowDown as well as Enter and Space.
        if (event.key === "ArrowDown") {
          event.preventDefault();
          press();
        }
      }}
    >
      <MoreIcon />
    </Button>
  );
}
