import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "dialog.title": "Kunden verwalten",
  "dialog.notFound.title": "Kunde nicht gefunden",
  "dialog.name.label": "Kundenname",
  "dialog.name.edit": "Namen bearbeiten",
  "dialog.tabs.label": "Kundeneinstellungen",
  "dialog.tab.configuration": "Konfiguration",
  "dialog.tab.availability": "Verfügbarkeit",
  "dialog.tab.assetMaxima": "Ressourcenlimits",
  "dialog.tab.units": "Einheiten",
  "dialog.tab.validation": "Kunden validieren",
  "dialog.tab.email": "E-Mail senden",
  "dialog.tab.users": "Benutzer",
  "dialog.tab.language": "Sprache",
  "dialog.tab.themes": "Designs",
  "dialog.tab.keys": "Schlüssel",
  "dialog.tab.statements": "Kontoauszüge",
  "dialog.tab.invoices": "Rechnungen",
  "dialog.tab.creditNotes": "Gutschriften",
  "dialog.tab.reports": "Berichte",
  "dialog.tab.resources": "Ressourcen",
  "dialog.tab.information": "Informationen",
  "dialog.panel.failed": "Dieser Bereich konnte nicht angezeigt werden.",
  "dialog.menu.createSimilar": "Ähnlichen Kunden anlegen",
  "dialog.menu.login": "Im CP anmelden",
  "dialog.menu.delete": "Löschen",
  "dialog.similar.title": "Ähnlichen Kunden anlegen",
  "dialog.similar.description":
    "Der neue Kunde erhält Produktangebot, Konfiguration, Tags, Ressourcenlimits, Sprache und Design von {name}, aber keine Benutzer, keine Ressourcen und ein Guthaben von null.",
  "dialog.similar.name": "Name des neuen Kunden",
  "dialog.similar.submit": "Kunden anlegen",
  "dialog.login.title": "Als {name} anmelden",
  "dialog.login.description":
    "Das Control Panel öffnet sich in einem neuen Tab, in dem Sie als der Kunde handeln. Es zeigt das Branding, das die Administratoren des Kunden sehen.",
  "dialog.login.reason": "Grund",
  "dialog.login.reasonHint":
    "Wird mit Ihrem Namen und der Uhrzeit in den Aufträgen des Kunden vermerkt.",
  "dialog.login.submit": "Anmelden",
  "dialog.delete.title": "{name} löschen?",
  "dialog.delete.description":
    "{name} verschwindet aus allen Kundenlisten und kann nicht mehr geöffnet oder verwaltet werden. Dies lässt sich nicht rückgängig machen.",
  "dialog.delete.confirm": "Geben Sie {name} zur Bestätigung ein",
  "dialog.delete.mismatch": "Der Name stimmt nicht überein.",
  "dialog.delete.submit": "Kunden löschen",
} satisfies Translation<typeof en>;
