import { isCustomerKitError } from "@customer-kit/client";
import type { Versioned } from "../queries/versioned";

/** One field that the user and someone else both changed since the version the edit was based on. */
export interface ConflictField {
  /** A dotted path into the resource: `name`, `configuration.address.town`, `limits.MAX_CPUS`. */
  field: string;
  /** The value the user's edit was based on. */
  base: unknown;
  /** The value someone else saved meanwhile (now on the server). */
  theirs: unknown;
  /** The value the user wants. */
  yours: unknown;
}

/** A save refused because someone else changed the same fields: nothing was overwritten. */
export interface Conflict<T> {
  fields: ConflictField[];
  /** The resource as it is now on the server, with its `ETag`: the base of a new attempt. */
  latest: Versioned<T>;
}

/** The error a versioned edit's mutation ends with on a real conflict; its hook exposes `conflict`. */
export class ConflictError<T = unknown> extends Error {
  constructor(readonly conflict: Conflict<T>) {
    super(`Changed meanwhile: ${conflict.fields.map((f) => f.field).join(", ")}`);
    this.name = "ConflictError";
  }
}

/** How one edit is saved; see {@link saveVersioned}. */
export interface VersionedSave<T, B> {
  /** The version the user's edit was based on. */
  base: Versioned<T>;
  /** What the user sends: a merge patch, or (with `toBody`) the whole replacement. */
  body: B;
  /**
   * For a replacement (PUT): the body a value stands for (`{ tags }`, `{ limits }`). Then the
   * user's fields are those where `body` differs from the base, and a re-save puts them onto the
   * latest version. Without it, `body` is a merge patch and its fields are the patch's own.
   */
  toBody?: (value: T) => B;
  /** Reads the latest version. */
  read: () => Promise<Versioned<T>>;
  /** Sends `body` with `If-Match: etag`. */
  send: (body: B, etag: string) => Promise<Versioned<T>>;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value);
// Absent and null are the same for a field ("no limit", "not set").
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const at = (value: unknown, path: string) =>
  path.split(".").reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), value);

/** The dotted paths of the leaves of `value` (and, with `other`, of both), arrays as leaves. */
function leaves(value: unknown, other?: unknown, prefix = ""): string[] {
  const keys = new Set([
    ...Object.keys(isObj(value) ? value : {}),
    ...Object.keys(isObj(other) ? other : {}),
  ]);
  return [...keys].flatMap((k) => {
    const a = isObj(value) ? value[k] : undefined;
    const b = isObj(other) ? other[k] : undefined;
    const path = prefix + k;
    return isObj(a) || isObj(b) ? leaves(a, b, `${path}.`) : [path];
  });
}

/**
 * Saves an edit with `If-Match` on the version it was based on. On `412` it reads the latest
 * version and compares, field by field, the base with theirs: when nobody else changed a field this
 * user changed (or they made the same change), it saves again on the latest version, without
 * troubling the user; otherwise it throws a {@link ConflictError} listing each such field with its
 * base, theirs and yours, and sends nothing more. Three rounds at most against a busy record.
 */
export async function saveVersioned<T, B>(save: VersionedSave<T, B>): Promise<Versioned<T>> {
  const { base, body, toBody, read, send } = save;
  const view = (value: T): unknown => (toBody ? toBody(value) : value);
  const mine = toBody
    ? leaves(body, view(base.value)).filter((f) => !same(at(body, f), at(view(base.value), f)))
    : leaves(body);
  let next = body;
  let etag = base.etag;
  for (let round = 1; ; round++) {
    try {
      return await send(next, etag);
    } catch (error) {
      if (!isCustomerKitError(error) || error.status !== 412 || round === 3) throw error;
    }
    const latest = await read();
    const theirs = view(latest.value);
    const fields = mine
      .map((field) => ({
        field,
        base: at(view(base.value), field),
        theirs: at(theirs, field),
        yours: at(body, field),
      }))
      .filter((f) => !same(f.base, f.theirs) && !same(f.yours, f.theirs));
    if (fields.length) throw new ConflictError({ fields, latest });
    if (toBody) {
      // The replacement is the latest version with this user's fields put onto it.
      const merged = JSON.parse(JSON.stringify(theirs)) as Obj;
      for (const field of mine) {
        const path = field.split(".");
        const leaf = path.pop() as string;
        let o = merged;
        for (const k of path) {
          if (!isObj(o[k])) o[k] = {};
          o = o[k] as Obj;
        }
        o[leaf] = at(body, field);
      }
      next = merged as B;
    }
    etag = latest.etag;
  }
}
