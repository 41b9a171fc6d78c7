import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "users.title": "Utilisateurs",
} satisfies Translation<typeof en>;
