// The page's own script: a file of its own, so the CSP needs no 'unsafe-inline'.
import { CustomerKit } from "/elements/standalone.js";

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content ?? "";
const token = meta("ck-token");
let colorScheme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";

function configure() {
  document.documentElement.dataset.scheme = colorScheme;
  CustomerKit.configure({
    baseUrl: meta("ck-api-url"),
    // A real page asks its own backend for a fresh token; the sandbox takes a fixed one.
    getToken: () => token,
    colorScheme,
    nonce: meta("ck-nonce"),
  });
  const button = document.getElementById("scheme");
  button.textContent = colorScheme === "dark" ? "Light" : "Dark";
  button.setAttribute("aria-pressed", String(colorScheme === "dark"));
}
configure();

document.getElementById("scheme").addEventListener("click", () => {
  colorScheme = colorScheme === "dark" ? "light" : "dark";
  configure();
});

// A plain button opens the dialog: the element's `open` attribute (Escape or Close removes it).
const dialog = document.querySelector("ck-customer-dialog");
document.getElementById("manage")?.addEventListener("click", () => {
  dialog.open = true;
});

// Every ck-* event reaches document (they bubble and cross shadow roots): show the last few.
const log = document.getElementById("events");
const EVENTS = [
  "ck-saved",
  "ck-error",
  "ck-open-change",
  "ck-tab-change",
  "ck-impersonate",
  "ck-navigate",
  "ck-open-customer",
  "ck-deleted",
];
for (const name of EVENTS) {
  document.addEventListener(name, (event) => {
    const item = document.createElement("li");
    const detail = { ...event.detail };
    if (detail.error) detail.error = `${detail.error.status ?? ""} ${detail.error.message}`.trim();
    if (detail.impersonation)
      detail.impersonation = { controlPanelUrl: detail.impersonation.controlPanelUrl };
    item.dataset.event = name;
    item.textContent = `${name} ${JSON.stringify(detail)}`;
    log.prepend(item);
    while (log.children.length > 8) log.lastElementChild.remove();
  });
}
