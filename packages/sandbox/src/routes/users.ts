import { effectiveLanguage, userView } from "../domain/customers";
import { newId } from "../domain/ids";
import { checkKeepsActiveAdmin, newCredential } from "../domain/users";
import { checkIfMatch, etagOf } from "../http/etag";
import { byName, paginate } from "../http/paging";
import { notFound, ProblemError } from "../http/problem";
import type { CustomerRecord, SandboxStore, UserRecord } from "../store/types";
import type { Define } from "./define";

/** The user of this customer named by the path; 404 for a user of another customer too. */
function findUser(store: SandboxStore, customer: CustomerRecord, userId: string): UserRecord {
  const user = store.get("users", userId);
  if (!user || user.customerId !== customer.id) throw notFound("user", userId);
  return user;
}

/** A user's ETag, from its stored version. */
const userEtag = (user: UserRecord) => etagOf("user", user.id, user.version);

/** A user as the API shows it: the domain's view, and its ETag as `etag`. */
function shownUser(store: SandboxStore, customer: CustomerRecord, user: UserRecord) {
  return { ...userView(user, effectiveLanguage(store, customer)), etag: userEtag(user) };
}

function duplicateEmail(): ProblemError {
  const message = "Another user of this customer has this e-mail address.";
  return new ProblemError("conflict", {
    detail: message,
    errors: [{ field: "email", message, code: "unique" }],
  });
}

/** E-mail addresses are compared without regard to case: Jane@X and jane@x reach one inbox. */
function emailTaken(store: SandboxStore, customerId: string, email: string, except?: string) {
  const wanted = email.toLowerCase();
  return store
    .scan("users", customerId)
    .some((user) => user.id !== except && user.email.toLowerCase() === wanted);
}

export function userRoutes(define: Define): void {
  define("listUsers", ({ store, customer, query }) => {
    const language = effectiveLanguage(store, customer);
    const users = byName(
      store.scan("users", customer.id),
      (u) => u.name,
      (u) => u.id,
    );
    const page = paginate(users, query);
    // Each with its `etag`, so that a UI can edit or remove a user of the list without a GET.
    const items = page.items.map((user) => ({
      ...userView(user, language),
      etag: etagOf("user", user.id, user.version),
    }));
    return { status: 200, body: { ...page, items } };
  });

  define("createUser", ({ store, customer, body, now }) => {
    if (emailTaken(store, customer.id, body.email)) throw duplicateEmail();
    const limit = customer.assetMaxima.MAX_CUSTOMER_USERS;
    const count = store.count("users", customer.id);
    if (limit !== null && limit !== undefined && count >= limit) {
      throw new ProblemError("limit-reached", {
        detail: `The customer has ${count} users and its MAX_CUSTOMER_USERS asset maximum is ${limit}.`,
      });
    }
    const type = body.type ?? "NORMAL";
    // Shown once, in this answer; the idempotency record keeps the answer, so that a replay of
    // this request (whose first answer may have been lost) shows it again, as Stripe's do.
    const secret = type === "API_KEY" ? newCredential() : null;
    const user: UserRecord = {
      id: newId(),
      customerId: customer.id,
      name: body.name,
      email: body.email,
      type,
      isAdmin: body.isAdmin ?? false,
      status: "ACTIVE",
      language: body.language ?? null,
      credentialHint: secret?.hint ?? null,
      createdAt: now.toISOString(),
      version: 1,
    };
    store.put("users", user);
    const shown = shownUser(store, customer, user);
    return {
      status: 201,
      body: secret ? { ...shown, credential: secret.credential } : shown,
      headers: {
        ETag: userEtag(user),
        Location: `/customers/${customer.id}/users/${user.id}`,
      },
    };
  });

  define("getUser", ({ store, customer, params }) => {
    const user = findUser(store, customer, params.userId as string);
    return {
      status: 200,
      body: shownUser(store, customer, user),
      headers: { ETag: userEtag(user) },
    };
  });

  define("updateUser", ({ store, customer, params, body, ifMatch }) => {
    const user = findUser(store, customer, params.userId as string);
    checkIfMatch(ifMatch, userEtag(user));
    if (body.email !== undefined && emailTaken(store, customer.id, body.email, user.id)) {
      throw duplicateEmail();
    }
    const updated: UserRecord = {
      ...user,
      name: body.name ?? user.name,
      email: body.email ?? user.email,
      isAdmin: body.isAdmin ?? user.isAdmin,
      status: body.status ?? user.status,
      // `null` makes the user follow the customer's default language again.
      language: body.language !== undefined ? body.language : user.language,
      version: user.version + 1,
    };
    checkKeepsActiveAdmin(store, user, updated, updated.status === "ACTIVE" ? "isAdmin" : "status");
    store.put("users", updated);
    return {
      status: 200,
      body: shownUser(store, customer, updated),
      headers: { ETag: userEtag(updated) },
    };
  });

  define("deleteUser", ({ store, customer, params, ifMatch }) => {
    const user = findUser(store, customer, params.userId as string);
    checkIfMatch(ifMatch, userEtag(user));
    checkKeepsActiveAdmin(store, user, null, "userId");
    // Gone for good: no longer listed, counted against MAX_CUSTOMER_USERS or sent e-mail (naming
    // it as a recipient is then an unknown reference). What it did, and was sent, stays.
    store.remove("users", user.id);
    return { status: 204 };
  });
}
