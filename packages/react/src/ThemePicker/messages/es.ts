import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "themes.title": "Temas",
} satisfies Translation<typeof en>;
