import { paginate } from "../http/paging";
import type { Define } from "./define";

export function referenceRoutes(define: Define): void {
  // What the caller's billing entity sells; an MBE admin manages every billing entity's
  // customers, so it sees every billing entity's offers.
  define("listProductOffers", ({ store, caller, query }) => {
    const offers = (
      caller.isMbeAdmin
        ? store.scan("productOffers")
        : store.scan("productOffers", caller.billingEntity.id)
    ).filter((offer) => query.kind === undefined || offer.kind === query.kind);
    return { status: 200, body: paginate(offers, query) };
  });

  define("listLanguages", ({ store, query }) => {
    const page = paginate(store.scan("languages"), query);
    const items = page.items.map(({ code, name, nativeName }) => ({ code, name, nativeName }));
    return { status: 200, body: { ...page, items } };
  });

  // Themes the caller may assign: its billing entity's and the MBE's (which every customer may
  // use). An MBE admin manages every billing entity's customers, so it sees every theme.
  define("listThemes", ({ store, caller, query }) => {
    const themes = store.scan("themes").filter((theme) => {
      if (caller.isMbeAdmin || theme.billingEntityId === caller.billingEntity.id) return true;
      return store.get("billingEntities", theme.billingEntityId)?.isMaster === true;
    });
    return { status: 200, body: paginate(themes, query) };
  });
}
