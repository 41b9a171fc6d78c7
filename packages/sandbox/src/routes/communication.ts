import { recordJob, unknownReference } from "../domain/customers";
import { newId } from "../domain/ids";
import type { EmailRecord, UserRecord } from "../store/types";
import type { Define } from "./define";

export function communicationRoutes(define: Define): void {
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
        resource: { type: "EMAIL", id: email.id, name: body.subject },
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
