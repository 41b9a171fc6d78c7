import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "assetMaxima.title": "Límites de recursos",
} satisfies Translation<typeof en>;
