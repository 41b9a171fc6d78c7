import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "validation.title": "Valider le client",
  "validation.description":
    "Le message que les utilisateurs du client voient en infobulle sur les images créées par ce client, pour attester qu'elles sont les siennes.",
  "validation.source": "Source HTML",
  "validation.sourceHint":
    "HTML simple : paragraphes, gras, italique, liens, retours à la ligne. Les scripts et gestionnaires d'événements sont supprimés avant l'affichage.",
  "validation.preview": "Aperçu",
  "validation.previewHint":
    "L'infobulle telle que la voient les utilisateurs du client, après nettoyage.",
  "validation.sampleImage": "ubuntu-24.04-web",
  "validation.trigger": "Validée",
  "validation.empty": "Aucun message : les images n'affichent pas d'infobulle de validation.",
  "validation.removedTitle": "Une partie du balisage a été supprimée",
  "validation.removed":
    "Les scripts, gestionnaires d'événements et liens dangereux de la source ne sont jamais affichés ni exécutés. L'aperçu montre ce qui reste.",
} satisfies Translation<typeof en>;
