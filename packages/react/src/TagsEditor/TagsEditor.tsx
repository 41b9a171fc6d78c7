"use client";
import { useCustomerTags } from "@customer-kit/hooks";
import { type FormValueProps, type TagsValues, useTagsForm } from "@customer-kit/hooks/forms";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Button,
  ConflictNotice,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  FieldShell,
  FormActions,
  FormErrors,
  isFieldReadOnly,
  LoadingState,
  Section,
  Skeleton,
  SubmitError,
  useErrorText,
} from "../ui";
import messages from "./messages/en";

/**
 * Props of {@link TagsEditor}. `readOnly` takes `true` or `["tags"]` (the one field): the tags are
 * shown, nothing can be added, removed or saved.
 */
export interface TagsEditorProps extends CustomerPanelProps, FormValueProps<TagsValues> {
  /** Called after a save. */
  onSaved?: () => void;
}

/**
 * The customer's availability tags (the seed's Availability sub-tab): the tags as removable chips,
 * an "Include" input that adds one tag at a time with completion from the tags in use (the
 * WAI-ARIA combobox pattern: arrow keys move through the suggestions, Enter adds, Escape closes),
 * and one save of the whole set with `If-Match`.
 *
 * Parts: `tags`, `tags-list`, `tags-chip`, `tags-chip-remove`, `tags-entry` (the input and its
 * Add button), `tags-combobox` (input and popup), `tags-listbox`, `tags-option` (with
 * `data-state="active"` on the one the arrow keys are on), `tags-status`.
 */
export function TagsEditor(props: TagsEditorProps) {
  // A reload after a conflict remounts the form, so that its next edit starts from the version
  // now cached (the hook pins the version of the first edit for the life of the form).
  const [generation, setGeneration] = useState(0);
  return (
    <TagsEditorBody key={generation} {...props} onReloaded={() => setGeneration((g) => g + 1)} />
  );
}

function TagsEditorBody({
  customerId,
  readOnly = false,
  value,
  defaultValue,
  onValueChange,
  onSaved,
  onReloaded,
}: TagsEditorProps & { onReloaded: () => void }) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const errorText = useErrorText();
  const query = useCustomerTags(customerId);
  const form = useTagsForm({
    customerId,
    ...(value !== undefined && { value }),
    ...(defaultValue !== undefined && { defaultValue }),
    ...(onValueChange !== undefined && { onValueChange }),
  });
  const listboxId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const description = t("tags.description");
  if (!query.data && query.error)
    return (
      <div {...root} data-part="tags">
        <Section title={t("tags.title")} description={description}>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </Section>
      </div>
    );
  if (!query.data)
    return (
      <div {...root} data-part="tags">
        <Section title={t("tags.title")} description={description}>
          <LoadingState>
            <div data-part="tags-list">
              <Skeleton width="xs" height="control" />
              <Skeleton width="xs" height="control" />
              <Skeleton width="xs" height="control" />
            </div>
            <div data-part="field">
              <Skeleton width="sm" />
              <Skeleton height="control" />
            </div>
          </LoadingState>
        </Section>
      </div>
    );

  const locked = isFieldReadOnly(readOnly, "tags");
  const { tags } = form.values;
  const suggestions = form.suggestions;
  const expanded = open && suggestions.length > 0;
  const optionId = (i: number) => `${listboxId}-${i}`;
  const field = form.getFieldProps("tag");
  const saved = form.result !== undefined && !form.dirty.tags;
  const tagsError = errorText(form.errors.tags);

  const add = (tag?: string) => {
    if (form.addTag(tag)) {
      setOpen(false);
      setActive(-1);
    }
    inputRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setOpen(true);
      // Opening with ArrowUp starts from the last suggestion, as the pattern's examples do.
      setActive((i) => (!expanded ? (step > 0 ? 0 : count - 1) : (i + step + count) % count));
    } else if (event.key === "Enter") {
      event.preventDefault();
      add(expanded && active >= 0 ? suggestions[active] : undefined);
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  return (
    <form
      {...root}
      data-part="tags"
      noValidate
      onSubmit={async (event) => {
        if (await form.submit(event)) onSaved?.();
      }}
    >
      <Section title={t("tags.title")} description={description}>
        {tags.length === 0 ? (
          <EmptyState
            title={t("tags.empty.title")}
            description={t("tags.empty.description")}
            {...(!locked && {
              action: (
                <Button size="sm" onClick={() => inputRef.current?.focus()}>
                  {t("tags.empty.action")}
                </Button>
              ),
            })}
          />
        ) : (
          <ul
            data-part="tags-list"
            aria-label={t("tags.list")}
            aria-describedby={tagsError ? `${field.id}-tags-error` : undefined}
          >
            {tags.map((tag) => (
              <li key={tag} data-part="tags-chip">
                <span>{tag}</span>
                {!locked && (
                  <button
                    type="button"
                    data-part="tags-chip-remove"
                    aria-label={t("tags.remove", { tag })}
                    onClick={() => {
                      form.removeTag(tag);
                      inputRef.current?.focus();
                    }}
                  >
                    <svg viewBox="0 0 16 16" aria-hidden="true">
                      <path d="M4 4l8 8M12 4l-8 8" />
                    </svg>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {tagsError && (
          <p data-part="field-error" id={`${field.id}-tags-error`} role="alert">
            {tagsError}
          </p>
        )}

        {!locked && (
          <FieldShell
            label={t("tags.include")}
            hint={t("tags.include.hint")}
            field={field}
            error={form.errors.tag}
          >
            <div data-part="tags-entry">
              <div data-part="tags-combobox">
                <div data-part="input-frame">
                  <input
                    ref={inputRef}
                    data-part="input"
                    type="text"
                    autoComplete="off"
                    spellCheck={false}
                    {...field}
                    role="combobox"
                    aria-autocomplete="list"
                    aria-expanded={expanded}
                    aria-controls={listboxId}
                    aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
                    aria-describedby={
                      [field["aria-describedby"], `${field.id}-hint`].filter(Boolean).join(" ") ||
                      undefined
                    }
                    onChange={(event) => {
                      field.onChange(event);
                      setOpen(true);
                      setActive(-1);
                    }}
                    onBlur={() => {
                      setOpen(false);
                      setActive(-1);
                    }}
                    onKeyDown={onKeyDown}
                  />
                </div>
                <div
                  id={listboxId}
                  role="listbox"
                  data-part="tags-listbox"
                  aria-label={t("tags.suggestions")}
                  hidden={!expanded}
                >
                  {suggestions.map((tag, i) => (
                    // The combobox pattern: focus stays in the input, which owns the keyboard
                    // (aria-activedescendant); options are never focused, a click picks one.
                    // biome-ignore lint/a11y/useFocusableInteractive: see above.
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys.
                    <div
                      key={tag}
                      id={optionId(i)}
                      role="option"
                      data-part="tags-option"
                      data-state={i === active ? "active" : undefined}
                      aria-selected={i === active}
                      // Keep the focus in the input: a click on an option must not blur it first.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => add(tag)}
                    >
                      {tag}
                    </div>
                  ))}
                </div>
              </div>
              <Button onClick={() => add()}>{t("tags.add")}</Button>
            </div>
          </FieldShell>
        )}

        {form.conflict && (
          <ConflictNotice
            onReload={() => {
              form.reset();
              onReloaded();
            }}
          >
            <p>
              {t("tags.conflict.theirs", {
                tags: form.conflict.latest.value.tags.join(", ") || t("common.none"),
              })}
            </p>
          </ConflictNotice>
        )}
        <FormErrors errors={form.formErrors} />
        {!form.conflict && <SubmitError error={form.submitError} />}

        {!locked && (
          <FormActions>
            <p data-part="tags-status" role="status">
              {saved ? t("common.saved") : ""}
            </p>
            {form.dirty.tags && (
              <Button variant="ghost" onClick={() => form.reset()} disabled={form.isSubmitting}>
                {t("common.discard")}
              </Button>
            )}
            <Button
              type="submit"
              variant="primary"
              busy={form.isSubmitting}
              // What is typed but not added is not a change of the tags: Add first, then Save.
              disabled={!form.dirty.tags && !form.isSubmitting}
            >
              {form.isSubmitting ? t("common.saving") : t("common.save")}
            </Button>
          </FormActions>
        )}
      </Section>
    </form>
  );
}
