import type { Define } from "./define";

export function sessionRoutes(define: Define): void {
  define("getMe", ({ caller }) => ({
    status: 200,
    body: {
      admin: { id: caller.admin.id, name: caller.admin.name, email: caller.admin.email },
      billingEntity: {
        id: caller.billingEntity.id,
        name: caller.billingEntity.name,
        isMaster: caller.billingEntity.isMaster,
      },
      isMbeAdmin: caller.isMbeAdmin,
    },
  }));
}
