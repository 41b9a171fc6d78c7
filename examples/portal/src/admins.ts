/** The sandbox's admins the switcher signs in as (their fixed demo tokens). */
export const ADMINS = [
  { id: "mbe", label: "MBE admin", token: "demo-mbe-admin" },
  { id: "reseller-a", label: "Reseller A admin", token: "demo-reseller-a-admin" },
  { id: "reseller-b", label: "Reseller B admin", token: "demo-reseller-b-admin" },
] as const;

export type Admin = (typeof ADMINS)[number];
export type AdminId = Admin["id"];

const KEY = "portal:admin";

/** The admin signed in in this tab (sessionStorage), Reseller A's by default. */
export function loadAdmin(): Admin {
  const saved = sessionStorage.getItem(KEY);
  return ADMINS.find((a) => a.id === saved) ?? ADMINS[1];
}

export function saveAdmin(admin: Admin): void {
  sessionStorage.setItem(KEY, admin.id);
}

export type Scheme = "system" | "light" | "dark";
const SCHEME_KEY = "portal:scheme";

/** The colour scheme chosen (localStorage: a preference, not a session), the system's by default. */
export function loadScheme(): Scheme {
  const saved = localStorage.getItem(SCHEME_KEY);
  return saved === "light" || saved === "dark" ? saved : "system";
}

export function saveScheme(scheme: Scheme): void {
  localStorage.setItem(SCHEME_KEY, scheme);
}
