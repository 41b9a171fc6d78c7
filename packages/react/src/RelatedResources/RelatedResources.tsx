"use client";
import type { ResourceLink } from "@customer-kit/client";
import { useRelatedResources } from "@customer-kit/hooks";
import { useI18n, useRootProps } from "../i18n/context";
import { NAVIGABLE_TYPES } from "../JobsList/JobsList";
import {
  CopyButton,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  LoadingState,
  Section,
  SkeletonRows,
} from "../ui";
import { Pager, ResourceLinkButton, useCursorPager } from "../ui/lists";
import messages from "./messages/en";

/** Props of {@link RelatedResources}. `readOnly` and `hidden` have no names here (read-only list). */
export interface RelatedResourcesProps extends CustomerPanelProps {
  /**
   * Opens a manageable resource (a VDC, server, disk or user) where the host or the dialog shows
   * it. Without it, every resource shows its UUID with a copy button.
   */
  onNavigate?: (link: ResourceLink) => void;
  /** The types `onNavigate` can open. @default ["VDC", "SERVER", "DISK", "USER"] */
  navigableTypes?: readonly ResourceLink["type"][];
  /** Resources per page. @default 25 */
  pageSize?: number;
}

/**
 * The resources linked to the customer (billing entity, plan, theme, users, VDCs, servers, disks,
 * networks, images, …): its type and name; manageable ones are links through `onNavigate`, the
 * rest show their UUID with a copy button.
 *
 * Parts: `related-resources`, `related-id` and the shared `resources-link`, `resources-pager`.
 */
export function RelatedResources({
  customerId,
  onNavigate,
  navigableTypes = NAVIGABLE_TYPES,
  pageSize = 25,
}: RelatedResourcesProps) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const pager = useCursorPager();
  const related = useRelatedResources(customerId, {
    limit: pageSize,
    ...(pager.cursor && { cursor: pager.cursor }),
  });
  let body: React.ReactNode;
  if (related.isPending)
    body = (
      <LoadingState label={t("related.loading")}>
        <SkeletonRows />
      </LoadingState>
    );
  else if (related.isError)
    body = <ErrorState error={related.error} onRetry={() => related.refetch()} />;
  else if (related.data.items.length === 0)
    body = (
      <EmptyState title={t("related.empty.title")} description={t("related.empty.description")} />
    );
  else
    body = (
      <>
        <div data-part="table-scroll">
          <table data-part="table" aria-label={t("related.title")}>
            <thead>
              <tr>
                <th scope="col">{t("related.col.type")}</th>
                <th scope="col">{t("related.col.name")}</th>
                <th scope="col">{t("related.col.id")}</th>
              </tr>
            </thead>
            <tbody>
              {related.data.items.map((item) => {
                const navigable =
                  onNavigate && item.manageable && item.href && navigableTypes.includes(item.type);
                return (
                  <tr key={`${item.type}:${item.id}`}>
                    <td>{t(`resourceType.${item.type}`)}</td>
                    <td>
                      {navigable ? (
                        <ResourceLinkButton
                          link={item}
                          onOpen={() =>
                            onNavigate({
                              type: item.type,
                              id: item.id,
                              name: item.name,
                              href: item.href,
                            })
                          }
                        >
                          {item.name}
                        </ResourceLinkButton>
                      ) : (
                        item.name
                      )}
                    </td>
                    <td>
                      {!navigable && (
                        <span data-part="related-id">
                          <code title={item.id}>{item.id}</code>
                          <CopyButton
                            value={item.id}
                            label={t("related.copy", { name: item.name })}
                          />
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Pager
          name={t("related.title")}
          pager={pager}
          pageSize={pageSize}
          shown={related.data.items.length}
          total={related.data.total}
          nextCursor={related.data.nextCursor}
        />
      </>
    );
  return (
    <div {...root} data-part="related-resources">
      <Section title={t("related.title")} description={t("related.description")}>
        {body}
      </Section>
    </div>
  );
}
