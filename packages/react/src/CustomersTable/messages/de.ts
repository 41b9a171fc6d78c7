import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "customers.title": "Kunden",
  "customers.loading": "Kunden werden geladen…",
  "customers.new": "Neuer Kunde",
  "customers.newTitle": "Neuer Kunde",
  "customers.newDescription":
    "Geben Sie dem Kunden einen Namen. Konfiguration, Benutzer und Einheiten richten Sie im Kundendialog ein, der sich danach öffnet.",
  "customers.create": "Kunde anlegen",
  "customers.field.name": "Name",
  "customers.field.billingEntity": "Abrechnungseinheit",
  "customers.search": "Kunden durchsuchen",
  "customers.searchPlaceholder": "Nach Namen suchen…",
  "customers.filter.status": "Status",
  "customers.filter.anyStatus": "Jeder Status",
  "customers.filter.tag": "Tag",
  "customers.filter.anyTag": "Jedes Tag",
  "customers.filter.billingEntity": "Abrechnungseinheit",
  "customers.filter.anyBillingEntity": "Alle Abrechnungseinheiten",
  "customers.column.name": "Name",
  "customers.column.status": "Status",
  "customers.column.billingEntity": "Abrechnungseinheit",
  "customers.column.balance": "Einheitensaldo",
  "customers.column.tags": "Tags",
  "customers.column.created": "Angelegt",
  "customers.moreTags": "+{count}",
  "customers.range": "{from}–{to} von {total, plural, one {# Kunde} other {# Kunden}}",
  "customers.previous": "Zurück",
  "customers.next": "Weiter",
  "customers.empty.title": "Noch keine Kunden",
  "customers.empty.description": "Legen Sie den ersten Kunden an, um an ihn zu verkaufen.",
  "customers.empty.filtered": "Keine passenden Kunden",
  "customers.empty.filteredDescription":
    "Versuchen Sie eine andere Suche oder setzen Sie die Filter zurück.",
  "customers.clearFilters": "Filter zurücksetzen",
} satisfies Translation<typeof en>;
