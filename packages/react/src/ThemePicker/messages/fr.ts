import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "themes.title": "Thèmes",
  "themes.description":
    "L'habillage que les utilisateurs du client voient dans le panneau de contrôle.",
  "themes.active": "Thème actif",
  "themes.none": "Aucun : l'apparence standard de la plateforme",
  "themes.source.CUSTOMER": "Choisi pour ce client",
  "themes.source.BILLING_ENTITY": "Hérité de l'entité de facturation",
  "themes.source.PLATFORM": "Hérité de la plateforme",
  "themes.available": "Thèmes disponibles",
  "themes.inherit": "Utiliser le thème hérité",
  "themes.inherit.description":
    "Suivre le thème par défaut de l'entité de facturation, et ses changements.",
  "themes.inherit.current":
    "Suivre le thème par défaut de l'entité de facturation, actuellement {name}.",
  "themes.inUse": "Utilisé",
  "themes.empty.title": "Aucun thème à choisir",
  "themes.empty.description":
    "Ni l'entité de facturation ni la plateforme n'a de thème que ce client peut utiliser. Les thèmes se gèrent dans les réglages d'habillage de l'entité de facturation.",
} satisfies Translation<typeof en>;
