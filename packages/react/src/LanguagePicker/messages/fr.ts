import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "languagePicker.title": "Langue",
  "languagePicker.description":
    "La langue dans laquelle les utilisateurs du client voient le panneau de contrôle.",
  "languagePicker.default": "Langue par défaut",
  "languagePicker.inherit": "Langue de l'entité de facturation",
  "languagePicker.inherit.current": "{language}, comme {billingEntity}",
  "languagePicker.hint":
    "Les utilisateurs qui ont choisi leur propre langue la gardent : ce réglage ne change que les autres.",
  "languagePicker.hint.count":
    "{count, plural, one {# utilisateur de ce client a} other {# utilisateurs de ce client ont}} leur propre langue.",
} satisfies Translation<typeof en>;
