import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "email.title": "E-Mail senden",
  "email.description":
    "Schreiben Sie den Benutzern des Kunden per E-Mail: seinen Admin-Benutzern oder den Benutzern Ihrer Wahl.",
  "email.subject": "Betreff",
  "email.message": "Nachricht",
  "email.recipients": "Empfänger",
  "email.recipientsDefault": "Keine gewählt: Die Admin-Benutzer des Kunden erhalten sie.",
  "email.recipientsChosen":
    "{count, plural, one {Nur der # gewählte Benutzer erhält sie.} other {Nur die # gewählten Benutzer erhalten sie.}}",
  "email.admin": "Admin",
  "email.noUsers": "Der Kunde hat keine aktiven Benutzer zur Auswahl.",
  "email.usersError": "Die Benutzer konnten nicht geladen werden",
  "email.send": "Senden",
  "email.sending": "Wird gesendet…",
  "email.sent": "{count, plural, one {An # Benutzer gesendet} other {An # Benutzer gesendet}}",
} satisfies Translation<typeof en>;
