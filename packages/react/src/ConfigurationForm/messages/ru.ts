import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "configuration.title": "Конфигурация",
} satisfies Translation<typeof en>;
