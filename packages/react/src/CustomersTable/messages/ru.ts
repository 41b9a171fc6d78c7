import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "customers.title": "Клиенты",
  "customers.loading": "Загрузка клиентов…",
  "customers.new": "Новый клиент",
  "customers.newTitle": "Новый клиент",
  "customers.newDescription":
    "Укажите имя клиента. Конфигурация, пользователи и единицы настраиваются в его окне, которое откроется следом.",
  "customers.create": "Создать клиента",
  "customers.field.name": "Имя",
  "customers.field.billingEntity": "Платёжная организация",
  "customers.search": "Поиск клиентов",
  "customers.searchPlaceholder": "Поиск по имени…",
  "customers.filter.status": "Статус",
  "customers.filter.anyStatus": "Любой статус",
  "customers.filter.tag": "Метка",
  "customers.filter.anyTag": "Любая метка",
  "customers.filter.billingEntity": "Платёжная организация",
  "customers.filter.anyBillingEntity": "Все платёжные организации",
  "customers.column.name": "Имя",
  "customers.column.status": "Статус",
  "customers.column.billingEntity": "Платёжная организация",
  "customers.column.balance": "Баланс единиц",
  "customers.column.tags": "Метки",
  "customers.column.created": "Создан",
  "customers.moreTags": "+{count}",
  "customers.range":
    "{from}–{to} из {total, plural, one {# клиента} few {# клиентов} many {# клиентов} other {# клиента}}",
  "customers.previous": "Назад",
  "customers.next": "Далее",
  "customers.empty.title": "Клиентов пока нет",
  "customers.empty.description": "Создайте первого клиента, чтобы начать ему продавать.",
  "customers.empty.filtered": "Подходящих клиентов нет",
  "customers.empty.filteredDescription": "Попробуйте другой запрос или сбросьте фильтры.",
  "customers.clearFilters": "Сбросить фильтры",
} satisfies Translation<typeof en>;
