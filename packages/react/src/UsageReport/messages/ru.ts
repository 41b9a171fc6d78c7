import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "usage.title": "Потребление",
  "usage.description": "Израсходованные единицы по дням и типам ресурсов.",
  "usage.period": "Период",
  "usage.preset.last7": "Последние 7 дней",
  "usage.preset.last30": "Последние 30 дней",
  "usage.preset.last90": "Последние 90 дней",
  "usage.preset.thisMonth": "Этот месяц",
  "usage.preset.lastMonth": "Прошлый месяц",
  "usage.preset.custom": "Свой период",
  "usage.from": "Дата начала",
  "usage.to": "Дата окончания",
  "usage.error.order": "Дата начала должна быть не позже даты окончания.",
  "usage.error.span": "Период может охватывать не более {limit} дн.",
  "usage.summary":
    "{total} ед. за {count, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
  "usage.units": "{total} ед.",
  "usage.range": "{from} – {to}",
  "usage.chartHint": "Стрелками можно показать единицы за каждый день.",
  "usage.legend": "Единицы по типам ресурсов",
  "usage.total": "Итого",
  "usage.showTable": "Показать таблицей",
  "usage.hideTable": "Скрыть таблицу",
  "usage.table": "Потребление по дням",
  "usage.col.date": "Дата",
  "usage.empty.title": "Нет потребления за этот период",
  "usage.empty.description":
    "Здесь появляются единицы за каждый день, когда клиент использует серверы, диски, сети или хранилище.",
  "usage.empty.action": "Показать последние 90 дней",
} satisfies Translation<typeof en>;
