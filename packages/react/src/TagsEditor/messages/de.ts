import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "tags.title": "Verfügbarkeit",
} satisfies Translation<typeof en>;
