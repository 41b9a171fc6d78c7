import { normaliseUnits } from "../domain/amounts";
import { impersonationBranding, masterBillingEntity } from "../domain/branding";
import {
  checkCustomerPlan,
  checkTheme,
  customerView,
  fullAddress,
  matchingCustomers,
  normaliseTags,
  recordJob,
  targetBillingEntity,
} from "../domain/customers";
import { newId, newToken } from "../domain/ids";
import { warningSentAfterLevelChange } from "../domain/ledger";
import { checkIfMatch, etagOf } from "../http/etag";
import { paginate } from "../http/paging";
import type { CustomerRecord } from "../store/types";
import type { Define } from "./define";

/** How long an impersonation token lives. */
const IMPERSONATION_TTL_MS = 15 * 60 * 1000;

export function customerRoutes(define: Define): void {
  define("listCustomers", ({ store, caller, query }) => {
    // Filter and sort the stored records; make views of one page only.
    const matching = matchingCustomers(store, caller, query, query.sort ?? "-createdAt");
    const page = paginate(matching, query);
    return {
      status: 200,
      body: { ...page, items: page.items.map((customer) => customerView(store, customer)) },
    };
  });

  define("createCustomer", ({ store, caller, body, now }) => {
    const entity = targetBillingEntity(store, caller, body.billingEntityId);
    const input = body.configuration ?? {};
    checkCustomerPlan(store, entity.id, input.productOfferId, "configuration.productOfferId");
    checkTheme(store, entity.id, body.themeId, "themeId");
    const at = now.toISOString();
    const customer: CustomerRecord = {
      id: newId(),
      billingEntityId: entity.id,
      name: body.name,
      status: body.status ?? "ACTIVE",
      createdAt: at,
      modifiedAt: at,
      version: 1,
      configuration: {
        productOfferId: input.productOfferId ?? null,
        address: fullAddress(input.address),
        vatNumber: input.vatNumber ?? null,
        vatExempt: input.vatExempt ?? false,
        paymentType: input.paymentType ?? "PREPAY",
        unitWarnLevel: warnLevel(input.unitWarnLevel) ?? null,
        warningSent: false,
      },
      validationHtml: body.validationHtml ?? null,
      defaultLanguage: body.defaultLanguage ?? null,
      themeId: body.themeId ?? null,
      tags: normaliseTags(body.tags ?? []),
      tagsVersion: 1,
      assetMaxima: {},
      assetMaximaVersion: 1,
      assetMaximaModifiedAt: at,
      balance: { carryOver: 0, nonCarryOver: 0 },
      otherUsage: {},
    };
    return insertCustomer(store, customer, `${caller.admin.name} created the customer`, {
      caller,
      now,
    });
  });

  define("getCustomer", ({ store, customer }) => ({
    status: 200,
    body: customerView(store, customer),
    headers: { ETag: etagOf("customer", customer.id, customer.version) },
  }));

  define("updateCustomer", ({ store, caller, customer, body, ifMatch, now }) => {
    checkIfMatch(ifMatch, etagOf("customer", customer.id, customer.version));
    const input = body.configuration;
    if (input) {
      checkCustomerPlan(
        store,
        customer.billingEntityId,
        input.productOfferId,
        "configuration.productOfferId",
      );
    }
    if (body.themeId !== undefined)
      checkTheme(store, customer.billingEntityId, body.themeId, "themeId");

    // Merge semantics: absent fields stay, `null` clears; configuration and its address merge too.
    const updated: CustomerRecord = {
      ...customer,
      name: body.name ?? customer.name,
      status: body.status ?? customer.status,
      validationHtml:
        body.validationHtml !== undefined ? body.validationHtml : customer.validationHtml,
      defaultLanguage:
        body.defaultLanguage !== undefined ? body.defaultLanguage : customer.defaultLanguage,
      themeId: body.themeId !== undefined ? body.themeId : customer.themeId,
      configuration: {
        ...customer.configuration,
        ...definedOnly({
          productOfferId: input?.productOfferId,
          vatNumber: input?.vatNumber,
          vatExempt: input?.vatExempt,
          paymentType: input?.paymentType,
          unitWarnLevel: warnLevel(input?.unitWarnLevel),
        }),
        address: fullAddress({
          ...customer.configuration.address,
          ...definedOnly(input?.address ?? {}),
        }),
      },
      version: customer.version + 1,
      modifiedAt: now.toISOString(),
    };
    updated.configuration.warningSent = warningSentAfterLevelChange(updated);
    store.put("customers", updated);
    recordJob(
      store,
      customer.id,
      {
        type: "MODIFY_CUSTOMER",
        description: `${caller.admin.name} changed ${Object.keys(body).sort().join(", ")}`,
        createdBy: caller.admin.name,
        resource: { type: "CUSTOMER", id: customer.id, name: updated.name },
      },
      now,
    );
    return {
      status: 200,
      body: customerView(store, updated),
      headers: { ETag: etagOf("customer", updated.id, updated.version) },
    };
  });

  define("deleteCustomer", ({ store, customer, ifMatch, now }) => {
    checkIfMatch(ifMatch, etagOf("customer", customer.id, customer.version));
    // Soft: the record stays (its ledger and invoices are history), but it leaves every list
    // and answers 404 from now on.
    store.put("customers", {
      ...customer,
      status: "DELETED",
      version: customer.version + 1,
      modifiedAt: now.toISOString(),
    });
    return { status: 204 };
  });

  define("createSimilarCustomer", ({ store, caller, customer: source, body, now }) => {
    const at = now.toISOString();
    // The same initial settings (product offer, configuration, tags, asset maxima, language,
    // theme); its own name; nothing that belongs to the source's life: no validation HTML,
    // users, resources, keys, ledger or balance, and the warning not sent.
    const customer: CustomerRecord = {
      id: newId(),
      billingEntityId: source.billingEntityId,
      name: body.name,
      status: "ACTIVE",
      createdAt: at,
      modifiedAt: at,
      version: 1,
      configuration: { ...source.configuration, warningSent: false },
      validationHtml: null,
      defaultLanguage: source.defaultLanguage,
      themeId: source.themeId,
      tags: [...source.tags],
      tagsVersion: 1,
      assetMaxima: { ...source.assetMaxima },
      assetMaximaVersion: 1,
      assetMaximaModifiedAt: at,
      balance: { carryOver: 0, nonCarryOver: 0 },
      otherUsage: {},
    };
    const description = `${caller.admin.name} created the customer like ${source.name}`;
    return insertCustomer(store, customer, description, { caller, now });
  });

  define("impersonateCustomer", ({ store, caller, customer, body, now }) => {
    const entity = store.get("billingEntities", customer.billingEntityId);
    if (!entity) throw new Error(`Customer ${customer.id} has no billing entity`);
    const branding = impersonationBranding(
      store,
      customer,
      entity,
      caller.isMbeAdmin,
      masterBillingEntity(store),
    );
    const token = newToken("imp_");
    const base = entity.controlPanelUrl.endsWith("/")
      ? entity.controlPanelUrl
      : `${entity.controlPanelUrl}/`;
    const controlPanelUrl = new URL("impersonate", base);
    controlPanelUrl.searchParams.set("token", token);
    const job = recordJob(
      store,
      customer.id,
      {
        type: "IMPERSONATION",
        description: `${caller.admin.name} logged in as the customer`,
        createdBy: caller.admin.name,
        reason: body.reason,
      },
      now,
    );
    return {
      status: 201,
      body: {
        token,
        expiresAt: new Date(now.getTime() + IMPERSONATION_TTL_MS).toISOString(),
        controlPanelUrl: controlPanelUrl.toString(),
        branding,
        jobId: job.id,
      },
    };
  });
}

/** Stores a new customer, records its CREATE_CUSTOMER job, and answers 201 with it. */
function insertCustomer(
  store: Parameters<typeof customerView>[0],
  customer: CustomerRecord,
  description: string,
  { caller, now }: { caller: { admin: { name: string } }; now: Date },
) {
  store.put("customers", customer);
  recordJob(
    store,
    customer.id,
    {
      type: "CREATE_CUSTOMER",
      description,
      createdBy: caller.admin.name,
      resource: { type: "CUSTOMER", id: customer.id, name: customer.name },
    },
    now,
  );
  return {
    status: 201,
    body: customerView(store, customer),
    headers: {
      ETag: etagOf("customer", customer.id, customer.version),
      // Relative to the API base URL, as every href is (see the contract's Location header).
      Location: `/customers/${customer.id}`,
    },
  };
}

/** A warn level as stored: two decimals (a request may send `"100"`), `null` and absent as they are. */
function warnLevel(level: string | null | undefined): string | null | undefined {
  return typeof level === "string" ? normaliseUnits(level) : level;
}

/** The entries whose value is not `undefined` (absent in a merge patch). */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
