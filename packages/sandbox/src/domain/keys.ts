import type { components } from "@customer-kit/client";
import type { SandboxStore } from "../store/types";
import { DomainError } from "./errors";

/**
 * A customer has at most one key of a name and type; a second one (new, or another key `except`
 * renamed or retyped into it) is a 409 on `name`.
 */
export function recordKeyConflict(
  store: SandboxStore,
  customerId: string,
  name: string,
  type: components["schemas"]["KeyType"],
  except?: string,
): void {
  const taken = store
    .scan("keys", customerId)
    .some((key) => key.id !== except && key.name === name && key.type === type);
  if (taken) {
    const message = `The customer already has a ${type} named ${name}.`;
    throw new DomainError("conflict", message, [{ field: "name", message, code: "unique" }]);
  }
}
