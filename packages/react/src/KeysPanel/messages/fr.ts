import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "keys.title": "Clés",
  "keys.description":
    "Des paires nom–valeur attachées à ce client, lues par la plateforme et par les intégrations.",
  "keys.loading": "Chargement des clés…",
  "keys.add": "Ajouter une clé",
  "keys.addTitle": "Nouvelle clé",
  "keys.addSubmit": "Ajouter la clé",
  "keys.editTitle": "Modifier {name}",
  "keys.added": "La clé {name} a été ajoutée.",
  "keys.saved": "La clé {name} a été enregistrée.",
  "keys.removed": "La clé {name} a été supprimée.",
  "keys.empty.title": "Aucune clé",
  "keys.empty.description":
    "Les clés marquent le client pour le placement, la facturation et les intégrations.",
  "keys.empty.action": "Ajouter la première clé",
  "keys.column.name": "Nom",
  "keys.column.type": "Type",
  "keys.column.value": "Valeur",
  "keys.column.weight": "Poids",
  "keys.column.actions": "Actions",
  "keys.copy": "Copier la valeur de {name}",
  "keys.edit": "Modifier {name}",
  "keys.remove": "Supprimer {name}",
  "keys.removeTitle": "Supprimer la clé {name} ?",
  "keys.removeDescription":
    "Ce qui lit cette clé ne la trouvera plus. Cette action est irréversible.",
  "keys.removeConfirm": "Supprimer la clé",
  "keys.changedMeanwhile":
    "Quelqu’un d’autre a modifié cette clé entre-temps. Fermez, regardez la valeur actuelle, puis supprimez-la à nouveau si vous le souhaitez toujours.",
  "keys.field.name": "Nom",
  "keys.field.nameHint": "Lettres, chiffres et . _ : - (par exemple billing.costCentre).",
  "keys.field.type": "Type",
  "keys.field.value": "Valeur",
  "keys.field.weight": "Poids",
  "keys.field.weightHint": "De −1000 à 1000 ; un poids plus élevé l’emporte sur un plus faible.",
} satisfies Translation<typeof en>;
