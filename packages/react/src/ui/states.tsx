"use client";
import { isCustomerKitError } from "@customer-kit/client";
import type { FormError } from "@customer-kit/hooks/forms";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/context";
import { Button } from "./Button";

/** Props of {@link Skeleton}. */
export interface SkeletonProps {
  /** How wide, as a share of the line. @default "full" */
  width?: "xs" | "sm" | "md" | "lg" | "full";
  /** The height of the thing it stands for. @default "text" */
  height?: "text" | "control" | "row" | "block";
}

/** A grey shape the size of what is loading, so nothing jumps when it arrives. */
export function Skeleton({ width = "full", height = "text" }: SkeletonProps) {
  return <span data-part="skeleton" data-width={width} data-height={height} aria-hidden="true" />;
}

/**
 * `count` skeletons a table row high: a list's rows while it loads (inside {@link LoadingState}).
 * @default count 4
 */
export function SkeletonRows({ count = 4 }: { count?: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with no identity.
        <Skeleton key={i} height="row" />
      ))}
    </>
  );
}

/**
 * A loading region: skeletons for sighted users, one polite "Loading…" for screen readers.
 * `children` are the skeletons, laid out like the content.
 */
export function LoadingState({ children, label }: { children: ReactNode; label?: string }) {
  const { t } = useI18n();
  return (
    <div data-part="loading" aria-busy="true">
      <span data-part="visually-hidden" role="status">
        {label ?? t("common.loading")}
      </span>
      {children}
    </div>
  );
}

/** The user-facing text of an error from the client (`CustomerKitError`) or anything else. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    if (!isCustomerKitError(error)) return t("error.server");
    if (error.kind === "network") return t("error.network");
    if (error.kind === "timeout") return t("error.timeout");
    if (error.status === 404) return t("error.notFound");
    if (error.status === 401) return t("error.unauthorized");
    if (error.status >= 500) return t("error.server");
    return error.detail ?? error.title;
  };
}

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  /** What failed (a `CustomerKitError`, usually a query's `error`). */
  error: unknown;
  /** Tries again (a query's `refetch`); without it, no button. */
  onRetry?: () => void;
  /** A heading over the message. @default "Something went wrong" */
  title?: string;
}

/** What failed, in words, with a way to try again. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useI18n();
  const message = useErrorMessage()(error);
  return (
    <div data-part="error-state" role="alert">
      <p data-part="state-title">{title ?? t("error.title")}</p>
      <p data-part="state-description">{message}</p>
      {onRetry && (
        <Button size="sm" onClick={() => onRetry()}>
          {t("common.retry")}
        </Button>
      )}
    </div>
  );
}

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** A button or link that fills the emptiness (“Add a user”). */
  action?: ReactNode;
}

/** There is nothing here yet, and what to do about it. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div data-part="empty-state">
      <p data-part="state-title">{title}</p>
      {description && <p data-part="state-description">{description}</p>}
      {action}
    </div>
  );
}

/** Props of {@link ConflictNotice}. */
export interface ConflictNoticeProps {
  /** Drops the stale version and shows the current values (the user's edits stay as a draft, or go). */
  onReload: () => void;
  /** More to say (which fields someone else changed). */
  children?: ReactNode;
}

/** Someone else saved first: the user's input is kept; reload, look, save again. */
export function ConflictNotice({ onReload, children }: ConflictNoticeProps) {
  const { t } = useI18n();
  return (
    <div data-part="notice" data-tone="warning" role="alert">
      <div>
        <p data-part="notice-title">{t("conflict.title")}</p>
        <p>{t("conflict.description")}</p>
        {children}
      </div>
      <Button size="sm" onClick={onReload}>
        {t("conflict.reload")}
      </Button>
    </div>
  );
}

/** Props of {@link Notice}. */
export interface NoticeProps {
  /** @default "info" */
  tone?: "info" | "warning" | "danger" | "success";
  title?: ReactNode;
  children?: ReactNode;
  /** A button at the end. */
  action?: ReactNode;
  /** Announce it as it appears (an outcome, not a standing hint). @default false */
  live?: boolean;
}

/** A boxed message: a hint, a warning, an outcome. */
export function Notice({ tone = "info", title, children, action, live }: NoticeProps) {
  return (
    <div
      data-part="notice"
      data-tone={tone}
      role={live ? (tone === "danger" ? "alert" : "status") : undefined}
    >
      <div>
        {title && <p data-part="notice-title">{title}</p>}
        {children}
      </div>
      {action}
    </div>
  );
}

/** The server's errors that name no field of the form (a form hook's `formErrors`). */
export function FormErrors({ errors }: { errors: readonly FormError[] }) {
  const { t } = useI18n();
  if (!errors.length) return null;
  return (
    <div data-part="notice" data-tone="danger" role="alert">
      <div>
        <p data-part="notice-title">{t("error.formErrors")}</p>
        <ul data-part="form-errors">
          {errors.map((e) => (
            <li key={`${e.field}:${e.code}`}>{e.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The error of a failed submit that is not a field's (network, 5xx): a message over the form. */
export function SubmitError({ error }: { error: unknown }) {
  const message = useErrorMessage()(error);
  if (!error) return null;
  // Field errors and conflicts are shown where they belong; this is for the rest.
  if (isCustomerKitError(error) && (error.fieldErrors.length > 0 || error.status === 412))
    return null;
  return (
    <div data-part="notice" data-tone="danger" role="alert">
      <p>{message}</p>
    </div>
  );
}
