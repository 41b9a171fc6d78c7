import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "related.title": "Связанные ресурсы",
  "related.description": "Всё, что связано с этим клиентом, и UUID, которые спрашивает поддержка.",
  "related.loading": "Загрузка связанных ресурсов…",
  "related.empty.title": "Связанных ресурсов нет",
  "related.empty.description": "С этим клиентом пока ничего не связано.",
  "related.col.type": "Тип",
  "related.col.name": "Название",
  "related.col.id": "UUID",
  "related.copy": "Скопировать UUID: {name}",
} satisfies Translation<typeof en>;
