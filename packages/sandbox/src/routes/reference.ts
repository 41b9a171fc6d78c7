import { assignableThemes, themeView } from "../domain/branding";
import { billingEntityView, visibleBillingEntities } from "../domain/customers";
import { paginate } from "../http/paging";
import type { Define } from "./define";

export function referenceRoutes(define: Define): void {
  // What the caller's billing entity sells; an MBE admin manages every billing entity's
  // customers, so it sees every billing entity's offers. For the offers of one customer (what it
  // may be assigned or buy), listCustomerProductOffers.
  define("listProductOffers", ({ store, caller, query }) => {
    const offers = (
      caller.isMbeAdmin
        ? store.scan("productOffers")
        : store.scan("productOffers", caller.billingEntity.id)
    ).filter((offer) => query.kind === undefined || offer.kind === query.kind);
    return { status: 200, body: paginate(offers, query) };
  });

  // The customer's billing entity's offers, whoever asks: the ones checkCustomerPlan and
  // purchaseUnitOffer accept for this customer, so a picker never offers one that is refused.
  define("listCustomerProductOffers", ({ store, customer, query }) => {
    const offers = store
      .scan("productOffers", customer.billingEntityId)
      .filter((offer) => query.kind === undefined || offer.kind === query.kind);
    return { status: 200, body: paginate(offers, query) };
  });

  define("listLanguages", ({ store, query }) => {
    const page = paginate(store.scan("languages"), query);
    const items = page.items.map(({ code, name, nativeName }) => ({ code, name, nativeName }));
    return { status: 200, body: { ...page, items } };
  });

  // Themes the caller may assign: its billing entity's and the MBE's (which every customer may
  // use). An MBE admin manages every billing entity's customers, so it sees every theme; for the
  // themes of one customer, listCustomerThemes.
  define("listThemes", ({ store, caller, query, origin }) => {
    const themes = store.scan("themes").filter((theme) => {
      if (caller.isMbeAdmin || theme.billingEntityId === caller.billingEntity.id) return true;
      return store.get("billingEntities", theme.billingEntityId)?.isMaster === true;
    });
    const page = paginate(themes, query);
    return { status: 200, body: { ...page, items: page.items.map((t) => themeView(t, origin)) } };
  });

  // The themes checkTheme accepts for this customer: its billing entity's, then the MBE's.
  define("listCustomerThemes", ({ store, customer, query, origin }) => {
    const page = paginate(assignableThemes(store, customer.billingEntityId), query);
    return { status: 200, body: { ...page, items: page.items.map((t) => themeView(t, origin)) } };
  });

  // The billing entities whose customers the caller manages, by name (the MBE among them).
  define("listBillingEntities", ({ store, caller, query }) => {
    const entities = [...visibleBillingEntities(store, caller)].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1,
    );
    const page = paginate(entities, query);
    return { status: 200, body: { ...page, items: page.items.map(billingEntityView) } };
  });
}
