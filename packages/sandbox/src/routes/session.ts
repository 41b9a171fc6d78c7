import { billingEntityView } from "../domain/customers";
import type { Define } from "./define";

export function sessionRoutes(define: Define): void {
  define("getMe", ({ caller }) => ({
    status: 200,
    body: {
      admin: { id: caller.admin.id, name: caller.admin.name, email: caller.admin.email },
      billingEntity: billingEntityView(caller.billingEntity),
      isMbeAdmin: caller.isMbeAdmin,
    },
  }));
}
