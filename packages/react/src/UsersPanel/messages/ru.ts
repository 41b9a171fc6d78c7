import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "users.title": "Пользователи",
  "users.description": "Люди и интеграции, которые могут входить в учётную запись этого клиента.",
  "users.loading": "Загрузка пользователей…",
  "users.add": "Добавить пользователя",
  "users.addTitle": "Новый пользователь",
  "users.addSubmit": "Добавить пользователя",
  "users.added": "Пользователь {name} добавлен.",
  "users.removed": "Пользователь {name} удалён.",
  "users.empty.title": "Пользователей пока нет",
  "users.empty.description":
    "Добавьте первого пользователя, чтобы кто-то мог войти в эту учётную запись.",
  "users.empty.action": "Добавить первого пользователя",
  "users.column.name": "Имя",
  "users.column.type": "Тип",
  "users.column.admin": "Администратор",
  "users.column.status": "Статус",
  "users.admin": "Администратор",
  "users.field.name": "Имя",
  "users.field.email": "Адрес эл. почты",
  "users.field.type": "Тип пользователя",
  "users.field.isAdmin": "Администратор",
  "users.field.isAdminHint": "Управляет учётной записью клиента и получает его письма.",
  "users.field.language": "Язык",
  "users.field.languageDefault": "Язык клиента по умолчанию",
  "users.typeHint.NORMAL": "Человек, который входит с адресом эл. почты и паролем.",
  "users.typeHint.API_KEY":
    "Интеграция (скрипт, CI, мониторинг), которая проходит проверку секретным ключом вместо пароля.",
  "users.lastActiveAdmin":
    "{name} — последний активный администратор клиента. Сначала назначьте администратором другого пользователя.",
  "users.changedMeanwhile":
    "Кто-то другой тем временем изменил этого пользователя. Обновите данные и попробуйте снова.",
  "users.refused": "Не выполнено",
  "users.credential.title": "Секретный ключ пользователя {name}",
  "users.credential.warning":
    "Скопируйте его сейчас и сохраните в надёжном месте: больше вы его не увидите. Сохраняются только последние четыре символа.",
  "users.credential.copy": "Скопировать секретный ключ",
  "users.credential.dismiss": "Я его скопировал",
  "users.credential.hint": "Ключ оканчивается на {hint}",
  "users.back": "← Все пользователи",
  "users.editTitle": "Данные",
  "users.accessTitle": "Доступ",
  "users.disable.title": "Отключить пользователя",
  "users.disable.description":
    "Отключённый пользователь не может войти, пока его снова не включат.",
  "users.disable.action": "Отключить",
  "users.enable.title": "Включить пользователя",
  "users.enable.description": "Пользователь отключён и не может войти.",
  "users.enable.action": "Включить",
  "users.remove.action": "Удалить пользователя",
  "users.remove.hint":
    "Удаляет пользователя навсегда. Его действия и отправленные ему письма остаются в истории.",
  "users.remove.title": "Удалить пользователя {name}?",
  "users.remove.description":
    "{name} больше не сможет войти, а пользователя нельзя будет восстановить. Это действие необратимо.",
  "users.remove.confirm": "Удалить пользователя",
} satisfies Translation<typeof en>;
