export { useReplaceAssetMaxima } from "./asset-maxima";
export type { EditOptions, EditResult } from "./core";
export {
  useCreateCustomer,
  useCreateSimilarCustomer,
  useDeleteCustomer,
  useImpersonateCustomer,
  useUpdateCustomer,
} from "./customers";
export { useSendCustomerEmail } from "./emails";
export { type UpdateKeyVariables, useCreateKey, useDeleteKey, useUpdateKey } from "./keys";
export { useReplaceCustomerTags } from "./tags";
export { useCreateUnitTransaction, usePurchaseUnitOffer } from "./units";
export {
  type UpdateUserVariables,
  useCreateUser,
  useDeleteUser,
  useUpdateUser,
} from "./users";
export { type Conflict, ConflictError, type ConflictField } from "./versioned";
