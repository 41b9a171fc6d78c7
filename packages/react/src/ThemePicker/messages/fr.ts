import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "themes.title": "Thèmes",
} satisfies Translation<typeof en>;
