export {
  type CallResult,
  type CustomerKitClient,
  type CustomerKitClientOptions,
  createCustomerKitClient,
  type GetToken,
  type RetryOptions,
  unwrap,
} from "./client";
export {
  CustomerKitError,
  type CustomerKitErrorInit,
  type CustomerKitErrorKind,
  fieldError,
  isCustomerKitError,
} from "./errors";
export { MAX_ATTEMPTS, queryRetryOptions } from "./fetch/retry";
export type { components, operations, paths } from "./generated/schema";
export type * from "./types";
