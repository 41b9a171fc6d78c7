import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "users.title": "Пользователи",
} satisfies Translation<typeof en>;
