import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "configuration.title": "Configuration",
} satisfies Translation<typeof en>;
