import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "assetMaxima.title": "Ressourcenlimits",
} satisfies Translation<typeof en>;
