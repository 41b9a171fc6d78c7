import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "dialog.title": "Kunden verwalten",
} satisfies Translation<typeof en>;
