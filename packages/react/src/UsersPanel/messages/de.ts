import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "users.title": "Benutzer",
  "users.description":
    "Die Personen und Integrationen, die sich im Konto dieses Kunden anmelden können.",
  "users.loading": "Benutzer werden geladen…",
  "users.add": "Benutzer hinzufügen",
  "users.addTitle": "Neuer Benutzer",
  "users.addSubmit": "Benutzer hinzufügen",
  "users.added": "{name} wurde hinzugefügt.",
  "users.removed": "{name} wurde entfernt.",
  "users.empty.title": "Noch keine Benutzer",
  "users.empty.description":
    "Fügen Sie den ersten Benutzer hinzu, damit sich jemand in diesem Konto anmelden kann.",
  "users.empty.action": "Ersten Benutzer hinzufügen",
  "users.column.name": "Name",
  "users.column.type": "Typ",
  "users.column.admin": "Administrator",
  "users.column.status": "Status",
  "users.admin": "Administrator",
  "users.field.name": "Name",
  "users.field.email": "E-Mail-Adresse",
  "users.field.type": "Benutzertyp",
  "users.field.isAdmin": "Administrator",
  "users.field.isAdminHint": "Verwaltet das Konto des Kunden und erhält seine E-Mails.",
  "users.field.language": "Sprache",
  "users.field.languageDefault": "Standard des Kunden",
  "users.typeHint.NORMAL": "Eine Person, die sich mit E-Mail-Adresse und Passwort anmeldet.",
  "users.typeHint.API_KEY":
    "Eine Integration (Skript, CI, Monitoring), die sich mit einem geheimen Schlüssel statt eines Passworts anmeldet.",
  "users.lastActiveAdmin":
    "{name} ist der letzte aktive Administrator des Kunden. Machen Sie zuerst einen anderen Benutzer zum Administrator.",
  "users.changedMeanwhile":
    "Jemand anderes hat diesen Benutzer inzwischen geändert. Laden Sie neu und versuchen Sie es erneut.",
  "users.refused": "Nicht ausgeführt",
  "users.credential.title": "Der geheime Schlüssel von {name}",
  "users.credential.warning":
    "Kopieren Sie ihn jetzt und bewahren Sie ihn sicher auf: Sie werden ihn nicht wieder sehen. Nur die letzten vier Zeichen werden gespeichert.",
  "users.credential.copy": "Geheimen Schlüssel kopieren",
  "users.credential.dismiss": "Ich habe ihn kopiert",
  "users.credential.hint": "Schlüssel endet auf {hint}",
  "users.back": "← Alle Benutzer",
  "users.editTitle": "Angaben",
  "users.accessTitle": "Zugang",
  "users.disable.title": "Diesen Benutzer deaktivieren",
  "users.disable.description":
    "Ein deaktivierter Benutzer kann sich erst wieder anmelden, wenn er aktiviert wird.",
  "users.disable.action": "Deaktivieren",
  "users.enable.title": "Diesen Benutzer aktivieren",
  "users.enable.description": "Der Benutzer ist deaktiviert und kann sich nicht anmelden.",
  "users.enable.action": "Aktivieren",
  "users.remove.action": "Benutzer entfernen",
  "users.remove.hint":
    "Entfernt den Benutzer endgültig. Was er getan hat und was ihm gesendet wurde, bleibt erhalten.",
  "users.remove.title": "{name} entfernen?",
  "users.remove.description":
    "{name} kann sich nicht mehr anmelden, und der Benutzer lässt sich nicht wiederherstellen. Das kann nicht rückgängig gemacht werden.",
  "users.remove.confirm": "Benutzer entfernen",
} satisfies Translation<typeof en>;
