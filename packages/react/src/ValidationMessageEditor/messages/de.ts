import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "validation.title": "Kunde validieren",
  "validation.description":
    "Die Nachricht, die die Benutzer des Kunden als Tooltip an Images dieses Kunden sehen – als Nachweis, dass es seine eigenen sind.",
  "validation.source": "HTML-Quelltext",
  "validation.sourceHint":
    "Einfaches HTML: Absätze, Fett, Kursiv, Links, Zeilenumbrüche. Skripte und Event-Handler werden vor der Anzeige entfernt.",
  "validation.preview": "Vorschau",
  "validation.previewHint":
    "Der Tooltip, wie die Benutzer des Kunden ihn nach der Bereinigung sehen.",
  "validation.sampleImage": "ubuntu-24.04-web",
  "validation.trigger": "Validiert",
  "validation.empty": "Keine Nachricht: Images zeigen keinen Validierungs-Tooltip.",
  "validation.removedTitle": "Ein Teil des Markups wurde entfernt",
  "validation.removed":
    "Skripte, Event-Handler und unsichere Links im Quelltext werden nie angezeigt oder ausgeführt. Die Vorschau zeigt, was übrig bleibt.",
} satisfies Translation<typeof en>;
