import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "units.title": "Einheiten",
  "units.unitsSuffix": "Einheiten",
  "units.balance.title": "Guthaben",
  "units.balance.description":
    "Übertragbare Einheiten gehen in den nächsten Zeitraum über; nicht übertragbare verfallen.",
  "units.balance.warnLevel": "Warnschwelle",
  "units.balance.cutoff": "Sperrsaldo",
  "units.balance.notSet": "Nicht festgelegt",
  "units.state.ok": "Über der Warnschwelle",
  "units.state.warning": "Niedriges Guthaben",
  "units.state.cutoff": "Gesperrt",
  "units.notice.cutoff.title": "Der Kunde hat den Sperrsaldo erreicht",
  "units.notice.cutoff.body":
    "Bei {cutoff} Einheiten oder weniger kann der Kunde keine neuen Ressourcen anlegen oder starten.",
  "units.notice.warning.title": "Das Guthaben liegt auf oder unter der Warnschwelle",
  "units.notice.warning.body": "Die Warnschwelle liegt bei {level} Einheiten.",
  "units.notice.warningSent":
    "Die Warn-E-Mail zum niedrigen Guthaben wurde an die Administratoren des Kunden gesendet.",
  "units.notice.warningNotSent":
    "Die Warn-E-Mail zum niedrigen Guthaben wurde noch nicht gesendet.",
  "units.forms.title": "Einheiten hinzufügen oder abziehen",
  "units.forms.description":
    "Beliebig viele Einheiten gutschreiben oder belasten oder ein Einheitenangebot hinzufügen. Alles erscheint im Journal.",
  "units.form.title": "Gutschrift oder Belastung",
  "units.form.direction": "Buchungsart",
  "units.form.unitType": "Einheitentyp",
  "units.form.amount": "Menge",
  "units.form.description": "Beschreibung",
  "units.form.descriptionHint": "Eine Zeile, erscheint im Journal.",
  "units.form.submitCredit": "Einheiten gutschreiben",
  "units.form.submitDebit": "Einheiten belasten",
  "units.form.credited": "{amount} Einheiten gutgeschrieben",
  "units.form.debited": "{amount} Einheiten belastet",
  "units.offer.title": "Einheitenangebot hinzufügen",
  "units.offer.offer": "Einheitenangebot",
  "units.offer.choose": "Angebot wählen…",
  "units.offer.option": "{name} – {price}",
  "units.offer.none": "Die Abrechnungseinheit dieses Kunden bietet keine Einheitenpakete an.",
  "units.offer.submit": "Angebot hinzufügen",
  "units.offer.added": "{name} hinzugefügt: {amount} Einheiten gutgeschrieben",
  "units.ledger.title": "Journal",
  "units.ledger.description":
    "Jede Gutschrift und Belastung, die neueste zuerst, mit dem Saldo danach.",
  "units.ledger.col.date": "Datum",
  "units.ledger.col.description": "Beschreibung",
  "units.ledger.col.type": "Art",
  "units.ledger.col.unitType": "Einheitentyp",
  "units.ledger.col.amount": "Menge",
  "units.ledger.col.balance": "Saldo",
  "units.ledger.source.MANUAL": "Manuell",
  "units.ledger.source.OFFER_PURCHASE": "Angebotskauf",
  "units.ledger.source.USAGE": "Nutzung",
  "units.ledger.by": "von {name}",
  "units.ledger.shown": "{shown} von {total, plural, one {# Eintrag} other {# Einträgen}}",
  "units.ledger.empty.title": "Noch keine Buchungen",
  "units.ledger.empty.description":
    "Gutschriften, Belastungen und Angebotskäufe erscheinen hier, jeweils mit dem Saldo danach.",
} satisfies Translation<typeof en>;
