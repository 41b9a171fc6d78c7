import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "tags.title": "Доступность",
  "tags.description":
    "Теги доступности определяют, где могут работать ресурсы этого клиента: только там, где тег совпадает.",
  "tags.list": "Теги",
  "tags.remove": "Удалить тег {tag}",
  "tags.include": "Включить",
  "tags.include.hint": "По одному тегу: буквы, цифры и _ . : -, например eu-west.",
  "tags.add": "Добавить",
  "tags.suggestions": "Используемые теги",
  "tags.empty.title": "Нет тегов",
  "tags.empty.description": "Ресурсы этого клиента могут работать где угодно.",
  "tags.empty.action": "Добавить тег",
  "tags.conflict.theirs": "Теперь теги такие: {tags}.",
} satisfies Translation<typeof en>;
