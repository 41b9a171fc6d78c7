import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "email.title": "Enviar correo",
} satisfies Translation<typeof en>;
