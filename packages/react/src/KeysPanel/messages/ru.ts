import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "keys.title": "Ключи",
  "keys.description":
    "Пары «имя — значение», привязанные к этому клиенту; их читают платформа и интеграции.",
  "keys.loading": "Загрузка ключей…",
  "keys.add": "Добавить ключ",
  "keys.addTitle": "Новый ключ",
  "keys.addSubmit": "Добавить ключ",
  "keys.editTitle": "Изменить {name}",
  "keys.added": "Ключ {name} добавлен.",
  "keys.saved": "Ключ {name} сохранён.",
  "keys.removed": "Ключ {name} удалён.",
  "keys.empty.title": "Ключей пока нет",
  "keys.empty.description": "Ключи помечают клиента для размещения, биллинга и интеграций.",
  "keys.empty.action": "Добавить первый ключ",
  "keys.column.name": "Имя",
  "keys.column.type": "Тип",
  "keys.column.value": "Значение",
  "keys.column.weight": "Вес",
  "keys.column.actions": "Действия",
  "keys.copy": "Скопировать значение {name}",
  "keys.edit": "Изменить {name}",
  "keys.remove": "Удалить {name}",
  "keys.removeTitle": "Удалить ключ {name}?",
  "keys.removeDescription":
    "То, что читает этот ключ, больше его не найдёт. Это действие необратимо.",
  "keys.removeConfirm": "Удалить ключ",
  "keys.changedMeanwhile":
    "Кто-то другой тем временем изменил этот ключ. Закройте окно, посмотрите текущее значение и удалите ключ снова, если это всё ещё нужно.",
  "keys.field.name": "Имя",
  "keys.field.nameHint": "Буквы, цифры и . _ : - (например, billing.costCentre).",
  "keys.field.type": "Тип",
  "keys.field.value": "Значение",
  "keys.field.weight": "Вес",
  "keys.field.weightHint": "От −1000 до 1000; больший вес важнее меньшего.",
} satisfies Translation<typeof en>;
