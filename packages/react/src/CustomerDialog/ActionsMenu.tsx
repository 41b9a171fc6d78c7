"use client";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useLayoutEffect, useRef } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import { Button } from "../ui/Button";
import { CreateSimilarDialog, DeleteDialog, LoginDialog } from "./actions";
import { useCustomerDialog } from "./context";
import { MoreIcon } from "./icons";
import messages from "./messages/en";

/** "More actions": Create similar, Login to CP, Delete, each asking first in a small dialog. */
export function ActionsMenu({
  disabled,
  defaultOpen = false,
  focus = false,
}: {
  disabled: boolean;
  /** Open at once: the user pressed the look-alike button before this code arrived. */
  defaultOpen?: boolean;
  /** Take focus on mount: the user was on the look-alike button. */
  focus?: boolean;
}) {
  const { t } = useI18n(messages);
  const { actions, action, startAction: setAction, actionOpener } = useCustomerDialog();
  const root = useRootProps();
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => setAction(null);
  // Focus goes back to the menu's button when an action's dialog closes.
  useLayoutEffect(() => {
    if (focus && !defaultOpen) trigger.current?.focus();
  }, [focus, defaultOpen]);
  // Focus goes back to what started the action (a panel's button), else the menu's button.
  const back = (event: Event) => {
    event.preventDefault();
    const from = actionOpener.current;
    if (from?.isConnected && from !== document.body) from.focus();
    else if (trigger.current?.isConnected) trigger.current.focus();
  };
  return (
    <>
      <Menu.Root defaultOpen={defaultOpen}>
        <Menu.Trigger asChild disabled={disabled}>
          <Button ref={trigger} size="sm" variant="ghost" aria-label={t("common.moreActions")}>
            <MoreIcon />
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
