import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "email.title": "E-Mail senden",
} satisfies Translation<typeof en>;
