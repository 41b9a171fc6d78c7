import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "themes.title": "Темы",
} satisfies Translation<typeof en>;
