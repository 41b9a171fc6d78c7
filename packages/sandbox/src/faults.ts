/**
 * Fault injection: the failures a UI or an integrator's end-to-end test rehearses (a slow API, an
 * operation that fails, a share of requests that fail at random, no network). One implementation
 * for both adapters: `createSandboxApp({ faults })` answers the HTTP faults inside the app (after
 * CORS, so a browser on another origin sees the 503 rather than a CORS error), and the adapters
 * (`msw.ts`, `server.ts`) turn `offline` into their transport's network error.
 *
 * Web-standard only: it runs in browsers under MSW as well as in Node.
 */
import { matchOperation, OPERATIONS, type OperationId } from "./http/operations";
import {
  type FieldError,
  ProblemError,
  type ProblemKind,
  problemResponse,
  validationProblem,
} from "./http/problem";

/** Failures to inject, to show and test how a UI copes with them. */
export interface SandboxFaults {
  /**
   * The share of requests (0 to 1) that fail with a `503` problem (with `Retry-After`), drawn from
   * a seeded pseudo-random sequence (see `randomSeed`), so that a test run fails the same
   * requests each time.
   * @default 0
   */
  errorRate?: number;
  /**
   * Forces a status (400–599) for every request of an operation, answered as a problem of that
   * status: `{ createCustomer: 409, getUnitBalance: 500 }`. The request does not reach the API.
   */
  status?: Partial<Record<OperationId, number>>;
  /** Every request fails as a network error (`TypeError: Failed to fetch`), as when offline. */
  offline?: boolean;
  /**
   * The seed of the sequence `errorRate` draws from.
   * @default 1
   */
  randomSeed?: number;
}

/** What can be injected at once: the faults and a delay before every answer. */
export interface FaultSettings {
  faults: SandboxFaults;
  /** Milliseconds before every answer of the API. */
  latency: number;
}

/** The largest latency accepted, in milliseconds: more would outlast any test's timeout. */
export const MAX_LATENCY_MS = 60_000;

/** How long a client is told to wait before it tries again after an injected 503, in seconds. */
const RETRY_AFTER_SECONDS = "1";

/** The problem kind a forced status is answered with (its `type`); others get the nearest. */
const KIND_BY_STATUS: Partial<Record<number, ProblemKind>> = {
  400: "validation",
  401: "unauthorized",
  404: "not-found",
  405: "method-not-allowed",
  409: "conflict",
  412: "precondition-failed",
  413: "payload-too-large",
  422: "unknown-reference",
  428: "precondition-required",
  500: "internal",
  503: "unavailable",
};

/**
 * The faults of one running sandbox: what is injected now, changed at run time (`set`), and the
 * decision for each request (`intercept`).
 */
export class FaultInjector {
  #faults: SandboxFaults = {};
  #latency = 0;
  #random: () => number = mulberry32(1);

  constructor(initial: Partial<FaultSettings> = {}) {
    this.set(initial);
  }

  /** What is injected now (a copy). */
  get settings(): FaultSettings {
    return structuredClone({ faults: this.#faults, latency: this.#latency });
  }

  /** Whether every request is to fail as a network error: the adapter's job, see `msw.ts`. */
  get offline(): boolean {
    return this.#faults.offline === true;
  }

  /**
   * Replaces the faults (when `faults` is given; `undefined` clears them) and the latency (when
   * given), and restarts the error-rate sequence from its seed. Throws a RangeError for values
   * `parseFaultSettings` would refuse.
   */
  set(next: { faults?: SandboxFaults | undefined; latency?: number | undefined }): void {
    const errors = [
      ...checkFaults(next.faults ?? {}, "faults"),
      ...(next.latency === undefined ? [] : checkLatency(next.latency, "latency")),
    ];
    if (errors.length > 0) {
      throw new RangeError(errors.map((e) => `${e.field}: ${e.message}`).join("; "));
    }
    if ("faults" in next) this.#faults = structuredClone(next.faults ?? {});
    if (next.latency !== undefined) this.#latency = next.latency;
    this.rewind();
  }

  /** Restarts the error-rate sequence, so that the same requests fail again (after a reset). */
  rewind(): void {
    this.#random = mulberry32(this.#faults.randomSeed ?? 1);
  }

  /**
   * For one request under the API's base: waits the latency, then answers what replaces the
   * API's answer (a problem), or `undefined` to let the API answer. `relativePath` is the path
   * after the base (`/customers/…`), `instance` the whole path (the problem's `instance`).
   * Preflights (`OPTIONS`) are only delayed: a failed preflight is a CORS error, not a fault.
   */
  async intercept(
    method: string,
    relativePath: string,
    instance: string,
  ): Promise<Response | undefined> {
    if (this.#latency > 0) await new Promise((resolve) => setTimeout(resolve, this.#latency));
    if (method.toUpperCase() === "OPTIONS") return undefined;
    const faults = this.#faults;
    const operationId = matchOperation(method, relativePath)?.operationId;
    const forced = operationId ? faults.status?.[operationId] : undefined;
    if (forced !== undefined) {
      const kind = KIND_BY_STATUS[forced] ?? (forced >= 500 ? "internal" : "validation");
      return problemResponse(
        new ProblemError(kind, {
          status: forced,
          detail: `Injected by the sandbox (faults.status.${operationId}).`,
          ...(forced === 503 && { headers: { "Retry-After": RETRY_AFTER_SECONDS } }),
        }),
        instance,
      );
    }
    const rate = faults.errorRate ?? 0;
    if (rate > 0 && this.#random() < rate) {
      return problemResponse(
        new ProblemError("unavailable", {
          detail: "Injected by the sandbox (faults.errorRate): try again.",
          headers: { "Retry-After": RETRY_AFTER_SECONDS },
        }),
        instance,
      );
    }
    return undefined;
  }
}

/**
 * Reads fault settings from JSON (the body of `PUT /__sandbox/faults`, the CLI's `--faults`):
 * `{ "errorRate": 0.2, "status": { "getCustomer": 503 }, "offline": false, "randomSeed": 7,
 * "latency": 250 }`, every member optional. Answers the settings, or a 400 problem naming each
 * field at fault.
 */
export function parseFaultSettings(
  value: unknown,
): { faults: SandboxFaults; latency: number | undefined } | ProblemError {
  if (!isObject(value)) {
    return validationProblem([{ field: "body", message: "Must be a JSON object.", code: "type" }]);
  }
  const { latency, ...faults } = value;
  const errors = [
    ...checkFaults(faults, ""),
    ...(latency === undefined ? [] : checkLatency(latency, "latency")),
  ];
  if (errors.length > 0) return validationProblem(errors);
  return { faults: faults as SandboxFaults, latency: latency as number | undefined };
}

const FAULT_KEYS = new Set(["errorRate", "status", "offline", "randomSeed"]);
const OPERATION_IDS = new Set<string>(OPERATIONS.map((op) => op.operationId));

function checkFaults(faults: unknown, prefix: string): FieldError[] {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  if (!isObject(faults))
    return [{ field: prefix || "body", message: "Must be an object.", code: "type" }];
  const errors: FieldError[] = [];
  for (const key of Object.keys(faults)) {
    if (!FAULT_KEYS.has(key)) {
      errors.push({ field: at(key), message: "Is not a fault.", code: "additionalProperties" });
    }
  }
  const { errorRate, status, offline, randomSeed } = faults;
  if (
    errorRate !== undefined &&
    (typeof errorRate !== "number" || !(errorRate >= 0 && errorRate <= 1))
  ) {
    errors.push({
      field: at("errorRate"),
      message: "Must be a number from 0 to 1.",
      code: "range",
    });
  }
  if (offline !== undefined && typeof offline !== "boolean") {
    errors.push({ field: at("offline"), message: "Must be true or false.", code: "type" });
  }
  if (randomSeed !== undefined && !Number.isSafeInteger(randomSeed)) {
    errors.push({ field: at("randomSeed"), message: "Must be an integer.", code: "type" });
  }
  if (status !== undefined) {
    if (!isObject(status)) {
      errors.push({
        field: at("status"),
        message: "Must map operationIds to statuses.",
        code: "type",
      });
    } else {
      for (const [operationId, forced] of Object.entries(status)) {
        const field = at(`status.${operationId}`);
        if (!OPERATION_IDS.has(operationId)) {
          errors.push({ field, message: "Is not an operation of the contract.", code: "enum" });
        } else if (
          !Number.isInteger(forced) ||
          (forced as number) < 400 ||
          (forced as number) > 599
        ) {
          errors.push({ field, message: "Must be a status from 400 to 599.", code: "range" });
        }
      }
    }
  }
  return errors;
}

function checkLatency(latency: unknown, field: string): FieldError[] {
  if (
    Number.isInteger(latency) &&
    (latency as number) >= 0 &&
    (latency as number) <= MAX_LATENCY_MS
  ) {
    return [];
  }
  return [
    { field, message: `Must be whole milliseconds from 0 to ${MAX_LATENCY_MS}.`, code: "range" },
  ];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A small seeded PRNG (mulberry32): the same sequence in every engine for a seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
