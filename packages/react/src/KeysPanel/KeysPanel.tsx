"use client";
import { isCustomerKitError, type Key, type KeyType } from "@customer-kit/client";
import { useDeleteKey, useKeys } from "@customer-kit/hooks";
import { useNewKeyForm } from "@customer-kit/hooks/forms";
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  Button,
  ConflictNotice,
  CopyButton,
  type CustomerPanelProps,
  EmptyState,
  ErrorState,
  FormActions,
  FormErrors,
  isFieldHidden,
  isFieldReadOnly,
  LoadingState,
  Notice,
  Section,
  SelectField,
  Skeleton,
  SubmitError,
  TextField,
  useErrorMessage,
} from "../ui";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { useControllable, useReturnFocus } from "../ui/controllable";
import { Pager, useCursorPager } from "../ui/lists";
import messages from "./messages/en";

const KEY_TYPES: readonly KeyType[] = [
  "USER_KEY",
  "SYSTEM_KEY",
  "PLACEMENT_KEY",
  "ADVERTISE_KEY",
  "BILLING_ENTITY_KEY",
];

/**
 * Props of {@link KeysPanel}.
 *
 * `readOnly` names: `"add"`, `"edit"`, `"remove"` (no such action); `true` is all of them.
 * `hidden` names: `"type"`, `"weight"` (the list's columns; a new key then gets the defaults).
 */
export interface KeysPanelProps extends CustomerPanelProps {
  /** Whether the add form is open, controlled. */
  addOpen?: boolean;
  /** Whether the add form is open at first, uncontrolled. @default false */
  defaultAddOpen?: boolean;
  /** Called when the add form opens or closes. */
  onAddOpenChange?: (open: boolean) => void;
  /** Keys per page (Previous/Next page through the rest). @default 25 */
  pageSize?: number;
}

/**
 * The customer's keys: name, type, value (monospaced, truncated, the whole of it in its title and
 * a copy button) and weight; add one, edit one, remove one after a confirmation that names it.
 *
 * Parts: `keys-panel`, `keys-row`, `keys-name`, `keys-value`, `keys-value-cell`, `keys-actions`,
 * `keys-form` (`data-state` `add`/`edit`), `keys-fields`.
 */
export function KeysPanel({
  customerId,
  readOnly = false,
  hidden = [],
  addOpen: addOpenProp,
  defaultAddOpen = false,
  onAddOpenChange,
  pageSize = 25,
}: KeysPanelProps) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const pager = useCursorPager();
  const keys = useKeys(customerId, {
    limit: pageSize,
    ...(pager.cursor && { cursor: pager.cursor }),
  });
  const [addOpen, setAddOpen] = useControllable(addOpenProp, defaultAddOpen, onAddOpenChange);
  // The key being edited, as it was when the edit began: its etag is the base of If-Match.
  const [editing, setEditing] = useState<Key | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focus = useReturnFocus();
  const formId = useId();
  const can = (action: string) => !isFieldReadOnly(readOnly, action);
  const formOpen = editing !== null || (addOpen && can("add"));

  const openAdd = () => {
    focus.remember();
    setEditing(null);
    setOutcome(null);
    setAddOpen(true);
  };
  const openEdit = (key: Key) => {
    focus.remember();
    setAddOpen(false);
    setOutcome(null);
    setEditing(key);
  };
  const closeForm = (message?: string) => {
    setAddOpen(false);
    setEditing(null);
    if (message) setOutcome(message);
    focus.restore(() => addRef.current);
  };

  const items = keys.data?.items ?? [];
  return (
    <div {...root} data-part="keys-panel">
      <Section
        title={t("keys.title")}
        description={t("keys.description")}
        actions={
          can("add") && (
            <Button
              ref={addRef}
              variant="primary"
              aria-expanded={addOpen}
              aria-controls={addOpen ? formId : undefined}
              onClick={() => (addOpen ? closeForm() : openAdd())}
            >
              {t("keys.add")}
            </Button>
          )
        }
      >
        {outcome && (
          <Notice tone="success" live>
            <p>{outcome}</p>
          </Notice>
        )}
        {formOpen && (
          <KeyForm
            // A form per key version: each key has its own draft, and a reload after a conflict
            // (a new etag) starts a fresh save.
            key={editing ? `${editing.id}:${editing.etag}` : "new"}
            id={formId}
            customerId={customerId}
            editing={editing}
            hidden={hidden}
            onClose={closeForm}
            onReload={(latest) => setEditing(latest)}
          />
        )}
        {keys.isPending ? (
          <KeysSkeleton hidden={hidden} />
        ) : keys.isError ? (
          <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
        ) : items.length === 0 ? (
          formOpen ? null : (
            <EmptyState
              title={t("keys.empty.title")}
              description={t("keys.empty.description")}
              action={can("add") && <Button onClick={openAdd}>{t("keys.empty.action")}</Button>}
            />
          )
        ) : (
          <KeysTable
            customerId={customerId}
            keys={items}
            hidden={hidden}
            canEdit={can("edit")}
            canRemove={can("remove")}
            onEdit={openEdit}
            onRemoved={(key) => {
              if (editing?.id === key.id) setEditing(null);
              setOutcome(t("keys.removed", { name: key.name }));
              addRef.current?.focus();
            }}
          />
        )}
        {keys.data && items.length > 0 && (
          <Pager
            pager={pager}
            pageSize={pageSize}
            shown={items.length}
            total={keys.data.total}
            nextCursor={keys.data.nextCursor}
            name={t("keys.title")}
          />
        )}
      </Section>
    </div>
  );
}

function Columns({ hidden, actions }: { hidden: readonly string[]; actions: boolean }) {
  const { t } = useI18n(messages);
  return (
    <thead>
      <tr>
        <th scope="col">{t("keys.column.name")}</th>
        {!isFieldHidden(hidden, "type") && <th scope="col">{t("keys.column.type")}</th>}
        <th scope="col">{t("keys.column.value")}</th>
        {!isFieldHidden(hidden, "weight") && (
          <th scope="col" data-numeric="">
            {t("keys.column.weight")}
          </th>
        )}
        {actions && (
          <th scope="col" data-part="keys-actions-header">
            <span data-part="visually-hidden">{t("keys.column.actions")}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}

function KeysTable({
  customerId,
  keys,
  hidden,
  canEdit,
  canRemove,
  onEdit,
  onRemoved,
}: {
  customerId: string;
  keys: readonly Key[];
  hidden: readonly string[];
  canEdit: boolean;
  canRemove: boolean;
  onEdit: (key: Key) => void;
  onRemoved: (key: Key) => void;
}) {
  const { t, number } = useI18n(messages);
  return (
    <div data-part="table-scroll">
      <table data-part="table">
        <caption data-part="visually-hidden">{t("keys.title")}</caption>
        <Columns hidden={hidden} actions={canEdit || canRemove} />
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} data-part="keys-row">
              <td data-part="keys-name">{key.name}</td>
              {!isFieldHidden(hidden, "type") && (
                <td>
                  <Badge>{t(`keyType.${key.type}`)}</Badge>
                </td>
              )}
              <td>
                <div data-part="keys-value-cell">
                  <span data-part="keys-value" title={key.value}>
                    {key.value}
                  </span>
                  <CopyButton value={key.value} label={t("keys.copy", { name: key.name })} />
                </div>
              </td>
              {!isFieldHidden(hidden, "weight") && (
                <td data-numeric="">
                  {/* Shown only in the stacked rows of a narrow panel, which have no header. */}
                  <span data-part="keys-weight-label">{t("keys.column.weight")} </span>
                  {number(key.weight)}
                </td>
              )}
              {(canEdit || canRemove) && (
                <td>
                  <div data-part="keys-actions">
                    {canEdit && (
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t("keys.edit", { name: key.name })}
                        onClick={() => onEdit(key)}
                      >
                        {t("common.edit")}
                      </Button>
                    )}
                    {canRemove && (
                      <RemoveKey customerId={customerId} keyRecord={key} onRemoved={onRemoved} />
                    )}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RemoveKey({
  customerId,
  keyRecord,
  onRemoved,
}: {
  customerId: string;
  keyRecord: Key;
  onRemoved: (key: Key) => void;
}) {
  const { t } = useI18n(messages);
  const errorMessage = useErrorMessage();
  const remove = useDeleteKey(customerId);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const confirm = async () => {
    setProblem(null);
    try {
      // The etag of the key as listed: removing a key someone changed meanwhile is refused (412).
      await remove.mutateAsync({ keyId: keyRecord.id, etag: keyRecord.etag });
      setOpen(false);
      onRemoved(keyRecord);
    } catch (error) {
      setProblem(error);
    }
  };
  const changed = isCustomerKitError(problem) && problem.status === 412;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setProblem(null);
      }}
      trigger={
        <Button size="sm" variant="ghost" aria-label={t("keys.remove", { name: keyRecord.name })}>
          {t("common.remove")}
        </Button>
      }
      title={t("keys.removeTitle", { name: keyRecord.name })}
      description={t("keys.removeDescription")}
      confirmLabel={t("keys.removeConfirm")}
      busy={remove.isPending}
      onConfirm={confirm}
      error={
        problem !== null && (
          <Notice tone={changed ? "warning" : "danger"} live>
            <p>{changed ? t("keys.changedMeanwhile") : errorMessage(problem)}</p>
          </Notice>
        )
      }
    />
  );
}

function KeysSkeleton({ hidden }: { hidden: readonly string[] }) {
  const { t } = useI18n(messages);
  const cells = 5 - ["type", "weight"].filter((n) => hidden.includes(n)).length;
  return (
    <LoadingState label={t("keys.loading")}>
      <div data-part="table-scroll">
        <table data-part="table">
          <Columns hidden={hidden} actions />
          <tbody>
            {[0, 1, 2].map((row) => (
              <tr key={row}>
                {Array.from({ length: cells }, (_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
                  <td key={i}>
                    <Skeleton width={i === 0 ? "lg" : "md"} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </LoadingState>
  );
}

function KeyForm({
  id,
  customerId,
  editing,
  hidden,
  onClose,
  onReload,
}: {
  id: string;
  customerId: string;
  editing: Key | null;
  hidden: readonly string[];
  onClose: (message?: string) => void;
  onReload: (latest: Key) => void;
}) {
  const { t } = useI18n(messages);
  const form = useNewKeyForm({ customerId, key: editing ?? undefined });
  const nameField = form.getFieldProps("name");

  // The form opens with focus on its first field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on open
  useEffect(() => {
    document.getElementById(nameField.id)?.focus();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    const saved = await form.submit(event);
    if (saved)
      onClose(
        editing ? t("keys.saved", { name: saved.name }) : t("keys.added", { name: saved.name }),
      );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };
  const title = editing ? t("keys.editTitle", { name: editing.name }) : t("keys.addTitle");
  return (
    <form
      id={id}
      data-part="keys-form"
      data-state={editing ? "edit" : "add"}
      aria-label={title}
      {...form.getFormProps()}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
    >
      <p data-part="section-title">{title}</p>
      {form.conflict && (
        <ConflictNotice
          onReload={() => {
            const latest = form.conflict?.latest.value;
            form.reset();
            if (latest) onReload(latest);
          }}
        />
      )}
      <SubmitError error={form.conflict ? undefined : form.submitError} />
      <FormErrors errors={form.formErrors} />
      <div data-part="keys-fields">
        <TextField
          label={t("keys.field.name")}
          hint={t("keys.field.nameHint")}
          field={nameField}
          error={form.errors.name}
          autoComplete="off"
        />
        {!isFieldHidden(hidden, "type") && (
          <SelectField
            label={t("keys.field.type")}
            field={form.getFieldProps("type")}
            options={KEY_TYPES.map((type) => ({ value: type, label: t(`keyType.${type}`) }))}
            error={form.errors.type}
          />
        )}
        <TextField
          label={t("keys.field.value")}
          field={form.getFieldProps("value")}
          error={form.errors.value}
          autoComplete="off"
        />
        {!isFieldHidden(hidden, "weight") && (
          <TextField
            label={t("keys.field.weight")}
            hint={t("keys.field.weightHint")}
            field={form.getFieldProps("weight")}
            error={form.errors.weight}
            inputMode="numeric"
            numeric
          />
        )}
      </div>
      <FormActions>
        <Button onClick={() => onClose()}>{t("common.cancel")}</Button>
        <Button type="submit" variant="primary" busy={form.isSubmitting}>
          {editing ? t("common.save") : t("keys.addSubmit")}
        </Button>
      </FormActions>
    </form>
  );
}
