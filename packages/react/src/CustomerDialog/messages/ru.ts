import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "dialog.title": "Управление клиентом",
  "dialog.notFound.title": "Клиент не найден",
  "dialog.name.label": "Название клиента",
  "dialog.name.edit": "Изменить название",
  "dialog.tabs.label": "Настройки клиента",
  "dialog.tab.configuration": "Конфигурация",
  "dialog.tab.availability": "Доступность",
  "dialog.tab.assetMaxima": "Лимиты ресурсов",
  "dialog.tab.units": "Единицы",
  "dialog.tab.validation": "Проверка клиента",
  "dialog.tab.email": "Отправить письмо",
  "dialog.tab.users": "Пользователи",
  "dialog.tab.language": "Язык",
  "dialog.tab.themes": "Темы",
  "dialog.tab.keys": "Ключи",
  "dialog.tab.reports": "Отчёты",
  "dialog.tab.resources": "Ресурсы",
  "dialog.tab.information": "Сведения",
  "dialog.panel.failed": "Не удалось показать этот раздел.",
  "dialog.menu.createSimilar": "Создать похожего",
  "dialog.menu.login": "Войти в панель клиента",
  "dialog.menu.delete": "Удалить",
  "dialog.similar.title": "Создать похожего клиента",
  "dialog.similar.description":
    "Новый клиент получит продуктовое предложение, конфигурацию, теги, лимиты ресурсов, язык и тему клиента {name}, но без пользователей, без ресурсов и с нулевым балансом.",
  "dialog.similar.name": "Название нового клиента",
  "dialog.similar.submit": "Создать клиента",
  "dialog.login.title": "Войти как {name}",
  "dialog.login.description":
    "Панель управления откроется в новой вкладке, где вы действуете от имени клиента. Оформление — то, которое видят администраторы клиента.",
  "dialog.login.reason": "Причина",
  "dialog.login.reasonHint": "Записывается в задания клиента вместе с вашим именем и временем.",
  "dialog.login.submit": "Войти",
  "dialog.delete.title": "Удалить {name}?",
  "dialog.delete.description":
    "{name} исчезнет из всех списков клиентов, его больше нельзя будет открыть или изменить. Отменить это невозможно.",
  "dialog.delete.confirm": "Введите «{name}» для подтверждения",
  "dialog.delete.mismatch": "Название не совпадает.",
  "dialog.delete.submit": "Удалить клиента",
} satisfies Translation<typeof en>;
