/**
 * `@customer-kit/hooks/queries`: the query keys, query-options factories and prefetch helpers.
 * No React state and no "use client", so a server (a Next.js server component, a loader) can
 * import them to prefetch what the hooks will read.
 */
export { type Filters, kitKeys } from "./keys";
export { type Versioned, versioned } from "./versioned";
