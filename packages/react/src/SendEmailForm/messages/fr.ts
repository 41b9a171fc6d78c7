import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "email.title": "Envoyer un e-mail",
} satisfies Translation<typeof en>;
