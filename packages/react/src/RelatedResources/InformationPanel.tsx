"use client";
import type { ResourceLink } from "@customer-kit/client";
import { useRef, useState } from "react";
import { useRootProps } from "../i18n/context";
import { JobsList } from "../JobsList/JobsList";
import { type ResourceKind, ResourceList } from "../ResourceList/ResourceList";
import type { CustomerPanelProps } from "../ui";
import { RelatedResources } from "./RelatedResources";

/** Props of {@link InformationPanel}. */
export interface InformationPanelProps extends CustomerPanelProps {
  /**
   * Opens a user, or any followed link, outside (the dialog's Users tab, the host's page). VDCs,
   * servers and disks open here, in a read-only detail with Back; without this, users are not links.
   */
  onNavigate?: (link: ResourceLink) => void;
}

const HERE: readonly ResourceLink["type"][] = ["VDC", "SERVER", "DISK"];

/**
 * The dialog's Information tab: {@link JobsList} over {@link RelatedResources}. A VDC, server or disk
 * link (of a job or a related resource) opens its read-only detail in place; Back returns to the
 * lists, onto the link that opened it. Part: `related-information`.
 */
export function InformationPanel({
  customerId,
  readOnly,
  hidden,
  onNavigate,
}: InformationPanelProps) {
  const root = useRootProps();
  const [open, setOpen] = useState<{ type: ResourceKind; id: string } | null>(null);
  const opener = useRef<string | null>(null);
  const navigate = (link: ResourceLink) => {
    if (HERE.includes(link.type)) {
      opener.current = `[data-part="related-information"] [data-resource-id="${link.id}"]`;
      setOpen({ type: link.type as ResourceKind, id: link.id });
    } else onNavigate?.(link);
  };
  const navigableTypes = onNavigate ? [...HERE, "USER" as const] : HERE;
  if (open)
    return (
      <ResourceList
        customerId={customerId}
        view={{ kind: "detail", ...open }}
        onViewChange={(view) => {
          if (view.kind === "detail") return setOpen({ type: view.type, id: view.id });
          setOpen(null);
          const selector = opener.current;
          setTimeout(() => document.querySelector<HTMLElement>(selector ?? "")?.focus(), 0);
        }}
        {...(readOnly !== undefined && { readOnly })}
        {...(hidden && { hidden })}
      />
    );
  return (
    <div {...root} data-part="related-information">
      <JobsList
        customerId={customerId}
        pageSize={10}
        onNavigate={navigate}
        navigableTypes={navigableTypes}
      />
      <RelatedResources
        customerId={customerId}
        pageSize={10}
        onNavigate={navigate}
        navigableTypes={navigableTypes}
      />
    </div>
  );
}
