import { useEffect, useState } from "react";
import {
  forgetImpersonation,
  handoffId,
  type ImpersonationRecord,
  receiveImpersonation,
  storedImpersonation,
} from "./handoff";
import { CUSTOMERS_PATH } from "./route";

type State =
  | { kind: "waiting" }
  | { kind: "none" }
  | { kind: "active"; record: ImpersonationRecord }
  | { kind: "stopped"; record: ImpersonationRecord };

/** How long the page waits for the admin's page to answer before saying nothing came. */
const WAIT_MS = 20_000;

function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function left(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, "0")}`;
}

const time = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * The page "Login to CP" opens: which customer is impersonated, by whom and why, the branding the
 * control panel shows, the expiry counting down, and Stop. It stands in for the control panel.
 */
export function ImpersonationPage() {
  const [state, setState] = useState<State>(() =>
    handoffId() || storedImpersonation() ? { kind: "waiting" } : { kind: "none" },
  );
  useEffect(() => {
    let live = true;
    void receiveImpersonation(WAIT_MS).then(
      (record) => live && setState(record ? { kind: "active", record } : { kind: "none" }),
    );
    return () => {
      live = false;
    };
  }, []);
  const now = useNow(state.kind === "active");

  useEffect(() => {
    document.title =
      state.kind === "active"
        ? `Impersonating ${state.record.customer.name} · Skyline`
        : "Impersonation · Skyline";
  }, [state]);

  if (state.kind === "waiting") {
    return (
      <main id="main" className="portal-main portal-imp" aria-busy="true">
        <h1>Impersonation</h1>
        <p>Logging in to the control panel…</p>
      </main>
    );
  }
  if (state.kind === "none") {
    return (
      <main id="main" className="portal-main portal-imp">
        <h1>Impersonation</h1>
        <p>
          No impersonation in this tab. Start one from a customer's dialog: the ⋯ menu, Login to CP.
          (The token is handed to this tab directly; it is never in a link.)
        </p>
        <p>
          <a href={CUSTOMERS_PATH}>Go to Customers</a>
        </p>
      </main>
    );
  }

  const { record } = state;
  const { impersonation, customer, admin, theme } = record;
  const { branding } = impersonation;
  const expires = Date.parse(impersonation.expiresAt);
  const stopped = state.kind === "stopped";
  const expired = !stopped && now >= expires;
  const cpHost = (() => {
    try {
      return new URL(impersonation.controlPanelUrl).host;
    } catch {
      return impersonation.controlPanelUrl.split("?")[0];
    }
  })();

  return (
    <main id="main" className="portal-main portal-imp">
      <div
        className="portal-imp-banner"
        data-state={stopped ? "stopped" : expired ? "expired" : "active"}
      >
        <div>
          <p className="portal-eyebrow">Control panel ({cpHost})</p>
          <h1>
            {stopped
              ? "Impersonation ended: "
              : expired
                ? "Impersonation expired: "
                : "Impersonating "}
            {customer.name}
          </h1>
        </div>
        {!stopped && !expired && (
          <button
            type="button"
            className="portal-button portal-button-danger"
            onClick={() => {
              forgetImpersonation();
              setState({ kind: "stopped", record });
            }}
          >
            Stop impersonation
          </button>
        )}
      </div>
      <div role="status" className="portal-imp-status">
        {stopped ? (
          <p>
            Impersonation stopped. The token was discarded; this tab no longer acts as{" "}
            {customer.name}.
          </p>
        ) : expired ? (
          <p>
            The token expired at {time.format(expires)}. Start a new impersonation from the
            customer's dialog.
          </p>
        ) : null}
      </div>

      <dl className="portal-facts">
        <div>
          <dt>Customer</dt>
          <dd>
            {customer.name} <span className="portal-muted">({customer.id})</span>
          </dd>
        </div>
        <div>
          <dt>By</dt>
          <dd>
            {admin.name} ({admin.label}, {admin.billingEntity})
          </dd>
        </div>
        <div>
          <dt>Reason</dt>
          <dd>{record.reason || "—"}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{dateTime.format(Date.parse(record.startedAt))}</dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd>
            {time.format(expires)}{" "}
            {!stopped && (
              <span className="portal-countdown" role="timer" aria-label="Time left">
                {expired ? "expired" : `${left(expires - now)} left`}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Recorded as job</dt>
          <dd className="portal-muted">{impersonation.jobId}</dd>
        </div>
      </dl>

      <section className="portal-card" aria-labelledby="branding-heading">
        <h2 id="branding-heading">Branding applied</h2>
        <p>
          {branding.source === "MBE"
            ? `The platform's own branding (${branding.billingEntityName}): an MBE admin impersonating a customer of another billing entity sees the MBE's brand, never the reseller's.`
            : `The customer's branding, as its own users see it (${branding.billingEntityName}).`}
        </p>
        <dl className="portal-facts">
          <div>
            <dt>Source</dt>
            <dd>{branding.source === "MBE" ? "MBE" : "Customer"}</dd>
          </div>
          <div>
            <dt>Billing entity</dt>
            <dd>{branding.billingEntityName}</dd>
          </div>
          <div>
            <dt>Theme</dt>
            <dd>{branding.themeName ?? "None (the control panel's default look)"}</dd>
          </div>
        </dl>
        {theme && (
          <div className="portal-theme">
            {theme.logoUrl && (
              <img src={theme.logoUrl} alt={`${theme.name} logo`} width="160" height="48" />
            )}
            <ul className="portal-swatches" aria-label="Theme colours">
              {(
                [
                  ["Primary", theme.primaryColor],
                  ["Accent", theme.accentColor],
                  ["Background", theme.backgroundColor],
                  ["Text", theme.textColor],
                ] as const
              ).map(([name, colour]) => (
                <li key={name}>
                  {/* An SVG fill, not a style attribute: the page's CSP has no 'unsafe-inline'. */}
                  <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
                    <rect
                      x="0.5"
                      y="0.5"
                      width="23"
                      height="23"
                      rx="5"
                      fill={colour}
                      stroke="currentColor"
                      strokeOpacity="0.25"
                    />
                  </svg>
                  <span>
                    {name} <code>{colour}</code>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </main>
  );
}
