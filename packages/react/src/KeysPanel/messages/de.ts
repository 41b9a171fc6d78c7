import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "keys.title": "Schlüssel",
  "keys.description":
    "Name-Wert-Paare dieses Kunden, die von der Plattform und von Integrationen gelesen werden.",
  "keys.loading": "Schlüssel werden geladen…",
  "keys.add": "Schlüssel hinzufügen",
  "keys.addTitle": "Neuer Schlüssel",
  "keys.addSubmit": "Schlüssel hinzufügen",
  "keys.editTitle": "{name} bearbeiten",
  "keys.added": "Der Schlüssel {name} wurde hinzugefügt.",
  "keys.saved": "Der Schlüssel {name} wurde gespeichert.",
  "keys.removed": "Der Schlüssel {name} wurde entfernt.",
  "keys.empty.title": "Noch keine Schlüssel",
  "keys.empty.description":
    "Schlüssel kennzeichnen den Kunden für Platzierung, Abrechnung und Integrationen.",
  "keys.empty.action": "Ersten Schlüssel hinzufügen",
  "keys.column.name": "Name",
  "keys.column.type": "Typ",
  "keys.column.value": "Wert",
  "keys.column.weight": "Gewicht",
  "keys.column.actions": "Aktionen",
  "keys.copy": "Wert von {name} kopieren",
  "keys.edit": "{name} bearbeiten",
  "keys.remove": "{name} entfernen",
  "keys.removeTitle": "Schlüssel {name} entfernen?",
  "keys.removeDescription":
    "Was diesen Schlüssel liest, findet ihn nicht mehr. Das kann nicht rückgängig gemacht werden.",
  "keys.removeConfirm": "Schlüssel entfernen",
  "keys.changedMeanwhile":
    "Jemand anderes hat diesen Schlüssel inzwischen geändert. Schließen Sie den Dialog, prüfen Sie den aktuellen Wert und entfernen Sie ihn erneut, wenn Sie möchten.",
  "keys.field.name": "Name",
  "keys.field.nameHint": "Buchstaben, Ziffern und . _ : - (zum Beispiel billing.costCentre).",
  "keys.field.type": "Typ",
  "keys.field.value": "Wert",
  "keys.field.weight": "Gewicht",
  "keys.field.weightHint":
    "Von −1000 bis 1000; ein höheres Gewicht hat Vorrang vor einem niedrigeren.",
} satisfies Translation<typeof en>;
