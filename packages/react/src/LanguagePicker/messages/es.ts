import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "languagePicker.title": "Idioma",
  "languagePicker.description":
    "El idioma en que los usuarios del cliente ven el panel de control.",
  "languagePicker.default": "Idioma predeterminado",
  "languagePicker.inherit": "El de la entidad de facturación",
  "languagePicker.inherit.current": "{language}, como {billingEntity}",
  "languagePicker.hint":
    "Los usuarios que eligieron su propio idioma lo conservan: esto solo cambia a los demás.",
  "languagePicker.hint.count":
    "{count, plural, one {# usuario de este cliente tiene} other {# usuarios de este cliente tienen}} su propio idioma.",
} satisfies Translation<typeof en>;
