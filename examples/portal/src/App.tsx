import { type Impersonation, isCustomerKitError } from "@customer-kit/client";
import { referenceQueries, useCustomer, useCustomerKit, useMe } from "@customer-kit/hooks";
import {
  CustomerDialog,
  CustomerKitProvider,
  CustomersTable,
  type ImpersonationContext,
  type TabId,
} from "@customer-kit/react";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useId, useState } from "react";
import {
  ADMINS,
  type Admin,
  loadAdmin,
  loadScheme,
  type Scheme,
  saveAdmin,
  saveScheme,
} from "./admins";
import { type ImpersonationRecord, offerImpersonation } from "./handoff";
import { ImpersonationPage } from "./ImpersonationPage";
import { CUSTOMERS_PATH, customersHref, navigate, useRoute } from "./route";

/** What the page gives the app: the sandbox API's URL and this response's CSP nonce. */
export interface PageConfig {
  apiUrl: string;
  nonce: string | undefined;
}

/** The colour scheme on <html> (the portal's own CSS), and for the kit's provider. */
function useScheme(): [Scheme, (scheme: Scheme) => void] {
  const [scheme, setScheme] = useState(loadScheme);
  useEffect(() => {
    document.documentElement.dataset.scheme = scheme;
  }, [scheme]);
  return [
    scheme,
    (next) => {
      saveScheme(next);
      setScheme(next);
    },
  ];
}

export function App({ config }: { config: PageConfig }) {
  const route = useRoute();
  const [scheme, setScheme] = useScheme();
  const [admin, setAdmin] = useState(loadAdmin);
  const [switched, setSwitched] = useState<string | null>(null);

  useEffect(() => {
    // `/` and `/admin` are the Customers page.
    if (route.page === "customers" && location.pathname !== CUSTOMERS_PATH) {
      navigate(customersHref(route.customer, route.tab) + location.hash, { replace: true });
    }
  }, [route]);

  if (route.page === "impersonation") {
    return (
      <Shell scheme={scheme} onScheme={setScheme}>
        <ImpersonationPage />
      </Shell>
    );
  }

  const switcher = (
    <AdminSwitcher
      admin={admin}
      onChange={(next) => {
        saveAdmin(next);
        setAdmin(next);
        // The open customer stays open only if the new admin may see it (checked below).
        setSwitched(route.customer);
      }}
    />
  );
  return (
    <Shell scheme={scheme} onScheme={setScheme} switcher={switcher}>
      {route.page === "notFound" ? (
        <main id="main" className="portal-main">
          <h1>Page not found</h1>
          <p>
            <a href={CUSTOMERS_PATH}>Go to Customers</a>
          </p>
        </main>
      ) : (
        // A new provider per admin: a client with their token and a cache of their own, so no
        // answer meant for one admin is ever shown to another.
        <CustomerKitProvider
          key={admin.id}
          baseUrl={config.apiUrl}
          getToken={() => admin.token}
          nonce={config.nonce}
          colorScheme={scheme}
        >
          <CustomersPage
            admin={admin}
            customer={route.customer}
            tab={route.tab}
            checkAfterSwitch={switched !== null && switched === route.customer}
            onChecked={() => setSwitched(null)}
          />
        </CustomerKitProvider>
      )}
    </Shell>
  );
}

function Shell({
  scheme,
  onScheme,
  switcher,
  children,
}: {
  scheme: Scheme;
  onScheme: (scheme: Scheme) => void;
  switcher?: ReactNode;
  children: ReactNode;
}) {
  const schemeId = useId();
  return (
    <div className="portal">
      <a className="portal-skip" href="#main">
        Skip to content
      </a>
      <header className="portal-header">
        <a className="portal-brand" href={CUSTOMERS_PATH}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>
            Skyline <span className="portal-brand-sub">Partner Portal</span>
          </span>
        </a>
        <div className="portal-controls">
          {switcher}
          <div className="portal-field">
            <label htmlFor={schemeId}>Appearance</label>
            <select
              id={schemeId}
              value={scheme}
              onChange={(event) => onScheme(event.target.value as Scheme)}
            >
              <option value="system">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </div>
        </div>
      </header>
      {children}
    </div>
  );
}

function AdminSwitcher({ admin, onChange }: { admin: Admin; onChange: (admin: Admin) => void }) {
  const id = useId();
  return (
    <div className="portal-field">
      <label htmlFor={id}>Signed in as</label>
      <select
        id={id}
        value={admin.id}
        onChange={(event) => {
          const next = ADMINS.find((a) => a.id === event.target.value);
          if (next) onChange(next);
        }}
      >
        {ADMINS.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function CustomersPage({
  admin,
  customer,
  tab,
  checkAfterSwitch,
  onChecked,
}: {
  admin: Admin;
  customer: string | null;
  tab: TabId | null;
  checkAfterSwitch: boolean;
  onChecked: () => void;
}) {
  const me = useMe();
  const [notice, setNotice] = useState<ReactNode>(null);

  return (
    <>
      <nav className="portal-nav" aria-label="Admin">
        <a href={CUSTOMERS_PATH} aria-current="page">
          Customers
        </a>
      </nav>
      <main id="main" className="portal-main">
        <div className="portal-title">
          <h1>Admin</h1>
          <p className="portal-tenancy">
            {me.data
              ? me.isMbeAdmin
                ? `${me.data.admin.name}, ${me.data.billingEntity.name} (the platform): every billing entity's customers.`
                : `${me.data.admin.name}, ${me.data.billingEntity.name}: only ${me.data.billingEntity.name}'s customers.`
              : "\u00a0"}
          </p>
        </div>
        {notice && (
          <div className="portal-notice" role="status">
            <p>{notice}</p>
            <button type="button" className="portal-link" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        )}
        <CustomersTable
          onOpenCustomer={(id, event) => {
            // The portal opens the dialog itself, from the URL.
            event.preventDefault();
            navigate(customersHref(id), { state: { portalDialog: true } });
          }}
        />
        {customer && (
          <DialogHost
            admin={admin}
            customer={customer}
            tab={tab}
            checkAfterSwitch={checkAfterSwitch}
            onChecked={onChecked}
            onNotice={setNotice}
          />
        )}
      </main>
    </>
  );
}

/** The open customer's dialog, as the URL says, and what its callbacks do in the portal. */
function DialogHost({
  admin,
  customer,
  tab,
  checkAfterSwitch,
  onChecked,
  onNotice,
}: {
  admin: Admin;
  customer: string;
  tab: TabId | null;
  checkAfterSwitch: boolean;
  onChecked: () => void;
  onNotice: (notice: ReactNode) => void;
}) {
  const me = useMe();
  const { client } = useCustomerKit();
  const queryClient = useQueryClient();
  // The dialog asks for the same query: this adds no request.
  const open = useCustomer(customer);

  const close = () => {
    // Opened from the list: Back is the same as closing. Opened from a link: stay on this page.
    if ((history.state as { portalDialog?: boolean } | null)?.portalDialog) history.back();
    else navigate(CUSTOMERS_PATH, { replace: true });
  };

  // After a switch of admin: a customer the new admin may not see is closed, and says why.
  useEffect(() => {
    if (!checkAfterSwitch) return;
    if (open.isSuccess) onChecked();
    if (open.isError) {
      onChecked();
      if (isCustomerKitError(open.error) && open.error.status === 404) {
        navigate(CUSTOMERS_PATH, { replace: true });
        onNotice(`${admin.label} cannot see that customer, so its dialog was closed.`);
      }
    }
  }, [
    checkAfterSwitch,
    open.isSuccess,
    open.isError,
    open.error,
    admin.label,
    onChecked,
    onNotice,
  ]);

  // Login to CP: the kit opened a blank tab at the admin's click (a popup blocker allows no tab
  // later) and hands it here with the reason once the token has arrived. The tab goes to the
  // impersonation page with a one-time handoff id; the record (token included) follows on a
  // same-origin BroadcastChannel, never in the URL.
  const onImpersonate = async (impersonation: Impersonation, context: ImpersonationContext) => {
    // The theme's colours and logo, for the page to show (GET /themes; cached after once).
    const themes = await queryClient
      .fetchQuery(referenceQueries.themes(client, { limit: 200 }))
      .catch(() => null);
    const record: ImpersonationRecord = {
      impersonation,
      customer: { id: customer, name: open.data?.name ?? "" },
      admin: {
        label: admin.label,
        name: me.data?.admin.name ?? admin.label,
        billingEntity: me.data?.billingEntity.name ?? "",
        isMbeAdmin: me.isMbeAdmin,
      },
      reason: context.reason,
      theme: themes?.items.find((t) => t.id === impersonation.branding.themeId) ?? null,
      startedAt: new Date().toISOString(),
    };
    const href = offerImpersonation(record);
    if (context.tab) {
      context.tab.open(href);
      onNotice(`Logged in to the control panel as ${record.customer.name} in a new tab.`);
      return;
    }
    onNotice(
      <>
        The browser blocked the impersonation tab.{" "}
        <button
          type="button"
          className="portal-link"
          onClick={() => {
            // This click may open a tab. Blank first, so that it has no opener to reach back to.
            const tab = window.open("", "_blank");
            if (!tab) return;
            tab.opener = null;
            tab.location.href = href;
            onNotice(null);
          }}
        >
          Open it
        </button>
      </>,
    );
  };

  return (
    <CustomerDialog
      customerId={customer}
      open
      onOpenChange={(isOpen) => !isOpen && close()}
      {...(tab && { tab })}
      onTabChange={(next) =>
        // A tab change is no new page: Back still closes the dialog.
        navigate(customersHref(customer, next), { replace: true, state: history.state })
      }
      onImpersonate={onImpersonate}
      onOpenCustomer={(id, event) => {
        // Create similar: the URL names the new customer (Back goes to the one before).
        event.preventDefault();
        navigate(customersHref(id, tab), { state: { portalDialog: true } });
      }}
      onDeleted={() => {
        onNotice("The customer was deleted.");
        navigate(CUSTOMERS_PATH, { replace: true });
      }}
    />
  );
}
