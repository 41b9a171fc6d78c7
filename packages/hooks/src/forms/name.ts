"use client";
import { type CustomerFormOptions, useCustomerForm } from "./customer";

/** The values of {@link useCustomerNameForm}. */
export type CustomerNameValues = {
  name: string;
};

/**
 * The customer's name: one line, trimmed before it is checked and saved.
 *
 * @example const form = useCustomerNameForm({ customerId });
 * <form {...form.getFormProps()}><input {...form.getFieldProps("name")} /></form>
 */
export function useCustomerNameForm(options: CustomerFormOptions<CustomerNameValues>) {
  return useCustomerForm<CustomerNameValues>(
    "name",
    options,
    (customer) => ({ name: customer?.name ?? "" }),
    (changed) => changed,
    { prepare: (values) => ({ name: values.name.trim() }) },
  );
}
