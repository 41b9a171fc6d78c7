"use client";
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/context";
import { Button } from "../ui/Button";
import messages from "./messages/en";

/** Closes the dialog: an icon button (`aria-label` "Close"), or the child given (`asChild`). */
export function Close({ children }: { children?: ReactNode }) {
  const { t } = useI18n(messages);
  if (children) return <Dialog.Close asChild>{children}</Dialog.Close>;
  return (
    <Dialog.Close asChild>
      <Button variant="ghost" size="sm" aria-label={t("common.close")}>
        <svg data-part="dialog-icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </Button>
    </Dialog.Close>
  );
}
