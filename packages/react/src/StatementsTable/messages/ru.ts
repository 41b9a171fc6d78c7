import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "statements.title": "Выписки",
  "statements.description":
    "Помесячно, сначала новые: что выставлено, зачтено и оплачено, с остатком после каждой строки.",
  "statements.loading": "Загрузка выписок…",
  "statements.period": "{from} – {to}",
  "statements.col.date": "Дата",
  "statements.col.type": "Тип",
  "statements.col.description": "Описание",
  "statements.col.debit": "Дебет",
  "statements.col.credit": "Кредит",
  "statements.col.balance": "Остаток",
  "statements.kind.UNPAID_INVOICE": "Неоплаченный счёт",
  "statements.kind.UNPAID_CREDIT_NOTE": "Непогашенная кредит-нота",
  "statements.kind.PAYMENT_RECEIVED": "Полученный платёж",
  "statements.kind.PAYMENT_MADE": "Произведённый платёж",
  "statements.opening": "Начальный остаток",
  "statements.closing": "Конечный остаток",
  "statements.quiet": "За этот период ничего не выставлено, не зачтено и не оплачено.",
  "statements.total":
    "{total, plural, one {# выписка} few {# выписки} many {# выписок} other {# выписки}}",
  "statements.newer": "Новее",
  "statements.older": "Старше",
  "statements.empty.title": "Выписок пока нет",
  "statements.empty.description":
    "Выписка появляется здесь в конце каждого месяца, за который клиенту выставлен счёт.",
} satisfies Translation<typeof en>;
