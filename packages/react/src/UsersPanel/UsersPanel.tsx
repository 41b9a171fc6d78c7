"use client";
import { isCustomerKitError, type LanguageCode, type User } from "@customer-kit/client";
import { useDeleteUser, useUpdateUser, useUser, useUsers } from "@customer-kit/hooks";
import { type FormError, formError, useForm, useNewUserForm } from "@customer-kit/hooks/forms";
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useI18n, useRootProps } from "../i18n/context";
import {
  Badge,
  Button,
  CheckboxField,
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

const USER_TYPES = ["NORMAL", "API_KEY"] as const;
const LANGUAGES: readonly LanguageCode[] = ["en", "de", "fr", "es", "ru"];

/**
 * Props of {@link UsersPanel}.
 *
 * `readOnly` names: `"add"` (no add form), `"name"`, `"email"`, `"isAdmin"` (those fields of a
 * user, read-only), `"status"` (no disable/enable), `"remove"` (no removal); `true` is all of them.
 * `hidden` names: `"email"`, `"type"`, `"isAdmin"`, `"status"` (the list's columns) and
 * `"language"` (the add form's language field).
 */
export interface UsersPanelProps extends CustomerPanelProps {
  /** The user open for managing, controlled; `null` shows the list. */
  userId?: string | null;
  /** The user open at first, uncontrolled. @default null */
  defaultUserId?: string | null;
  /** Called when a user is opened (its id) or closed (`null`). */
  onUserIdChange?: (userId: string | null) => void;
  /** Whether the add form is open, controlled. */
  addOpen?: boolean;
  /** Whether the add form is open at first, uncontrolled. @default false */
  defaultAddOpen?: boolean;
  /** Called when the add form opens or closes. */
  onAddOpenChange?: (open: boolean) => void;
  /** Users per page (Previous/Next page through the rest). @default 25 */
  pageSize?: number;
}

/**
 * The message of a server field error only this panel knows by its code, else the error as it is
 * (the common ones, `unique` among them, are the fields' own: `field.<code>`).
 */
function useUserErrors() {
  const { t } = useI18n(messages);
  return (error: FormError | undefined, name: string): FormError | undefined => {
    if (!error) return error;
    if (error.code === "lastActiveAdmin")
      return { ...error, message: t("users.lastActiveAdmin", { name }) };
    return error;
  };
}

/** Whether a write failed because the user is the customer's last active admin. */
const isLastAdmin = (error: unknown) =>
  isCustomerKitError(error) && error.fieldErrors.some((f) => f.code === "lastActiveAdmin");

/**
 * The customer's users: the list (name, e-mail, type, admin, status), one user managed (edit
 * name, e-mail and admin flag; disable or enable; remove after a confirmation that names the
 * user), and a new user added, with the user types explained. An API-key user's credential is
 * shown once, after it is added, with a copy button; after that only its last four characters.
 *
 * Parts: `users-panel`, `users-table`, `users-row` (`data-state` `active`/`disabled`),
 * `users-name`, `users-email`, `users-hint`, `users-add-form`, `users-type`, `users-type-option`,
 * `users-credential`, `users-credential-value`, `users-manage`, `users-back`.
 */
export function UsersPanel({
  customerId,
  readOnly = false,
  hidden = [],
  userId: userIdProp,
  defaultUserId = null,
  onUserIdChange,
  addOpen: addOpenProp,
  defaultAddOpen = false,
  onAddOpenChange,
  pageSize = 25,
}: UsersPanelProps) {
  const { t } = useI18n(messages);
  const root = useRootProps();
  const [userId, setUserId] = useControllable(userIdProp, defaultUserId, onUserIdChange);
  const [addOpen, setAddOpen] = useControllable(addOpenProp, defaultAddOpen, onAddOpenChange);
  const [credential, setCredential] = useState<{ name: string; value: string } | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const pager = useCursorPager();
  const users = useUsers(customerId, {
    limit: pageSize,
    ...(pager.cursor && { cursor: pager.cursor }),
  });
  const addRef = useRef<HTMLButtonElement>(null);
  const credentialRef = useRef<HTMLDivElement>(null);
  const focus = useReturnFocus();
  const formId = useId();
  const canAdd = !isFieldReadOnly(readOnly, "add");

  const openAdd = () => {
    focus.remember();
    setOutcome(null);
    setAddOpen(true);
  };
  const closeAdd = () => {
    setAddOpen(false);
    focus.restore(() => addRef.current);
  };
  const openUser = (id: string) => {
    focus.remember();
    setOutcome(null);
    setUserId(id);
  };
  const closeUser = (message?: string) => {
    const closed = userId;
    setUserId(null);
    if (message) setOutcome(message);
    // Back to the name that opened the user (a new element: the list was re-rendered).
    focus.restore(
      () =>
        document.querySelector<HTMLElement>(`[data-part="users-name"][data-user-id="${closed}"]`) ??
        addRef.current,
    );
  };

  useEffect(() => {
    if (credential) credentialRef.current?.focus();
  }, [credential]);

  const items = users.data?.items ?? [];
  if (userId) {
    return (
      <div {...root} data-part="users-panel">
        <ManageUser
          customerId={customerId}
          userId={userId}
          listed={items.find((u) => u.id === userId)}
          readOnly={readOnly}
          onBack={closeUser}
        />
      </div>
    );
  }

  const addButton = canAdd && (
    <Button
      ref={addRef}
      variant="primary"
      aria-expanded={addOpen}
      aria-controls={addOpen ? formId : undefined}
      onClick={() => (addOpen ? closeAdd() : openAdd())}
    >
      {t("users.add")}
    </Button>
  );

  return (
    <div {...root} data-part="users-panel">
      <Section
        title={t("users.title")}
        description={t("users.description")}
        actions={addButton}
        level={3}
      >
        {credential && (
          <div data-part="users-credential" ref={credentialRef} tabIndex={-1}>
            <Notice
              tone="warning"
              live
              title={t("users.credential.title", { name: credential.name })}
              action={
                <Button
                  variant="primary"
                  onClick={() => {
                    setCredential(null);
                    addRef.current?.focus();
                  }}
                >
                  {t("users.credential.dismiss")}
                </Button>
              }
            >
              <p>{t("users.credential.warning")}</p>
              <div data-part="users-credential-value">
                <code>{credential.value}</code>
                <CopyButton value={credential.value} label={t("users.credential.copy")} />
              </div>
            </Notice>
          </div>
        )}
        {outcome && (
          <Notice tone="success" live>
            <p>{outcome}</p>
          </Notice>
        )}
        {addOpen && canAdd && (
          <AddUserForm
            id={formId}
            customerId={customerId}
            hidden={hidden}
            onClose={closeAdd}
            onCreated={(created) => {
              setAddOpen(false);
              if (created.credential) {
                setCredential({ name: created.name, value: created.credential });
              } else {
                setOutcome(t("users.added", { name: created.name }));
                focus.restore(() => addRef.current);
              }
            }}
          />
        )}
        {users.isPending ? (
          <UsersSkeleton hidden={hidden} />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => users.refetch()} />
        ) : items.length === 0 ? (
          addOpen ? null : (
            <EmptyState
              title={t("users.empty.title")}
              description={t("users.empty.description")}
              action={canAdd && <Button onClick={openAdd}>{t("users.empty.action")}</Button>}
            />
          )
        ) : (
          <>
            <UsersTable users={items} hidden={hidden} onOpen={openUser} />
            <Pager
              pager={pager}
              pageSize={pageSize}
              shown={items.length}
              total={users.data.total}
              nextCursor={users.data.nextCursor}
              name={t("users.title")}
            />
          </>
        )}
      </Section>
    </div>
  );
}

function Columns({ hidden }: { hidden: readonly string[] }) {
  const { t } = useI18n(messages);
  return (
    <thead>
      <tr>
        <th scope="col">{t("users.column.name")}</th>
        {!isFieldHidden(hidden, "type") && <th scope="col">{t("users.column.type")}</th>}
        {!isFieldHidden(hidden, "isAdmin") && <th scope="col">{t("users.column.admin")}</th>}
        {!isFieldHidden(hidden, "status") && <th scope="col">{t("users.column.status")}</th>}
      </tr>
    </thead>
  );
}

function UsersTable({
  users,
  hidden,
  onOpen,
}: {
  users: readonly User[];
  hidden: readonly string[];
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n(messages);
  return (
    <div data-part="table-scroll">
      <table data-part="table">
        <caption data-part="visually-hidden">{t("users.title")}</caption>
        <Columns hidden={hidden} />
        <tbody>
          {users.map((user) => (
            <tr
              key={user.id}
              data-part="users-row"
              data-state={user.status === "DISABLED" ? "disabled" : "active"}
            >
              {/* Name and e-mail in one cell, as settings pages list people: the table stays
                  narrow enough to read its type and status at 360 px. */}
              <td>
                <button
                  type="button"
                  data-part="users-name"
                  data-user-id={user.id}
                  onClick={() => onOpen(user.id)}
                >
                  {user.name}
                </button>
                {!isFieldHidden(hidden, "email") && (
                  <span data-part="users-email">{user.email}</span>
                )}
              </td>
              {!isFieldHidden(hidden, "type") && (
                <td>
                  <Badge tone={user.type === "API_KEY" ? "accent" : "neutral"}>
                    {t(`userType.${user.type}`)}
                  </Badge>
                  {user.credentialHint && (
                    <span data-part="users-hint">
                      {t("users.credential.hint", { hint: user.credentialHint })}
                    </span>
                  )}
                </td>
              )}
              {!isFieldHidden(hidden, "isAdmin") && (
                <td>
                  {user.isAdmin ? (
                    <Badge tone="accent">{t("users.admin")}</Badge>
                  ) : (
                    <span data-part="users-hint" data-state="not-admin">
                      {t("common.no")}
                    </span>
                  )}
                </td>
              )}
              {!isFieldHidden(hidden, "status") && (
                <td>
                  <Badge tone={user.status === "ACTIVE" ? "success" : "neutral"}>
                    {t(`userStatus.${user.status}`)}
                  </Badge>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UsersSkeleton({ hidden }: { hidden: readonly string[] }) {
  const { t } = useI18n(messages);
  const cells = 4 - ["type", "isAdmin", "status"].filter((n) => hidden.includes(n)).length;
  return (
    <LoadingState label={t("users.loading")}>
      <div data-part="table-scroll">
        <table data-part="table">
          <Columns hidden={hidden} />
          <tbody>
            {[0, 1, 2].map((row) => (
              <tr key={row}>
                {Array.from({ length: cells }, (_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
                  <td key={i}>
                    {i === 0 ? (
                      // Two lines, as the name and e-mail: the row keeps its height when they come.
                      <div data-part="users-skeleton-name">
                        <Skeleton width="md" />
                        <Skeleton width="lg" />
                      </div>
                    ) : (
                      <Skeleton width="md" />
                    )}
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

function AddUserForm({
  id,
  customerId,
  hidden,
  onClose,
  onCreated,
}: {
  id: string;
  customerId: string;
  hidden: readonly string[];
  onClose: () => void;
  onCreated: (created: { name: string; credential?: string | undefined }) => void;
}) {
  const { t } = useI18n(messages);
  const form = useNewUserForm({ customerId });
  const userError = useUserErrors();
  const nameField = form.getFieldProps("name");
  const typeField = form.getFieldProps("type");

  // The form opens with focus on its first field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on open
  useEffect(() => {
    document.getElementById(nameField.id)?.focus();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    const created = await form.submit(event);
    if (created) onCreated(created);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <form
      id={id}
      data-part="users-add-form"
      aria-label={t("users.addTitle")}
      {...form.getFormProps()}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
    >
      <p data-part="section-title">{t("users.addTitle")}</p>
      <SubmitError error={form.submitError} />
      <FormErrors errors={form.formErrors} />
      <div data-part="users-fields">
        <TextField
          label={t("users.field.name")}
          field={nameField}
          error={form.errors.name}
          autoComplete="off"
        />
        <TextField
          label={t("users.field.email")}
          type="email"
          field={form.getFieldProps("email")}
          error={userError(form.errors.email, form.values.name)}
          autoComplete="off"
        />
      </div>
      <fieldset data-part="users-type">
        <legend data-part="field-label">{t("users.field.type")}</legend>
        {USER_TYPES.map((type) => (
          <div data-part="users-type-option" key={type}>
            <input
              type="radio"
              data-part="users-type-radio"
              id={`${typeField.id}-${type}`}
              name={typeField.name}
              value={type}
              checked={form.values.type === type}
              onChange={typeField.onChange}
              aria-describedby={`${typeField.id}-${type}-hint`}
            />
            <div>
              <label data-part="field-label" htmlFor={`${typeField.id}-${type}`}>
                {t(`userType.${type}`)}
              </label>
              <p data-part="field-hint" id={`${typeField.id}-${type}-hint`}>
                {t(`users.typeHint.${type}`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <CheckboxField
        label={t("users.field.isAdmin")}
        hint={t("users.field.isAdminHint")}
        field={form.getFieldProps("isAdmin")}
        error={form.errors.isAdmin}
      />
      {!isFieldHidden(hidden, "language") && (
        <SelectField
          label={t("users.field.language")}
          optional
          field={form.getFieldProps("language")}
          placeholder={t("users.field.languageDefault")}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
          error={form.errors.language}
        />
      )}
      <FormActions>
        <Button onClick={onClose}>{t("common.cancel")}</Button>
        <Button type="submit" variant="primary" busy={form.isSubmitting}>
          {t("users.addSubmit")}
        </Button>
      </FormActions>
    </form>
  );
}

type EditValues = { name: string; email: string; isAdmin: boolean };

/**
 * Edits one user's name, e-mail and admin flag: the hooks have no form for it (only the new user's),
 * so it is the form core over `useUpdateUser`, with the user's version pinned on the first change
 * (a refetch while the user types must not hide someone else's change from `If-Match`).
 */
function useEditUserForm(customerId: string, user: User) {
  const update = useUpdateUser(customerId);
  const pinned = useRef<User | undefined>(undefined);
  const form = useForm<EditValues, User>({
    base: { name: user.name, email: user.email, isAdmin: user.isAdmin },
    draftKey: `user:${customerId}:${user.id}`,
    onValueChange: () => {
      pinned.current ??= user;
    },
    prepare: (v) => ({ ...v, name: v.name.trim(), email: v.email.trim() }),
    validate: (v) => ({
      ...(!v.name && { name: formError("required") }),
      ...(!v.email
        ? { email: formError("required") }
        : !/^[^\s@]+@[^\s@]+$/.test(v.email) && { email: formError("email") }),
    }),
    submit: async (_v, changed) => {
      const saved = await update.mutateAsync({
        userId: user.id,
        body: changed,
        base: pinned.current ?? user,
      });
      pinned.current = undefined;
      return saved.value;
    },
  });
  return {
    ...form,
    conflict: update.conflict,
    /** Drops the pinned version and the edits: the form shows the current values. */
    reload: () => {
      pinned.current = undefined;
      update.reset();
      form.reset();
    },
  };
}

function ManageUser({
  customerId,
  userId,
  listed,
  readOnly,
  onBack,
}: {
  customerId: string;
  userId: string;
  listed: User | undefined;
  readOnly: UsersPanelProps["readOnly"];
  onBack: (message?: string) => void;
}) {
  const { t } = useI18n(messages);
  const detail = useUser(customerId, userId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const user = detail.data ?? listed;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Its own wrapper: the Button's data-part stays "button" (a passed data-part would replace it).
  const back = (
    <div data-part="users-back">
      <Button variant="ghost" size="sm" onClick={() => onBack()}>
        {t("users.back")}
      </Button>
    </div>
  );
  if (!user) {
    return (
      <div data-part="users-manage">
        {back}
        {detail.isError ? (
          <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
        ) : (
          <LoadingState>
            <Skeleton width="sm" />
            <Skeleton height="control" />
            <Skeleton height="control" />
          </LoadingState>
        )}
      </div>
    );
  }
  return (
    <div data-part="users-manage">
      {back}
      <header data-part="section-header">
        <div>
          <h3 data-part="section-title" ref={headingRef} tabIndex={-1}>
            {user.name}
          </h3>
          <p data-part="section-description">{user.email}</p>
        </div>
        <div data-part="section-actions">
          <Badge tone={user.type === "API_KEY" ? "accent" : "neutral"}>
            {t(`userType.${user.type}`)}
          </Badge>
          {user.isAdmin && <Badge tone="accent">{t("users.admin")}</Badge>}
          <Badge tone={user.status === "ACTIVE" ? "success" : "neutral"}>
            {t(`userStatus.${user.status}`)}
          </Badge>
        </div>
      </header>
      {user.credentialHint && (
        <p data-part="users-hint">{t("users.credential.hint", { hint: user.credentialHint })}</p>
      )}
      <EditUser customerId={customerId} user={user} readOnly={readOnly} />
      <UserAccess customerId={customerId} user={user} readOnly={readOnly} onRemoved={onBack} />
    </div>
  );
}

function EditUser({
  customerId,
  user,
  readOnly,
}: {
  customerId: string;
  user: User;
  readOnly: UsersPanelProps["readOnly"];
}) {
  const { t } = useI18n(messages);
  const form = useEditUserForm(customerId, user);
  const userError = useUserErrors();
  const [saved, setSaved] = useState(false);
  const ro = (name: string) => isFieldReadOnly(readOnly, name);
  const all = ro("name") && ro("email") && ro("isAdmin");

  const onSubmit = async (event: FormEvent) => {
    setSaved(false);
    if (await form.submit(event)) setSaved(true);
  };
  return (
    <form {...form.getFormProps()} onSubmit={onSubmit} aria-label={t("users.editTitle")}>
      <Section title={t("users.editTitle")} level={4}>
        {form.conflict && <ConflictNotice onReload={form.reload} />}
        <SubmitError error={form.conflict ? undefined : form.submitError} />
        <FormErrors errors={form.formErrors} />
        <div data-part="users-fields">
          <TextField
            label={t("users.field.name")}
            field={form.getFieldProps("name")}
            error={form.errors.name}
            readOnly={ro("name")}
            autoComplete="off"
          />
          <TextField
            label={t("users.field.email")}
            type="email"
            field={form.getFieldProps("email")}
            error={userError(form.errors.email, user.name)}
            readOnly={ro("email")}
            autoComplete="off"
          />
        </div>
        <CheckboxField
          label={t("users.field.isAdmin")}
          hint={t("users.field.isAdminHint")}
          field={form.getFieldProps("isAdmin")}
          error={userError(form.errors.isAdmin, user.name)}
          disabled={ro("isAdmin")}
        />
        {!all && (
          <FormActions>
            {saved && !form.isDirty && (
              <span data-part="users-hint" role="status">
                {t("common.saved")}
              </span>
            )}
            {form.isDirty && (
              <Button variant="ghost" onClick={form.reset}>
                {t("common.discard")}
              </Button>
            )}
            <Button
              type="submit"
              variant="primary"
              busy={form.isSubmitting}
              disabled={!form.isDirty}
            >
              {t("common.save")}
            </Button>
          </FormActions>
        )}
      </Section>
    </form>
  );
}

function UserAccess({
  customerId,
  user,
  readOnly,
  onRemoved,
}: {
  customerId: string;
  user: User;
  readOnly: UsersPanelProps["readOnly"];
  onRemoved: (message: string) => void;
}) {
  const { t } = useI18n(messages);
  const errorMessage = useErrorMessage();
  const update = useUpdateUser(customerId);
  const remove = useDeleteUser(customerId);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const canStatus = !isFieldReadOnly(readOnly, "status");
  const canRemove = !isFieldReadOnly(readOnly, "remove");
  if (!canStatus && !canRemove) return null;

  const disabled = user.status === "DISABLED";
  const describe = (error: unknown) =>
    isLastAdmin(error)
      ? t("users.lastActiveAdmin", { name: user.name })
      : isCustomerKitError(error) && error.status === 412
        ? t("users.changedMeanwhile")
        : errorMessage(error);

  const toggle = async () => {
    setProblem(null);
    try {
      await update.mutateAsync({
        userId: user.id,
        body: { status: disabled ? "ACTIVE" : "DISABLED" },
        base: user,
      });
    } catch (error) {
      setProblem(error);
    }
  };
  const confirmRemove = async () => {
    setProblem(null);
    try {
      await remove.mutateAsync({ userId: user.id, etag: user.etag });
      setConfirming(false);
      onRemoved(t("users.removed", { name: user.name }));
    } catch (error) {
      setConfirming(false);
      setProblem(error);
    }
  };

  return (
    <Section title={t("users.accessTitle")} level={4}>
      {problem !== null && (
        <Notice tone="danger" live title={t("users.refused")}>
          <p>{describe(problem)}</p>
        </Notice>
      )}
      {canStatus && (
        <div data-part="users-action">
          <div>
            <p data-part="notice-title">
              {disabled ? t("users.enable.title") : t("users.disable.title")}
            </p>
            <p data-part="field-hint">
              {disabled ? t("users.enable.description") : t("users.disable.description")}
            </p>
          </div>
          <Button busy={update.isPending} onClick={toggle}>
            {disabled ? t("users.enable.action") : t("users.disable.action")}
          </Button>
        </div>
      )}
      {canRemove && (
        <div data-part="users-action">
          <div>
            <p data-part="notice-title">{t("users.remove.action")}</p>
            <p data-part="field-hint">{t("users.remove.hint")}</p>
          </div>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            trigger={<Button variant="danger">{t("users.remove.action")}</Button>}
            title={t("users.remove.title", { name: user.name })}
            description={t("users.remove.description", { name: user.name })}
            confirmLabel={t("users.remove.confirm")}
            busy={remove.isPending}
            onConfirm={confirmRemove}
          />
        </div>
      )}
    </Section>
  );
}
