import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "validation.title": "Kunde validieren",
} satisfies Translation<typeof en>;
