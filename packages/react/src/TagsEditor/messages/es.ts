import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "tags.title": "Disponibilidad",
} satisfies Translation<typeof en>;
