import type { operations } from "@customer-kit/client";
import specJson from "../generated/openapi.json";

/** The name of one of the contract's operations (`createCustomer`, `listJobs`, …). */
export type OperationId = keyof operations;

export type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

interface JsonSchema {
  [keyword: string]: unknown;
}

interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: JsonSchema;
}

interface OperationObject {
  operationId: OperationId;
  tags?: string[];
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
}

type PathItem = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: (ParameterObject | { $ref: string })[];
};

export interface OpenApiDocument {
  tags?: { name: string; description?: string }[];
  paths: Record<string, PathItem>;
  components: { parameters: Record<string, ParameterObject>; schemas: Record<string, JsonSchema> };
  [key: string]: unknown;
}

/** The contract, as `scripts/generate.ts` wrote it. */
export const spec = specJson as unknown as OpenApiDocument;

export interface ParameterInfo {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  /** Where the parameter's schema sits in the spec (a JSON pointer, for Ajv's `$ref`). */
  schemaPointer: string;
}

/** What the sandbox needs to know of an operation, read from the contract. */
export interface OperationInfo {
  operationId: OperationId;
  /**
   * The operation's one tag (`Customers`, `Asset maxima`, …): it names the routes module that
   * defines the operation's handler (see `app.ts`).
   */
  tag: string;
  method: HttpMethod;
  /** The contract's path template, e.g. `/customers/{customerId}`. */
  path: string;
  /** The same for Hono's router, e.g. `/customers/:customerId`. */
  routePath: string;
  parameters: ParameterInfo[];
  /** The JSON pointer of the request body's schema, or null when the operation takes no body. */
  bodyPointer: string | null;
  bodyRequired: boolean;
  /** Whether it takes an `Idempotency-Key`. */
  idempotent: boolean;
  /** Matches a path relative to the base path (`/customers/3f1c…/tags`). */
  pattern: RegExp;
}

const METHODS: readonly HttpMethod[] = ["get", "put", "post", "delete", "patch"];

/**
 * Escapes one segment of a JSON pointer (RFC 6901) for use in a URI fragment: `{customerId}` must
 * be percent-encoded there, and Ajv decodes it again when it resolves the pointer.
 */
function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replaceAll("~", "~0").replaceAll("/", "~1"));
}

function resolveParameter(
  parameter: ParameterObject | { $ref: string },
  inlinePointer: string,
): { parameter: ParameterObject; pointer: string } {
  if ("$ref" in parameter) {
    const name = parameter.$ref.replace("#/components/parameters/", "");
    const resolved = spec.components.parameters[name];
    if (!resolved) throw new Error(`The contract has no parameter ${parameter.$ref}`);
    return { parameter: resolved, pointer: `${parameter.$ref}/schema` };
  }
  return { parameter, pointer: `${inlinePointer}/schema` };
}

function readOperations(): OperationInfo[] {
  const result: OperationInfo[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    const pathPointer = `#/paths/${pointerSegment(path)}`;
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // Exactly one: the tag decides which routes module (and contract-case file) it belongs to.
      const [tag, ...others] = operation.tags ?? [];
      if (tag === undefined || others.length > 0) {
        throw new Error(
          `${operation.operationId} has ${operation.tags?.length ?? 0} tags in the contract; the sandbox needs exactly one`,
        );
      }
      const parameters: ParameterInfo[] = [];
      const add = (list: PathItem["parameters"], pointer: string) => {
        (list ?? []).forEach((raw, index) => {
          const { parameter, pointer: schemaPointer } = resolveParameter(
            raw,
            `${pointer}/${index}`,
          );
          if (parameter.in === "cookie") return;
          // An operation's parameter overrides the path item's one of the same name and place.
          const same = parameters.findIndex(
            (p) => p.name === parameter.name && p.in === parameter.in,
          );
          const info: ParameterInfo = {
            name: parameter.name,
            in: parameter.in,
            required: parameter.required === true,
            schemaPointer,
          };
          if (same >= 0) parameters[same] = info;
          else parameters.push(info);
        });
      };
      add(item.parameters, `${pathPointer}/parameters`);
      add(operation.parameters, `${pathPointer}/${method}/parameters`);
      const json = operation.requestBody?.content["application/json"];
      const pattern = new RegExp(
        `^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}/?$`,
      );
      result.push({
        operationId: operation.operationId,
        tag,
        method,
        path,
        routePath: path.replace(/\{([^}]+)\}/g, ":$1"),
        parameters,
        bodyPointer: json
          ? typeof json.schema.$ref === "string"
            ? json.schema.$ref
            : `${pathPointer}/${method}/requestBody/content/application~1json/schema`
          : null,
        bodyRequired: operation.requestBody?.required === true,
        idempotent: parameters.some((p) => p.in === "header" && p.name === "Idempotency-Key"),
        pattern,
      });
    }
  }
  return result;
}

/** Every operation of the contract, in the contract's order. */
export const OPERATIONS: readonly OperationInfo[] = readOperations();

/** The names of the contract's tags, in the contract's order (`Session`, `Customers`, …). */
export const TAGS: readonly string[] = (spec.tags ?? []).map((tag) => tag.name);

const BY_ID = new Map(OPERATIONS.map((op) => [op.operationId, op]));

export function operationInfo(operationId: OperationId): OperationInfo {
  const info = BY_ID.get(operationId);
  if (!info) throw new Error(`The contract has no operation ${operationId}`);
  return info;
}

/**
 * The operation a request is for, from its method and its path relative to the base path
 * (`/customers/…`), or undefined. Literal paths win over templated ones, as in the router.
 */
export function matchOperation(method: string, path: string): OperationInfo | undefined {
  const lower = method.toLowerCase();
  let templated: OperationInfo | undefined;
  for (const op of OPERATIONS) {
    if (op.method !== lower || !op.pattern.test(path)) continue;
    if (!op.path.includes("{")) return op;
    templated ??= op;
  }
  return templated;
}
