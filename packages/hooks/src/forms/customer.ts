"use client";
import type { Customer, CustomerPatch } from "@customer-kit/client";
import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { constraints } from "../generated/constraints";
import { useUpdateCustomer } from "../mutations";
import { useCustomerKit } from "../provider";
import { customerQueries } from "../queries/customers";
import { type FormValueProps, type UseFormOptions, useForm } from "./core";

type Values = Record<string, unknown>;

/** `""` in a field is `null` in the contract. */
export const orNull = (value: unknown) => (value === "" ? null : value);

/**
 * The version a form's edit is based on: the current one until the first change, then pinned
 * (so that a refetch while the user types does not hide someone else's change from the save's
 * `If-Match`), and let go after a save. A draft restored after a remount starts from the
 * version cached then.
 */
export function useBaseVersion<T>(current: T | undefined) {
  const pinned = useRef<T>(undefined);
  return {
    get: () => pinned.current ?? current,
    pin: () => {
      pinned.current ??= current;
    },
    drop: () => {
      pinned.current = undefined;
    },
  };
}

/** Options of every form hook that edits one customer. */
export interface CustomerFormOptions<V> extends FormValueProps<V> {
  /** The customer the form edits. */
  customerId: string;
}

/**
 * The layer under the forms that edit a customer's own fields (name, configuration, validation
 * HTML, language, theme): the customer's values as the base, a draft per customer, the contract's
 * `CustomerPatch` constraints, and one `PATCH` of the changed fields with `If-Match`.
 */
export function useCustomerForm<V extends Values>(
  form: string,
  { customerId, ...props }: CustomerFormOptions<V>,
  read: (customer: Customer | undefined) => V,
  toPatch: (changed: Partial<V>) => CustomerPatch,
  more?: Partial<UseFormOptions<V, Customer | undefined>>,
) {
  const { client } = useCustomerKit();
  const current = useQuery(customerQueries.detail(client, customerId)).data;
  const customer = current?.value;
  const version = useBaseVersion(current);
  const update = useUpdateCustomer(customerId, { base: version.get() });
  const edit = useForm<V, Customer | undefined>({
    ...props,
    onValueChange: (values) => {
      version.pin();
      props.onValueChange?.(values);
    },
    base: read(customer),
    draftKey: `${form}:${customerId}`,
    constraints: constraints.CustomerPatch,
    submit: async (_values, changed) => {
      // Nothing changed: nothing to send (a PATCH must set at least one field).
      if (!Object.keys(changed).length) return customer;
      const saved = await update.mutateAsync(toPatch(changed));
      version.drop();
      return saved.value;
    },
    ...more,
  });
  return {
    ...edit,
    /**
     * Back to the current values: drops the draft and the version the edit was based on, so that
     * the next save (after a conflict, say) is checked against the customer as it is now.
     */
    reset: () => {
      version.drop();
      edit.reset();
    },
    /** The customer as last read; `undefined` until it is. */
    customer,
    /** The conflict of the last save (someone else changed the same fields), from the mutation. */
    conflict: update.conflict,
  };
}
