"use client";
import { type ReactNode, useState } from "react";
import { useI18n } from "../i18n/context";
import { Button } from "./Button";

/** Props of {@link Section}. */
export interface SectionProps {
  /** The section's heading. */
  title: ReactNode;
  /** A line under the heading. */
  description?: ReactNode;
  /** Buttons at the heading's end. */
  actions?: ReactNode;
  children?: ReactNode;
  /** The section's part name. @default "section" */
  part?: string;
  /** The heading's level. @default 3 */
  level?: 2 | 3 | 4;
}

/** A titled block of a panel, as a settings page has them. */
export function Section({
  title,
  description,
  actions,
  children,
  part = "section",
  level = 3,
}: SectionProps) {
  const Heading = `h${level}` as "h3";
  return (
    <section data-part={part}>
      <header data-part="section-header">
        <div>
          <Heading data-part="section-title">{title}</Heading>
          {description && <p data-part="section-description">{description}</p>}
        </div>
        {actions && <div data-part="section-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/** The row of buttons at the end of a form: secondary actions first, the primary one last. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div data-part="form-actions">{children}</div>;
}

/** Props of {@link Badge}. */
export interface BadgeProps {
  /** @default "neutral" */
  tone?: "neutral" | "accent" | "success" | "warning" | "danger";
  children: ReactNode;
}

/** A short status label. */
export function Badge({ tone = "neutral", children }: BadgeProps) {
  return (
    <span data-part="badge" data-tone={tone}>
      {children}
    </span>
  );
}

/** Props of {@link Meter}. */
export interface MeterProps {
  /** How much is used. */
  value: number;
  /** The limit; `null` when there is none (then no bar is drawn). */
  max: number | null;
  /** The accessible name ("Servers"). */
  label: string;
  /** What a screen reader hears for the value ("3 of 10"). */
  valueText: string;
}

/**
 * A "used of limit" bar. Drawn in SVG with a `width` attribute, not a `style`, so that a strict
 * Content-Security-Policy (no inline styles) allows it; `data-state` is `ok`, `warning` (80% or
 * more) or `over` (at or past the limit).
 */
export function Meter({ value, max, label, valueText }: MeterProps) {
  if (max === null) return null;
  const share = max <= 0 ? (value > 0 ? 1 : 0) : Math.min(value / max, 1);
  const state =
    max <= 0
      ? value > 0
        ? "over"
        : "ok"
      : value >= max
        ? "over"
        : share >= 0.8
          ? "warning"
          : "ok";
  return (
    // biome-ignore lint/a11y/useSemanticElements: <meter> is drawn by each browser its own way and styled through vendor pseudo-elements; an SVG with role="meter" looks the same everywhere and is sized by attributes.
    <svg
      data-part="meter"
      data-state={state}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
      viewBox="0 0 100 4"
      preserveAspectRatio="none"
    >
      <rect data-part="meter-track" x="0" y="0" width="100" height="4" />
      <rect data-part="meter-fill" x="0" y="0" width={(share * 100).toFixed(2)} height="4" />
    </svg>
  );
}

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** What goes to the clipboard. */
  value: string;
  /** The button's accessible name. @default "Copy" */
  label?: string;
}

/** Copies `value` and says so for two seconds ("Copied", announced politely). */
export function CopyButton({ value, label }: CopyButtonProps) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <Button
      size="sm"
      variant="secondary"
      aria-label={label}
      onClick={async () => {
        await navigator.clipboard?.writeText(value);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <span aria-live="polite">{copied ? t("common.copied") : t("common.copy")}</span>
    </Button>
  );
}
