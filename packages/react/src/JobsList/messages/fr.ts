import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "jobs.title": "Tâches",
  "jobs.description": "Les opérations sur ce client et ses ressources, les plus récentes d’abord.",
  "jobs.loading": "Chargement des tâches…",
  "jobs.empty.title": "Aucune tâche pour l’instant",
  "jobs.empty.description":
    "Les modifications du client et de ses ressources apparaissent ici sous forme de tâches.",
  "jobs.col.status": "Statut",
  "jobs.col.job": "Tâche",
  "jobs.col.resource": "Ressource",
  "jobs.col.started": "Début",
  "jobs.col.finished": "Fin",
  "jobs.by": "Par {name}",
  "jobs.notFinished": "Non terminée",
  "jobs.jobStatus.QUEUED": "En attente",
  "jobs.jobStatus.IN_PROGRESS": "En cours",
  "jobs.jobStatus.SUCCESSFUL": "Réussie",
  "jobs.jobStatus.FAILED": "Échouée",
  "jobs.jobStatus.CANCELLED": "Annulée",
} satisfies Translation<typeof en>;
