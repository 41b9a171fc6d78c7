import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "statements.title": "Relevés",
  "statements.description":
    "Mensuels, les plus récents d'abord : ce qui a été facturé, crédité et payé, avec le solde après chaque ligne.",
  "statements.loading": "Chargement des relevés…",
  "statements.period": "{from} – {to}",
  "statements.col.date": "Date",
  "statements.col.type": "Type",
  "statements.col.description": "Libellé",
  "statements.col.debit": "Débit",
  "statements.col.credit": "Crédit",
  "statements.col.balance": "Solde",
  "statements.kind.UNPAID_INVOICE": "Facture impayée",
  "statements.kind.UNPAID_CREDIT_NOTE": "Avoir non réglé",
  "statements.kind.PAYMENT_RECEIVED": "Paiement reçu",
  "statements.kind.PAYMENT_MADE": "Paiement effectué",
  "statements.opening": "Solde d'ouverture",
  "statements.closing": "Solde de clôture",
  "statements.quiet": "Rien n'a été facturé, crédité ni payé sur cette période.",
  "statements.total": "{total, plural, one {# relevé} other {# relevés}}",
  "statements.newer": "Plus récents",
  "statements.older": "Plus anciens",
  "statements.empty.title": "Aucun relevé pour l'instant",
  "statements.empty.description":
    "Un relevé apparaît ici à la fin de chaque mois où le client est facturé.",
} satisfies Translation<typeof en>;
