import type { SandboxStore, UserRecord } from "../store/types";
import { DomainError } from "./errors";
import { newToken } from "./ids";

type AdminState = Pick<UserRecord, "isAdmin" | "status">;

const isActiveAdmin = (user: AdminState) => user.isAdmin && user.status === "ACTIVE";

/**
 * A customer that has an active admin user keeps one: it is who administers the account and who
 * receives the customer's e-mail (a warn-level e-mail to nobody warns nobody). So removing the last
 * active admin user (`after` null), disabling it or making it a normal user is refused, a 409 on
 * `field`; the admin makes another user an admin first. A customer without one (a new customer
 * has no users at all) is not held to it.
 */
export function checkKeepsActiveAdmin(
  store: SandboxStore,
  user: UserRecord,
  after: AdminState | null,
  field: string,
): void {
  if (!isActiveAdmin(user) || (after !== null && isActiveAdmin(after))) return;
  const another = store
    .scan("users", user.customerId)
    .some((other) => other.id !== user.id && isActiveAdmin(other));
  if (another) return;
  const message = `${user.name} is the customer's last active admin user: make another user an admin first.`;
  throw new DomainError("conflict", message, [{ field, message, code: "lastActiveAdmin" }]);
}

/**
 * A new credential for an API-key user: shown once (in the answer to its creation), of which only
 * the last four characters are kept, as `credentialHint`.
 */
export function newCredential(): { credential: string; hint: string } {
  // `ck_test_`: the sandbox's credentials open nothing, as Stripe marks its test-mode keys.
  const credential = newToken("ck_test_");
  return { credential, hint: credential.slice(-4) };
}
