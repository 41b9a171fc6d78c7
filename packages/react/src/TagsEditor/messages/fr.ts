import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "tags.title": "Disponibilité",
  "tags.description":
    "Les étiquettes de disponibilité décident où les ressources de ce client peuvent tourner : seulement là où une étiquette correspond.",
  "tags.list": "Étiquettes",
  "tags.remove": "Retirer l'étiquette {tag}",
  "tags.include": "Inclure",
  "tags.include.hint":
    "Une étiquette à la fois : lettres, chiffres et _ . : -, par exemple eu-west.",
  "tags.add": "Ajouter",
  "tags.suggestions": "Étiquettes utilisées",
  "tags.empty.title": "Aucune étiquette",
  "tags.empty.description": "Les ressources de ce client peuvent tourner n'importe où.",
  "tags.empty.action": "Ajouter une étiquette",
  "tags.conflict.theirs": "Les étiquettes sont maintenant : {tags}.",
} satisfies Translation<typeof en>;
