"use client";
import type { Key, KeyType } from "@customer-kit/client";
import { constraints } from "../generated/constraints";
import { useCreateKey, useUpdateKey } from "../mutations";
import { useForm } from "./core";
import type { CustomerFormOptions } from "./customer";

/** The values of the key form; `weight` an integer as typed (`"-5"`). */
export type KeyValues = {
  name: string;
  value: string;
  type: KeyType;
  weight: string;
};

/** Options of {@link useNewKeyForm}. */
export interface KeyFormOptions extends CustomerFormOptions<KeyValues> {
  /** The key to edit (as listed, with its `etag`); none adds a new one. @default undefined */
  key?: Key | undefined;
}

/**
 * A new key of the customer, or, with `key`, a change of that key (the changed fields, with
 * `If-Match` its `etag`): name, value, type, weight (−1000 to 1000).
 * @default type "USER_KEY", weight "0"
 */
export function useNewKeyForm({ customerId, key, ...props }: KeyFormOptions) {
  const create = useCreateKey(customerId);
  const update = useUpdateKey(customerId);
  const form = useForm<KeyValues, Key>({
    ...props,
    base: key
      ? { name: key.name, value: key.value, type: key.type, weight: String(key.weight) }
      : { name: "", value: "", type: "USER_KEY", weight: "0" },
    draftKey: key ? `key:${customerId}:${key.id}` : `newKey:${customerId}`,
    constraints: constraints.KeyCreate,
    prepare: (v) => ({ ...v, name: v.name.trim(), weight: v.weight.trim() }),
    submit: async (v, changed) => {
      if (!key) return create.mutateAsync({ ...v, weight: Number(v.weight) });
      const { weight, ...patch } = changed;
      const saved = await update.mutateAsync({
        keyId: key.id,
        base: key,
        body: weight === undefined ? patch : { ...patch, weight: Number(weight) },
      });
      return saved.value;
    },
  });
  return { ...form, conflict: update.conflict };
}
