/**
 * The contract, indexed for the contract suite: every operation with its method, path template,
 * a matcher for concrete URLs, and the responses it declares (component `$ref`s resolved).
 *
 * The suite reads the generated JSON (src/generated/openapi.json, written from
 * openapi/customer-admin.yaml by scripts/generate.ts), the same document the app is built from, so
 * a change to the contract changes what the suite demands without anyone editing it.
 */
import type { operations as ContractOperations } from "@customer-kit/client";
import openapi from "../generated/openapi.json" with { type: "json" };

/**
 * The name of one of the contract's operations, from the generated types: a map typed
 * `Record<OperationId, …>` fails the type check when the contract gains an operation it lacks.
 */
export type OperationId = keyof ContractOperations;

/** The operations that take a request body (what `OperationSpec.hasBody` says at run time). */
export type OperationWithBody = {
  [Id in OperationId]: [NonNullable<ContractOperations[Id]["requestBody"]>] extends [never]
    ? never
    : Id;
}[OperationId];

/** The parts of an OpenAPI 3.1 document the suite reads. */
export interface OpenApiDocument {
  paths: Record<string, PathItem>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}
type Ref = { $ref: string };
interface PathItem {
  parameters?: unknown[];
  [method: string]: unknown;
}
interface RawOperation {
  operationId: string;
  parameters?: (ParameterSpec | Ref)[];
  requestBody?: unknown;
  responses: Record<string, ResponseSpec | Ref>;
}
export interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Record<string, unknown>;
}
export interface ResponseSpec {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: unknown }>;
}

/** One operation of the contract. */
export interface OperationSpec<Id extends OperationId = OperationId> {
  operationId: Id;
  /** Upper case, as on the wire. */
  method: string;
  /** The path template, as the contract writes it (`/customers/{customerId}`). */
  path: string;
  /** Matches a concrete path (relative to the API base) of this operation. */
  pattern: RegExp;
  /** Path, query and header parameters, path-level ones included. */
  parameters: ParameterSpec[];
  hasBody: boolean;
  /** By status code (as a string, as in the contract), `$ref`s resolved. */
  responses: Record<string, ResponseSpec>;
  /** JSON pointer of each response's schema, by status then media type, for Ajv. */
  schemaPointers: Record<string, Record<string, string>>;
}

export const spec = openapi as unknown as OpenApiDocument;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** Follows a local `$ref` (`#/components/...`) to the object it names. */
export function resolveRef<T>(value: T | Ref): T {
  let current: unknown = value;
  // A component may itself be a reference; follow the chain.
  while (current && typeof current === "object" && "$ref" in current) {
    const ref = (current as Ref).$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported: ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map(unescapePointer)
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
    if (current === undefined) throw new Error(`Dangling $ref ${ref}`);
  }
  return current as T;
}

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}
function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The pointer a `$ref` names, or where `fallback` sits when `value` is inline. */
function pointerOf(value: unknown, fallback: string): string {
  return value && typeof value === "object" && "$ref" in value ? (value as Ref).$ref : fallback;
}

function indexOperations(): OperationSpec[] {
  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const raw = item[method] as RawOperation | undefined;
      if (!raw) continue;
      const responses: Record<string, ResponseSpec> = {};
      const schemaPointers: Record<string, Record<string, string>> = {};
      for (const [status, response] of Object.entries(raw.responses)) {
        const resolved = resolveRef(response);
        responses[status] = resolved;
        // Point Ajv at the schema where it lives, so that its own `$ref`s resolve against
        // the whole document.
        const base = pointerOf(
          response,
          `#/paths/${escapePointer(path)}/${method}/responses/${escapePointer(status)}`,
        );
        schemaPointers[status] = {};
        for (const mediaType of Object.keys(resolved.content ?? {})) {
          schemaPointers[status][mediaType] = `${base}/content/${escapePointer(mediaType)}/schema`;
        }
      }
      const parameters = [...(item.parameters ?? []), ...(raw.parameters ?? [])].map((p) =>
        resolveRef(p as ParameterSpec | Ref),
      );
      // `{customerId}` matches one non-empty segment; everything else literally.
      const source = path
        .split(/(\{[^}]+\})/)
        .map((part) =>
          part.startsWith("{") ? "([^/]+)" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"),
        )
        .join("");
      operations.push({
        operationId: raw.operationId as OperationId,
        method: method.toUpperCase(),
        path,
        pattern: new RegExp(`^${source}$`),
        parameters,
        hasBody: raw.requestBody !== undefined,
        responses,
        schemaPointers,
      });
    }
  }
  return operations;
}

/** Every operation of the contract, in the contract's order. */
export const operations: readonly OperationSpec[] = indexOperations();

/** The operations that take a request body, typed so that maps of bodies can be exhaustive. */
export const operationsWithBody = operations.filter(
  (op): op is OperationSpec<OperationWithBody> => op.hasBody,
);

/** The operation a method and a path relative to the API base (no query string) stand for. */
export function findOperation(method: string, path: string): OperationSpec | undefined {
  const candidates = operations.filter(
    (op) => op.method === method.toUpperCase() && op.pattern.test(path),
  );
  // A literal segment beats a parameter (`/customers/similar` vs `/customers/{id}`): pick the
  // template with the fewest parameters, as OpenAPI's path matching does.
  return candidates.sort((x, y) => paramCount(x.path) - paramCount(y.path))[0];
}

function paramCount(path: string): number {
  return path.split("{").length - 1;
}

/** By operationId. Throws for a name the contract does not have, so a typo fails loudly. */
export function operation(operationId: OperationId): OperationSpec {
  const found = operations.find((op) => op.operationId === operationId);
  if (!found) throw new Error(`The contract has no operation ${operationId}`);
  return found;
}
