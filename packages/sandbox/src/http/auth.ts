import type { AdminRecord, BillingEntityRecord, SandboxStore } from "../store/types";
import { ProblemError } from "./problem";

/** Who is calling: an admin, its billing entity, and whether that is the master one. */
export interface Caller {
  admin: AdminRecord;
  billingEntity: BillingEntityRecord;
  /** An admin of the master billing entity sees the customers of every billing entity. */
  isMbeAdmin: boolean;
}

function unauthorized(detail: string): ProblemError {
  return new ProblemError("unauthorized", {
    detail,
    headers: { "WWW-Authenticate": 'Bearer realm="customer-kit"' },
  });
}

/** The admin whose token the `Authorization: Bearer …` header carries; otherwise a 401. */
export function authenticate(store: SandboxStore, authorization: string | null): Caller {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "");
  if (!match) throw unauthorized("Send Authorization: Bearer <token>.");
  const token = match[1];
  const admin = store.scan("admins").find((a) => a.token === token);
  if (!admin) throw unauthorized("The bearer token is not valid.");
  const billingEntity = store.get("billingEntities", admin.billingEntityId);
  if (!billingEntity) throw unauthorized("The admin's billing entity no longer exists.");
  return { admin, billingEntity, isMbeAdmin: billingEntity.isMaster };
}
