"use client";
import type { Email } from "@customer-kit/client";
import { constraints } from "../generated/constraints";
import { useSendCustomerEmail } from "../mutations";
import { useForm } from "./core";
import type { CustomerFormOptions } from "./customer";
import { oneLine } from "./units";

/** The values of {@link useSendEmailForm}; no `recipients` sends to the customer's admin users. */
export type SendEmailValues = {
  subject: string;
  message: string;
  /** User ids. @default [] */
  recipients: string[];
};

/** An e-mail to the customer's users: a one-line subject (no CR or LF), a message. */
export function useSendEmailForm({ customerId, ...props }: CustomerFormOptions<SendEmailValues>) {
  const send = useSendCustomerEmail(customerId);
  return useForm<SendEmailValues, Email>({
    ...props,
    base: { subject: "", message: "", recipients: [] },
    draftKey: `email:${customerId}`,
    constraints: constraints.EmailCreate,
    validate: oneLine("subject"),
    submit: ({ recipients, ...mail }) =>
      send.mutateAsync(recipients.length ? { ...mail, recipients } : mail),
  });
}
