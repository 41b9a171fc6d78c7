import { effectiveLanguage, recordJob, unknownReference, userView } from "../domain/customers";
import { newId } from "../domain/ids";
import { byName, paginate } from "../http/paging";
import { notFound, ProblemError } from "../http/problem";
import type { EmailRecord, SandboxStore, UserRecord } from "../store/types";
import type { Define } from "./define";

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
    return {
      status: 200,
      body: { ...page, items: page.items.map((user) => userView(user, language)) },
    };
  });

  define("createUser", ({ store, customer, body, now, basePath }) => {
    if (emailTaken(store, customer.id, body.email)) throw duplicateEmail();
    const limit = customer.assetMaxima.MAX_CUSTOMER_USERS;
    const count = store.count("users", customer.id);
    if (limit !== null && limit !== undefined && count >= limit) {
      throw new ProblemError("limit-reached", {
        detail: `The customer has ${count} users and its MAX_CUSTOMER_USERS asset maximum is ${limit}.`,
      });
    }
    const user: UserRecord = {
      id: newId(),
      customerId: customer.id,
      name: body.name,
      email: body.email,
      type: body.type ?? "NORMAL",
      isAdmin: body.isAdmin ?? false,
      status: "ACTIVE",
      language: body.language ?? null,
      createdAt: now.toISOString(),
    };
    store.put("users", user);
    return {
      status: 201,
      body: userView(user, effectiveLanguage(store, customer)),
      headers: { Location: `${basePath}/customers/${customer.id}/users/${user.id}` },
    };
  });

  define("getUser", ({ store, customer, params }) => {
    const user = store.get("users", params.userId as string);
    if (!user || user.customerId !== customer.id) throw notFound("user", params.userId as string);
    return { status: 200, body: userView(user, effectiveLanguage(store, customer)) };
  });

  define("updateUser", ({ store, customer, params, body }) => {
    const user = store.get("users", params.userId as string);
    if (!user || user.customerId !== customer.id) throw notFound("user", params.userId as string);
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
    };
    store.put("users", updated);
    return { status: 200, body: userView(updated, effectiveLanguage(store, customer)) };
  });

  define("sendCustomerEmail", ({ store, caller, customer, body, now }) => {
    let recipients: UserRecord[];
    if (body.recipients) {
      recipients = body.recipients.map((id, index) => {
        const user = store.get("users", id);
        if (!user || user.customerId !== customer.id) {
          throw unknownReference(`recipients.${index}`, "Must be a user of this customer.");
        }
        return user;
      });
    } else {
      recipients = store
        .scan("users", customer.id)
        .filter((user) => user.isAdmin && user.status === "ACTIVE");
      if (recipients.length === 0) {
        throw unknownReference(
          "recipients",
          "The customer has no active admin users: name the recipients.",
        );
      }
    }
    const email: EmailRecord = {
      id: newId(),
      customerId: customer.id,
      kind: "GENERAL",
      subject: body.subject,
      message: body.message,
      recipients: recipients.map((user) => ({
        userId: user.id,
        name: user.name,
        email: user.email,
      })),
      queuedAt: now.toISOString(),
    };
    store.put("emails", email);
    recordJob(
      store,
      customer.id,
      {
        type: "SEND_EMAIL",
        description: `${caller.admin.name} sent "${body.subject}" to ${recipients.length} ${recipients.length === 1 ? "user" : "users"}`,
        createdBy: caller.admin.name,
      },
      now,
    );
    return {
      status: 202,
      body: {
        id: email.id,
        subject: email.subject,
        recipients: email.recipients,
        queuedAt: email.queuedAt,
      },
    };
  });
}
