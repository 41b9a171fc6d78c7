import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "statements.title": "Extractos",
  "statements.description":
    "Mensuales, los más recientes primero: lo facturado, abonado y pagado, con el saldo tras cada línea.",
  "statements.loading": "Cargando extractos…",
  "statements.period": "{from} – {to}",
  "statements.col.date": "Fecha",
  "statements.col.type": "Tipo",
  "statements.col.description": "Concepto",
  "statements.col.debit": "Debe",
  "statements.col.credit": "Haber",
  "statements.col.balance": "Saldo",
  "statements.kind.UNPAID_INVOICE": "Factura pendiente",
  "statements.kind.UNPAID_CREDIT_NOTE": "Nota de crédito pendiente",
  "statements.kind.PAYMENT_RECEIVED": "Pago recibido",
  "statements.kind.PAYMENT_MADE": "Pago realizado",
  "statements.opening": "Saldo inicial",
  "statements.closing": "Saldo final",
  "statements.quiet": "En este periodo no se facturó, abonó ni pagó nada.",
  "statements.total": "{total, plural, one {# extracto} other {# extractos}}",
  "statements.newer": "Más recientes",
  "statements.older": "Más antiguos",
  "statements.empty.title": "Aún no hay extractos",
  "statements.empty.description":
    "Aquí aparece un extracto al final de cada mes en que se factura al cliente.",
} satisfies Translation<typeof en>;
