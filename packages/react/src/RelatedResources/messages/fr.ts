import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "related.title": "Ressources liées",
  "related.description": "Tout ce qui est lié à ce client, avec les UUID que demande le support.",
  "related.loading": "Chargement des ressources liées…",
  "related.empty.title": "Aucune ressource liée",
  "related.empty.description": "Rien n’est encore lié à ce client.",
  "related.col.type": "Type",
  "related.col.name": "Nom",
  "related.col.id": "UUID",
  "related.copy": "Copier l’UUID de {name}",
} satisfies Translation<typeof en>;
