import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "creditNotes.title": "Кредит-ноты",
  "creditNotes.description":
    "Сначала новые, у каждой — счёт, по которому она выставлена. Откройте кредит-ноту, чтобы увидеть её позиции.",
  "creditNotes.loading": "Загрузка кредит-нот…",
  "creditNotes.col.number": "Номер",
  "creditNotes.col.issued": "Дата",
  "creditNotes.col.invoice": "По счёту",
  "creditNotes.col.status": "Статус",
  "creditNotes.col.exTax": "Без налога",
  "creditNotes.col.incTax": "С налогом",
  "creditNotes.col.currency": "Валюта",
  "creditNotes.noInvoice": "Нет",
  "creditNotes.status.ISSUED": "Выставлена",
  "creditNotes.status.APPLIED": "Зачтена",
  "creditNotes.status.VOID": "Аннулирована",
  "creditNotes.total":
    "{total, plural, one {# кредит-нота} few {# кредит-ноты} many {# кредит-нот} other {# кредит-ноты}}",
  "creditNotes.newer": "Новее",
  "creditNotes.older": "Старше",
  "creditNotes.empty.title": "Кредит-нот нет",
  "creditNotes.empty.description":
    "Кредит-ноты появятся здесь, когда клиенту вернут часть суммы счёта.",
  "creditNotes.back": "Назад к кредит-нотам",
  "creditNotes.detail.title": "Кредит-нота {number}",
  "creditNotes.detail.untitled": "Кредит-нота",
  "creditNotes.detail.credits": "Выставлена {issued} · по счёту {invoice}",
  "creditNotes.detail.issued": "Выставлена {issued}",
  "creditNotes.detail.reason": "Причина: {reason}",
  "creditNotes.lines.title": "Позиции кредит-ноты",
  "creditNotes.lines.loading": "Загрузка позиций кредит-ноты…",
  "creditNotes.line.description": "Описание",
  "creditNotes.line.quantity": "Количество",
  "creditNotes.line.unitPrice": "Цена за единицу",
  "creditNotes.line.taxRate": "Ставка налога",
  "creditNotes.totals.exTax": "Итого без налога",
  "creditNotes.totals.tax": "Налог",
  "creditNotes.totals.incTax": "Итого с налогом",
} satisfies Translation<typeof en>;
