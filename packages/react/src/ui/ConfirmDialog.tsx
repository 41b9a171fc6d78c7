"use client";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import { Button } from "./Button";

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens it (focus returns to it on close). */
  trigger: ReactNode;
  /** The question, naming what goes ("Remove Harry Wilson?"). */
  title: string;
  /** What removing it does. */
  description: ReactNode;
  /** The destructive button's text. */
  confirmLabel: string;
  /** While the removal is under way: the button spins, the dialog stays. @default false */
  busy?: boolean;
  onConfirm: () => void;
  /** Why the last attempt failed, shown in the dialog. */
  error?: ReactNode;
}

/**
 * A destructive confirmation (WAI-ARIA alertdialog, Radix's): focus starts on Cancel, Escape
 * cancels, focus returns to the trigger. The confirm button is ours, not `AlertDialog.Action`,
 * so the dialog stays open until the removal has answered. Parts: `confirm-overlay`,
 * `confirm-content`, `confirm-title`, `confirm-description`.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  confirmLabel,
  busy = false,
  onConfirm,
  error,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  const root = useRootProps();
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        {/* The portal renders outside the host's tree: the tokens apply under data-ck-root. */}
        <div {...root}>
          <AlertDialog.Overlay data-part="confirm-overlay" />
          <AlertDialog.Content data-part="confirm-content">
            <AlertDialog.Title data-part="confirm-title">{title}</AlertDialog.Title>
            <AlertDialog.Description data-part="confirm-description">
              {description}
            </AlertDialog.Description>
            {error}
            <div data-part="form-actions">
              <AlertDialog.Cancel asChild>
                <Button>{t("common.cancel")}</Button>
              </AlertDialog.Cancel>
              <Button variant="danger" busy={busy} onClick={onConfirm}>
                {confirmLabel}
              </Button>
            </div>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
