"use client";
import type { Theme } from "@customer-kit/client";
import { useCustomer, useCustomerThemes } from "@customer-kit/hooks";
import { type ThemeValues, useThemeForm } from "@customer-kit/hooks/forms";
import { useId, useState } from "react";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  Button,
  ConflictNotice,
  EmptyState,
  ErrorState,
  FormActions,
  FormErrors,
  isFieldReadOnly,
  LoadingState,
  Section,
  Skeleton,
  SubmitError,
  useErrorText,
} from "../ui";
import type { CustomerPanelProps } from "../ui/panel";
import messages from "./messages/en";

/**
 * Props of {@link ThemePicker}. Field names for `readOnly`: `themeId` (the only field; naming it
 * makes the whole picker read-only).
 */
export interface ThemePickerProps extends CustomerPanelProps {
  /** The choice, controlled (`themeId` `""` inherits): the host keeps it, gets each change. */
  value?: ThemeValues;
  /** The first choice of an uncontrolled picker, over the customer's. @default the customer's */
  defaultValue?: Partial<ThemeValues>;
  /** Called with every change of the choice. */
  onValueChange?: (values: ThemeValues) => void;
}

/** The most themes listed (the contract's page maximum is 200; a billing entity has a handful). */
const MAX_THEMES = 100;

const SOURCE_LABEL: Record<string, MessageKey> = {
  CUSTOMER: "themes.source.CUSTOMER",
  BILLING_ENTITY: "themes.source.BILLING_ENTITY",
  PLATFORM: "themes.source.PLATFORM",
};

/**
 * A theme's logo URL, if it is one an `<img>` may load: the contract gives an absolute http(s)
 * URL (the sandbox serves `/sandbox-assets/logos/<id>.svg` on the API's origin); a relative one is
 * resolved against the page, and anything else (`data:`, `javascript:`) is not shown.
 */
function logoSource(logoUrl: string | null): string | undefined {
  if (!logoUrl) return undefined;
  try {
    const base = typeof document === "undefined" ? "http://localhost/" : document.baseURI;
    const url = new URL(logoUrl, base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A small picture of a page in the theme: its background, a bar in its primary colour with its
 * logo, lines of text in its text colour, a button in its accent colour and one outlined in its text
 * colour. The colours are SVG
 * presentation attributes (`fill`, `stroke`), not styles, so a strict Content-Security-Policy
 * (no inline styles) allows them. Without a theme (inheriting one not listed) it is drawn in the
 * kit's neutral tokens by the stylesheet.
 */
function ThemePreview({ theme }: { theme?: Theme | undefined }) {
  const logo = theme && logoSource(theme.logoUrl);
  return (
    <span data-part="themes-preview" aria-hidden="true">
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: decorative (its wrapper is aria-hidden); the card names the theme. */}
      <svg data-part="themes-preview-svg" viewBox="0 0 160 90" focusable="false">
        <rect data-part="themes-preview-bg" width="160" height="90" fill={theme?.backgroundColor} />
        <rect data-part="themes-preview-bar" width="160" height="22" fill={theme?.primaryColor} />
        <g data-part="themes-preview-text" fill={theme?.textColor}>
          <rect x="12" y="34" width="84" height="6" rx="2" />
          <rect x="12" y="46" width="120" height="4" rx="2" opacity="0.55" />
          <rect x="12" y="55" width="104" height="4" rx="2" opacity="0.55" />
        </g>
        <rect
          data-part="themes-preview-button"
          x="12"
          y="68"
          width="40"
          height="12"
          rx="3"
          fill={theme?.accentColor}
        />
        <rect
          data-part="themes-preview-outline"
          x="58"
          y="68"
          width="40"
          height="12"
          rx="3"
          fill="none"
          stroke={theme?.textColor}
          opacity="0.6"
        />
      </svg>
      {/* Decorative: the card names the theme. */}
      {logo && <img data-part="themes-preview-logo" src={logo} alt="" />}
    </span>
  );
}

/**
 * The customer's branding: the theme its users see now, whether it is the customer's own choice or
 * inherited (from its billing entity or the platform), and the themes it may use as cards with a
 * preview in each theme's colours, plus "Use inherited theme". One save sends the choice.
 *
 * Parts: `themes` (the root), `themes-active`, `themes-options` (the radio group),
 * `themes-card` (`data-state="checked"|"unchecked"`), `themes-radio`, `themes-card-name`,
 * `themes-card-description`, `themes-preview` (with `-svg`, `-bg`, `-bar`, `-text`, `-button`,
 * `-outline`, `-logo`).
 */
export function ThemePicker(props: ThemePickerProps) {
  // A new form after "Reload current values": its edit is then based on the version now cached,
  // not on the one pinned when the user first chose (which would conflict again on the next save).
  const [generation, setGeneration] = useState(0);
  return <Picker key={generation} {...props} onReload={() => setGeneration((g) => g + 1)} />;
}

function Picker({
  customerId,
  readOnly,
  onReload,
  ...values
}: ThemePickerProps & { onReload: () => void }) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const errorText = useErrorText();
  const id = useId();
  const customer = useCustomer(customerId);
  const themes = useCustomerThemes(customerId, { limit: MAX_THEMES });
  const form = useThemeForm({
    customerId,
    ...(values.value && { value: values.value }),
    ...(values.defaultValue && { defaultValue: values.defaultValue }),
    ...(values.onValueChange && { onValueChange: values.onValueChange }),
  });
  const locked = isFieldReadOnly(readOnly, "themeId");
  const field = form.getFieldProps("themeId");

  if (customer.isPending || themes.isPending) {
    return (
      <div {...root} data-part="themes">
        <LoadingState>
          {/* Laid out as the content: title, description, active theme, legend, cards. */}
          <Skeleton width="sm" />
          <Skeleton width="lg" />
          <Skeleton width="md" />
          <Skeleton width="xs" />
          <div data-part="themes-options">
            {[0, 1, 2, 3].map((n) => (
              <span key={n} data-part="themes-card-skeleton">
                <Skeleton height="block" />
                <Skeleton width="md" />
                <Skeleton width="lg" />
              </span>
            ))}
          </div>
        </LoadingState>
      </div>
    );
  }
  const failed = customer.isError ? customer : themes.isError ? themes : undefined;
  if (failed) {
    return (
      <div {...root} data-part="themes">
        <ErrorState
          error={failed.error}
          onRetry={() => {
            if (customer.isError) void customer.refetch();
            if (themes.isError) void themes.refetch();
          }}
        />
      </div>
    );
  }

  const list = themes.data?.items ?? [];
  const active = form.activeTheme;
  const chosen = form.values.themeId;
  // What "Use inherited theme" shows: the inherited theme when the customer inherits it now.
  const inherited =
    active && active.source !== "CUSTOMER" ? list.find((th) => th.id === active.id) : undefined;
  const error = errorText(form.errors.themeId);
  const errorId = `${field.id}-error`;

  const card = (
    value: string,
    name: string,
    description: string,
    theme: Theme | undefined,
    inUse: boolean,
  ) => {
    const checked = chosen === value;
    const inputId = `${id}-${value || "inherit"}`;
    return (
      <label
        key={value || "inherit"}
        data-part="themes-card"
        data-state={checked ? "checked" : "unchecked"}
        data-disabled={locked ? "" : undefined}
        htmlFor={inputId}
      >
        <ThemePreview theme={theme} />
        <span data-part="themes-card-body">
          <input
            data-part="themes-radio"
            type="radio"
            id={inputId}
            name={field.name + id}
            value={value}
            checked={checked}
            disabled={locked}
            // Named by the theme's name alone; the description describes it.
            aria-labelledby={`${inputId}-name`}
            aria-describedby={`${inputId}-description`}
            onChange={() => form.setValue("themeId", value)}
          />
          <span data-part="themes-card-name" id={`${inputId}-name`}>
            {name}
          </span>
          {inUse && <Badge tone="accent">{t("themes.inUse")}</Badge>}
        </span>
        <span data-part="themes-card-description" id={`${inputId}-description`}>
          {description}
        </span>
      </label>
    );
  };

  return (
    <form {...root} data-part="themes" {...form.getFormProps()}>
      <Section title={t("themes.title")} description={t("themes.description")}>
        {form.conflict && (
          <ConflictNotice
            onReload={() => {
              form.reset();
              onReload();
            }}
          />
        )}
        <FormErrors errors={form.formErrors} />
        <SubmitError error={form.submitError} />
        <dl data-part="themes-active">
          <dt>{t("themes.active")}</dt>
          <dd>
            <span data-part="themes-active-name">{active?.name ?? t("themes.none")}</span>
            {active && (
              <Badge tone={active.source === "CUSTOMER" ? "accent" : "neutral"}>
                {t(SOURCE_LABEL[active.source] ?? "themes.source.PLATFORM")}
              </Badge>
            )}
          </dd>
        </dl>
        {list.length === 0 ? (
          <EmptyState title={t("themes.empty.title")} description={t("themes.empty.description")} />
        ) : (
          <fieldset
            data-part="themes-fieldset"
            data-invalid={error ? "" : undefined}
            aria-describedby={error ? errorId : undefined}
          >
            <legend data-part="field-label">{t("themes.available")}</legend>
            <div data-part="themes-options">
              {card(
                "",
                t("themes.inherit"),
                inherited
                  ? t("themes.inherit.current", { name: inherited.name })
                  : t("themes.inherit.description"),
                inherited,
                !!active && active.source !== "CUSTOMER",
              )}
              {list.map((theme) =>
                card(
                  theme.id,
                  theme.name,
                  theme.description,
                  theme,
                  active?.source === "CUSTOMER" && active.id === theme.id,
                ),
              )}
            </div>
            {error && (
              <p data-part="field-error" id={errorId} role="alert">
                {error}
              </p>
            )}
          </fieldset>
        )}
        {!locked && list.length > 0 && (
          <FormActions>
            {form.result && !form.isDirty && (
              <span data-part="themes-saved" role="status">
                {t("common.saved")}
              </span>
            )}
            {form.isDirty && (
              <Button variant="ghost" onClick={() => form.reset()} disabled={form.isSubmitting}>
                {t("common.discard")}
              </Button>
            )}
            <Button
              type="submit"
              variant="primary"
              busy={form.isSubmitting}
              disabled={!form.isDirty}
            >
              {form.isSubmitting ? t("common.saving") : t("common.save")}
            </Button>
          </FormActions>
        )}
      </Section>
    </form>
  );
}
