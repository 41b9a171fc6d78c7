"use client";
import type { ResourceLink } from "@customer-kit/client";
import { type ReactNode, useState } from "react";
import { useI18n } from "../i18n/context";
// The pager's English lives with ResourceList's (its first user); JobsList, RelatedResources and
// KeysPanel page with it too, so it brings its own strings rather than relying on its host's.
import resources from "../ResourceList/messages/en";
import { Button } from "./Button";

/*
 * The cursor pager and the in-kit resource link: first written for ResourceList (hence the
 * `resources-` part names and `resources.pager.*` messages, public API that stays), shared by
 * JobsList, RelatedResources, UsersPanel and KeysPanel.
 */

/**
 * Cursor paging for a list whose contract pages by `nextCursor`: the cursors of the pages before
 * the current one are kept, so "Previous" goes back without the API paging backwards.
 */
export function useCursorPager() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    /** The cursor of the page shown (`undefined`: the first). */
    cursor: cursors[cursors.length - 1],
    /** How many pages came before this one. */
    index: cursors.length,
    next: (cursor: string) => setCursors((c) => [...c, cursor]),
    previous: () => setCursors((c) => c.slice(0, -1)),
  };
}

/** Props of {@link Pager}. */
export interface PagerProps {
  pager: ReturnType<typeof useCursorPager>;
  /** Items per page. */
  pageSize: number;
  /** Items on this page. */
  shown: number;
  /** Items in the whole list. */
  total: number;
  /** The next page's cursor; `null` on the last page. */
  nextCursor: string | null;
  /** What is paged ("Jobs"), so that two pagers on a page have different names. */
  name: string;
}

/** "1–25 of 40" with Previous/Next; nothing when everything fits on one page. Part: `resources-pager`. */
export function Pager({ pager, pageSize, shown, total, nextCursor, name }: PagerProps) {
  const { t } = useI18n(resources);
  if (pager.index === 0 && !nextCursor) return null;
  const from = pager.index * pageSize + 1;
  return (
    <nav data-part="resources-pager" aria-label={t("resources.pager.label", { name })}>
      <span role="status">{t("resources.pager.range", { from, to: from + shown - 1, total })}</span>
      <Button size="sm" disabled={pager.index === 0} onClick={pager.previous}>
        {t("resources.pager.previous")}
      </Button>
      <Button size="sm" disabled={!nextCursor} onClick={() => nextCursor && pager.next(nextCursor)}>
        {t("resources.pager.next")}
      </Button>
    </nav>
  );
}

/** A resource's name as a link-like button that opens it in the kit. Part: `resources-link`. */
export function ResourceLinkButton({
  link,
  onOpen,
  children,
  ...rest
}: {
  link: Pick<ResourceLink, "type" | "id">;
  onOpen: () => void;
  children: ReactNode;
  "aria-describedby"?: string;
}) {
  return (
    <button
      type="button"
      data-part="resources-link"
      data-resource-type={link.type}
      data-resource-id={link.id}
      onClick={onOpen}
      {...rest}
    >
      {children}
    </button>
  );
}

/**
 * A table's header row: each column's heading (`[label, numeric]`, translated by the caller), a
 * numeric column's right-aligned over its figures.
 */
export function TableHead({ columns }: { columns: readonly (readonly [string, boolean])[] }) {
  return (
    <thead>
      <tr>
        {columns.map(([label, numeric]) => (
          <th key={label} scope="col" data-numeric={numeric || undefined}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
