"use client";
import type { LanguageCode, UserCreated, UserType } from "@customer-kit/client";
import { constraints } from "../generated/constraints";
import { useCreateUser } from "../mutations";
import { formError, useForm } from "./core";
import { type CustomerFormOptions, orNull } from "./customer";

/** The values of {@link useNewUserForm}; `language` `""` follows the customer's. */
export type NewUserValues = {
  name: string;
  email: string;
  type: UserType;
  isAdmin: boolean;
  language: LanguageCode | "";
};

/**
 * A new user of the customer. An e-mail address another user has is an error on `email` (the
 * server's 409). For an `API_KEY` user, `credential` is its secret, shown once: it is there after
 * the save until the form changes again, and no later answer has it.
 * @default type "NORMAL", isAdmin false, language "" (the customer's)
 */
export function useNewUserForm({ customerId, ...props }: CustomerFormOptions<NewUserValues>) {
  const create = useCreateUser(customerId);
  const form = useForm<NewUserValues, UserCreated>({
    ...props,
    base: { name: "", email: "", type: "NORMAL", isAdmin: false, language: "" },
    draftKey: `newUser:${customerId}`,
    constraints: constraints.UserCreate,
    prepare: (v) => ({ ...v, name: v.name.trim(), email: v.email.trim() }),
    validate: (v) =>
      v.email && !/^[^\s@]+@[^\s@]+$/.test(v.email) ? { email: formError("email") } : {},
    submit: (v) =>
      create.mutateAsync({ ...v, language: orNull(v.language) as LanguageCode | null }),
  });
  return { ...form, credential: form.result?.credential };
}
