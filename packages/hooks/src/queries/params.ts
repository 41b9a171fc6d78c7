import type { operations } from "@customer-kit/client";

/**
 * The query parameters of a contract operation, e.g. `QueryParams<"listCustomers">` is
 * `{ cursor?, limit?, sort?, billingEntityId?, search?, status?, tag? }`: a list's filters come from
 * the contract, so a filter the operation does not have fails to compile.
 */
export type QueryParams<Operation extends keyof operations> = NonNullable<
  operations[Operation]["parameters"]["query"]
>;
