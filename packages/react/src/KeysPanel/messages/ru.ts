import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "keys.title": "Ключи",
} satisfies Translation<typeof en>;
