import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "units.title": "Unités",
} satisfies Translation<typeof en>;
