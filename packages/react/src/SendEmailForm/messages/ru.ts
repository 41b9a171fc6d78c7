import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "email.title": "Отправить письмо",
  "email.description":
    "Напишите пользователям клиента по электронной почте: его администраторам или выбранным вами пользователям.",
  "email.subject": "Тема",
  "email.message": "Сообщение",
  "email.recipients": "Получатели",
  "email.recipientsDefault": "Никто не выбран: письмо получат администраторы клиента.",
  "email.recipientsChosen":
    "{count, plural, one {Письмо получит только # выбранный пользователь.} few {Письмо получат только # выбранных пользователя.} many {Письмо получат только # выбранных пользователей.} other {Письмо получат только # выбранного пользователя.}}",
  "email.admin": "Админ",
  "email.noUsers": "У клиента нет активных пользователей для выбора.",
  "email.usersError": "Не удалось загрузить пользователей",
  "email.send": "Отправить",
  "email.sending": "Отправка…",
  "email.sent":
    "{count, plural, one {Отправлено # пользователю} other {Отправлено # пользователям}}",
} satisfies Translation<typeof en>;
