/**
 * `@customer-kit/sandbox`: the customer-kit admin API, implemented once. Web-standard, so it runs
 * in browsers (see `@customer-kit/sandbox/msw`) and in Node (see `@customer-kit/sandbox/server`).
 */
export { createSandboxApp, DEFAULT_CORS_ORIGINS, type SandboxAppOptions } from "./app";
export { dailyUsage, USAGE_RESOURCE_TYPES, type UsageResourceType } from "./domain/usage";
export { FaultInjector, type FaultSettings, type SandboxFaults } from "./faults";
export { MAX_BODY_BYTES } from "./http/body";
export { OPERATIONS, type OperationId } from "./http/operations";
export { PROBLEM_KINDS, type ProblemKind, problemType } from "./http/problem";
export {
  SANDBOX_IDS,
  SANDBOX_TOKENS,
  type SeedOptions,
  type SeedSize,
  type SeedSummary,
  seedStore,
} from "./seed";
export { MemoryStore } from "./store/memory";
export type * from "./store/types";
export { COLLECTIONS, parentOf } from "./store/types";
