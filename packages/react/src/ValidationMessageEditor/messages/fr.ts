import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "validation.title": "Valider le client",
} satisfies Translation<typeof en>;
