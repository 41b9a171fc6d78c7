import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "languagePicker.title": "Sprache",
  "languagePicker.description":
    "Die Sprache, in der die Benutzer des Kunden das Control Panel sehen.",
  "languagePicker.default": "Standardsprache",
  "languagePicker.inherit": "Standard der Abrechnungseinheit",
  "languagePicker.inherit.current": "{language}, wie {billingEntity}",
  "languagePicker.hint":
    "Benutzer, die eine eigene Sprache eingestellt haben, behalten sie: Dies ändert nur die übrigen Benutzer.",
  "languagePicker.hint.count":
    "{count, plural, one {# Benutzer dieses Kunden hat} other {# Benutzer dieses Kunden haben}} eine eigene Sprache.",
} satisfies Translation<typeof en>;
