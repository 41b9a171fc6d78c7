import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "languagePicker.title": "Sprache",
} satisfies Translation<typeof en>;
