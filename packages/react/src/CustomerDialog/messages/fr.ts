import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "dialog.title": "Gérer le client",
} satisfies Translation<typeof en>;
