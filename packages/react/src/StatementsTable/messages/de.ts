import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "statements.title": "Kontoauszüge",
  "statements.description":
    "Monatlich, neueste zuerst: was berechnet, gutgeschrieben und bezahlt wurde, mit dem Saldo nach jeder Zeile.",
  "statements.loading": "Kontoauszüge werden geladen…",
  "statements.period": "{from} – {to}",
  "statements.col.date": "Datum",
  "statements.col.type": "Art",
  "statements.col.description": "Beschreibung",
  "statements.col.debit": "Soll",
  "statements.col.credit": "Haben",
  "statements.col.balance": "Saldo",
  "statements.kind.UNPAID_INVOICE": "Offene Rechnung",
  "statements.kind.UNPAID_CREDIT_NOTE": "Offene Gutschrift",
  "statements.kind.PAYMENT_RECEIVED": "Zahlungseingang",
  "statements.kind.PAYMENT_MADE": "Auszahlung",
  "statements.opening": "Anfangssaldo",
  "statements.closing": "Endsaldo",
  "statements.quiet": "In diesem Zeitraum wurde nichts berechnet, gutgeschrieben oder bezahlt.",
  "statements.total": "{total, plural, one {# Kontoauszug} other {# Kontoauszüge}}",
  "statements.newer": "Neuere",
  "statements.older": "Ältere",
  "statements.empty.title": "Noch keine Kontoauszüge",
  "statements.empty.description":
    "Ein Kontoauszug erscheint hier am Ende jedes Monats, in dem der Kunde abgerechnet wird.",
} satisfies Translation<typeof en>;
