import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "assetMaxima.title": "Limites de ressources",
} satisfies Translation<typeof en>;
