import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "assetMaxima.title": "Лимиты ресурсов",
} satisfies Translation<typeof en>;
