import { unknownReference } from "../domain/customers";
import { newId } from "../domain/ids";
import { balanceView, bookTransaction, toCents, transactionView } from "../domain/ledger";
import { newestFirst, paginate } from "../http/paging";
import type { Define } from "./define";

export function unitRoutes(define: Define): void {
  define("getUnitBalance", ({ customer }) => ({ status: 200, body: balanceView(customer) }));

  define("listUnitTransactions", ({ store, customer, query }) => {
    const page = paginate(
      newestFirst(store.scan("unitTransactions", customer.id), (t) => t.createdAt),
      query,
    );
    return { status: 200, body: { ...page, items: page.items.map(transactionView) } };
  });

  define("createUnitTransaction", ({ store, caller, customer, body, now }) => {
    const result = bookTransaction(
      store,
      customer,
      {
        direction: body.direction,
        amount: toCents(body.amount),
        unitType: body.unitType ?? "CARRY_OVER",
        description: body.description,
        source: "MANUAL",
        createdBy: caller.admin.name,
      },
      now,
    );
    return {
      status: 201,
      body: {
        transaction: transactionView(result.transaction),
        balance: balanceView(result.customer),
      },
    };
  });

  define("purchaseUnitOffer", ({ store, caller, customer, body, now }) => {
    const offer = store.get("productOffers", body.productOfferId);
    if (
      offer?.kind !== "UNIT_BUNDLE" ||
      offer.billingEntityId !== customer.billingEntityId ||
      offer.units === null ||
      toCents(offer.units) <= 0
    ) {
      throw unknownReference(
        "productOfferId",
        "Must be a unit bundle product offer of the customer's billing entity.",
      );
    }
    const result = bookTransaction(
      store,
      customer,
      {
        direction: "CREDIT",
        amount: toCents(offer.units),
        unitType: "CARRY_OVER",
        description: body.description,
        source: "OFFER_PURCHASE",
        resource: { id: offer.id, type: "PRODUCT_OFFER", name: offer.name },
        createdBy: caller.admin.name,
      },
      now,
    );
    return {
      status: 201,
      body: {
        id: newId(),
        productOffer: offer,
        transaction: transactionView(result.transaction),
        balance: balanceView(result.customer),
      },
    };
  });
}
