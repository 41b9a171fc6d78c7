import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { type OperationInfo, spec } from "./operations";
import type { FieldError } from "./problem";

/** The `$id` the contract is registered under, so schemas can `$ref` into it. */
const SPEC_ID = "https://customer-kit.dev/openapi/customer-admin.json";

function createAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // The contract is OpenAPI: `example`, `readOnly` and friends are not JSON Schema keywords.
    strict: false,
    // Parameters arrive as strings: `limit=5` must count as the integer 5. Bodies must not be
    // coerced: `"amount": "5"` is an error the client should hear about.
    coerceTypes: coerce,
    // No `multipleOfPrecision`: amounts are decimal strings with patterns, which every validator
    // checks exactly (the contract has no `multipleOf` on a fraction any more).
  });
  addFormats(ajv);
  // Registered, not compiled: Ajv compiles a schema when an operation first needs it, so a browser
  // page that starts the sandbox does not pay for every operation up front.
  ajv.addSchema({ ...(spec as object), $id: SPEC_ID });
  return ajv;
}

let bodyAjv: Ajv2020 | undefined;
let paramAjv: Ajv2020 | undefined;
const bodyValidators = new Map<string, ValidateFunction>();
const paramValidators = new Map<string, ValidateFunction>();

function bodyValidator(pointer: string): ValidateFunction {
  let validate = bodyValidators.get(pointer);
  if (!validate) {
    bodyAjv ??= createAjv(false);
    validate = bodyAjv.compile({ $ref: SPEC_ID + pointer });
    bodyValidators.set(pointer, validate);
  }
  return validate;
}

function paramValidator(op: OperationInfo, place: "path" | "query" | "header"): ValidateFunction {
  const cacheKey = `${op.operationId} ${place}`;
  let validate = paramValidators.get(cacheKey);
  if (!validate) {
    paramAjv ??= createAjv(true);
    const parameters = op.parameters.filter((p) => p.in === place && p.name !== "If-Match");
    validate = paramAjv.compile({
      type: "object",
      properties: Object.fromEntries(
        parameters.map((p) => [p.name, { $ref: SPEC_ID + p.schemaPointer }]),
      ),
      required: parameters.filter((p) => p.required).map((p) => p.name),
    });
    paramValidators.set(cacheKey, validate);
  }
  return validate;
}

/**
 * Validates a request body against the operation's schema. Returns the errors, or an empty list
 * when the body is valid. `null`, arrays or strings where an object is expected are errors of the
 * field `body`.
 */
export function validateBody(op: OperationInfo, body: unknown): FieldError[] {
  if (!op.bodyPointer) return [];
  const validate = bodyValidator(op.bodyPointer);
  return validate(body) ? [] : toFieldErrors(validate.errors ?? [], "body");
}

/**
 * Validates (and coerces) the parameters of one place. `values` is changed in place:
 * `{ limit: "5" }` becomes `{ limit: 5 }`. Defaults are not filled in (Ajv cannot see them through
 * the contract's `$ref`s); the routes apply them.
 */
export function validateParameters(
  op: OperationInfo,
  place: "path" | "query" | "header",
  values: Record<string, unknown>,
): FieldError[] {
  const validate = paramValidator(op, place);
  return validate(values) ? [] : toFieldErrors(validate.errors ?? [], place);
}

/** `/configuration/address/0` → `configuration.address.0` (RFC 6901 unescaped). */
function dottedPath(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .join(".");
}

function join(base: string, name: string): string {
  return base === "" ? name : `${base}.${name}`;
}

/**
 * Ajv's errors as the API's field errors: one entry per field and rule, with a message for a
 * person. Ajv reports a failed `oneOf` (`themeId: uuid | null`) as an error for every branch and
 * one for the `oneOf` itself; only the branch that says what is wrong is kept.
 */
export function toFieldErrors(errors: ErrorObject[], root: string): FieldError[] {
  const byField = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const path = dottedPath(error.instancePath);
    let field = path;
    if (error.keyword === "required") {
      field = join(path, String((error.params as { missingProperty: string }).missingProperty));
    } else if (error.keyword === "additionalProperties") {
      field = join(
        path,
        String((error.params as { additionalProperty: string }).additionalProperty),
      );
    }
    if (field === "") field = root;
    const list = byField.get(field) ?? [];
    list.push(error);
    byField.set(field, list);
  }

  const result: FieldError[] = [];
  for (const [field, fieldErrors] of byField) {
    let kept = fieldErrors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf");
    if (kept.length === 0) kept = fieldErrors;
    // When the value has the type of one branch and breaks a rule of it (a string that is not a
    // UUID), the other branches' type errors ("must be null") are noise.
    if (kept.some((e) => e.keyword !== "type")) kept = kept.filter((e) => e.keyword !== "type");

    const typeErrors = kept.filter((e) => e.keyword === "type");
    if (typeErrors.length > 0) {
      const types = typeErrors.flatMap((e) =>
        String((e.params as { type: string }).type).split(","),
      );
      result.push({ field, message: typeMessage([...new Set(types)]), code: "type" });
    }
    const seen = new Set<string>();
    for (const error of kept) {
      if (error.keyword === "type") continue;
      const message = messageFor(error);
      const key = `${error.keyword} ${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({ field, message, code: error.keyword });
    }
  }
  return result;
}

const ARTICLE: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null",
};

function typeMessage(types: string[]): string {
  const names = types.map((t) => ARTICLE[t] ?? t);
  const list =
    names.length <= 1
      ? (names[0] ?? "")
      : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return `Must be ${list}.`;
}

/** Messages for the contract's patterns: a regular expression is no help to a person. */
const PATTERN_MESSAGES: Record<string, string> = {
  "^\\S(.*\\S)?$": "Must be one line, without leading or trailing spaces.",
  "^[^\\r\\n]*\\S[^\\r\\n]*$": "Must be one line and not blank.",
  "^[A-Za-z0-9][A-Za-z0-9_.:-]*$":
    "May contain only letters, digits and _ . : -, and must start with a letter or digit.",
  "^[A-Z]{2}$": "Must be a two-letter country code in capitals (ISO 3166-1), e.g. GB.",
  "^[A-Za-z0-9][A-Za-z0-9 -]*$":
    "May contain only letters, digits, spaces and hyphens, and must start with a letter or digit.",
  "^[A-Z]{2}[A-Za-z0-9+*.]{2,18}$":
    "Must be a country code in capitals followed by 2 to 18 letters or digits, e.g. GB123456789.",
  "^[\\x21-\\x7E]+$": "May contain only visible ASCII characters, without spaces.",
  "^[A-Z]{3}$": "Must be a three-letter currency code in capitals (ISO 4217).",
  "^#[0-9a-f]{6}$": "Must be a colour like #0b5cad.",
  // Amounts (decimal strings): the pattern carries the whole range, so the message says it.
  "^-?((0|[1-9][0-9]{0,8})(\\.[0-9]{1,2})?|1000000000(\\.0{1,2})?)$":
    'Must be a unit amount between -1,000,000,000 and 1,000,000,000 with at most two decimals, as a string (e.g. "-50.00").',
  "^((0|[1-9][0-9]{0,8})(\\.[0-9]{1,2})?|1000000000(\\.0{1,2})?)$":
    'Must be an amount of 0 or more, at most 1,000,000,000, with at most two decimals, as a string (e.g. "100.00").',
  "^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,5}(\\.[0-9]{1,2})?|1000000(\\.0{1,2})?)$":
    'Must be an amount of more than 0 and at most 1,000,000, with at most two decimals, as a string (e.g. "250.00").',
};

const FORMAT_MESSAGES: Record<string, string> = {
  uuid: "Must be a UUID.",
  date: "Must be a date (YYYY-MM-DD).",
  "date-time": "Must be a date and time (RFC 3339).",
  email: "Must be an e-mail address.",
  uri: "Must be an absolute URI.",
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatNumber(n: number): string {
  // 1000000000 reads better as 1,000,000,000; fixed locale so that messages are the same everywhere.
  return Number.isInteger(n) ? n.toLocaleString("en-US") : String(n);
}

function messageFor(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return "Is required.";
    case "additionalProperties":
      return "Unknown field.";
    case "minLength":
      return p.limit === 1
        ? "Must not be empty."
        : `Must be at least ${plural(Number(p.limit), "character", "characters")}.`;
    case "maxLength":
      return `Must be at most ${plural(Number(p.limit), "character", "characters")}.`;
    case "minimum":
      return `Must be ${formatNumber(Number(p.limit))} or more.`;
    case "maximum":
      return `Must be ${formatNumber(Number(p.limit))} or less.`;
    case "exclusiveMinimum":
      return `Must be more than ${formatNumber(Number(p.limit))}.`;
    case "exclusiveMaximum":
      return `Must be less than ${formatNumber(Number(p.limit))}.`;
    case "multipleOf":
      return `Must be a multiple of ${String(p.multipleOf)}.`;
    case "pattern":
      return PATTERN_MESSAGES[String(p.pattern)] ?? "Has an invalid format.";
    case "format":
      return FORMAT_MESSAGES[String(p.format)] ?? `Must be a valid ${String(p.format)}.`;
    case "enum":
      return `Must be one of ${(p.allowedValues as unknown[]).map(String).join(", ")}.`;
    case "const":
      return `Must be ${JSON.stringify(p.allowedValue)}.`;
    case "minItems":
      return p.limit === 1
        ? "Must not be empty."
        : `Must have at least ${plural(Number(p.limit), "item", "items")}.`;
    case "maxItems":
      return `Must have at most ${plural(Number(p.limit), "item", "items")}.`;
    case "uniqueItems":
      return `Must not contain duplicates (items ${String(p.j)} and ${String(p.i)} are the same).`;
    case "minProperties":
      return p.limit === 1
        ? "Must set at least one field."
        : `Must set at least ${plural(Number(p.limit), "field", "fields")}.`;
    case "maxProperties":
      return `Must set at most ${plural(Number(p.limit), "field", "fields")}.`;
    default: {
      const text = error.message ?? "is not valid";
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    }
  }
}
