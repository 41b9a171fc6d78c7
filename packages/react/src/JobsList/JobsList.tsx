"use client";
import type { Job, ResourceLink } from "@customer-kit/client";
import { useJobs } from "@customer-kit/hooks";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  type BadgeProps,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  isFieldHidden,
  LoadingState,
  Section,
  SkeletonRows,
} from "../ui";
import { Pager, ResourceLinkButton, useCursorPager } from "../ui/lists";
import messages from "./messages/en";

/** The resource types a kit view exists for: their links can be followed. */
export const NAVIGABLE_TYPES: readonly ResourceLink["type"][] = ["VDC", "SERVER", "DISK", "USER"];

/**
 * Props of {@link JobsList}.
 *
 * `readOnly` has no effect (the list is read-only). `hidden` names: `"createdBy"` (who started
 * it), `"finished"` (the column).
 */
export interface JobsListProps extends CustomerPanelProps {
  /**
   * Opens a job's resource (a VDC, server, disk or user) where the host or the dialog shows it.
   * Without it, resources are plain names.
   */
  onNavigate?: (link: ResourceLink) => void;
  /** The types `onNavigate` can open. @default ["VDC", "SERVER", "DISK", "USER"] */
  navigableTypes?: readonly ResourceLink["type"][];
  /** Jobs per page. @default 25 */
  pageSize?: number;
}

const TONES: Record<Job["status"], BadgeProps["tone"]> = {
  QUEUED: "neutral",
  IN_PROGRESS: "accent",
  SUCCESSFUL: "success",
  FAILED: "danger",
  CANCELLED: "warning",
};

/**
 * The customer's jobs, newest first: status, what it was (and who started it), its resource (a
 * link through `onNavigate` when the kit has a view of it), started and finished; paged.
 *
 * Parts: `jobs-list`, `jobs-meta` and the shared `resources-link`, `resources-pager` (ui/lists.tsx).
 */
export function JobsList({
  customerId,
  hidden = [],
  onNavigate,
  navigableTypes = NAVIGABLE_TYPES,
  pageSize = 25,
}: JobsListProps) {
  const { t, dateTime } = useI18n(messages);
  const root = useRootProps();
  const pager = useCursorPager();
  const jobs = useJobs(customerId, {
    limit: pageSize,
    ...(pager.cursor && { cursor: pager.cursor }),
  });
  const showFinished = !isFieldHidden(hidden, "finished");
  let body: React.ReactNode;
  if (jobs.isPending)
    body = (
      <LoadingState label={t("jobs.loading")}>
        <SkeletonRows />
      </LoadingState>
    );
  else if (jobs.isError) body = <ErrorState error={jobs.error} onRetry={() => jobs.refetch()} />;
  else if (jobs.data.items.length === 0)
    body = <EmptyState title={t("jobs.empty.title")} description={t("jobs.empty.description")} />;
  else
    body = (
      <>
        <div data-part="table-scroll">
          <table data-part="table" aria-label={t("jobs.title")}>
            <thead>
              <tr>
                <th scope="col">{t("jobs.col.status")}</th>
                <th scope="col">{t("jobs.col.job")}</th>
                <th scope="col">{t("jobs.col.resource")}</th>
                <th scope="col">{t("jobs.col.started")}</th>
                {showFinished && <th scope="col">{t("jobs.col.finished")}</th>}
              </tr>
            </thead>
            <tbody>
              {jobs.data.items.map((job) => (
                <tr key={job.id}>
                  <td>
                    <Badge tone={TONES[job.status]}>{t(`jobs.jobStatus.${job.status}`)}</Badge>
                  </td>
                  <td>
                    {job.description}
                    {!isFieldHidden(hidden, "createdBy") && (
                      <span data-part="jobs-meta">
                        {t("jobs.by", { name: job.createdBy })}
                        {job.reason && ` · ${job.reason}`}
                      </span>
                    )}
                  </td>
                  <td>
                    {!job.resource ? (
                      t("common.none")
                    ) : onNavigate &&
                      job.resource.href &&
                      navigableTypes.includes(job.resource.type) ? (
                      <ResourceLinkButton
                        link={job.resource}
                        onOpen={() => job.resource && onNavigate(job.resource)}
                      >
                        {job.resource.name}
                      </ResourceLinkButton>
                    ) : (
                      job.resource.name
                    )}
                    {job.resource && (
                      <span data-part="jobs-meta">{t(`resourceType.${job.resource.type}`)}</span>
                    )}
                  </td>
                  <td>{dateTime(job.startedAt)}</td>
                  {showFinished && (
                    <td>{job.endedAt ? dateTime(job.endedAt) : t("jobs.notFinished")}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager
          name={t("jobs.title")}
          pager={pager}
          pageSize={pageSize}
          shown={jobs.data.items.length}
          total={jobs.data.total}
          nextCursor={jobs.data.nextCursor}
        />
      </>
    );
  return (
    <div {...root} data-part="jobs-list">
      <Section title={t("jobs.title")} description={t("jobs.description")}>
        {body}
      </Section>
    </div>
  );
}
