import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "jobs.title": "Trabajos",
  "jobs.description": "Operaciones sobre este cliente y sus recursos, las más recientes primero.",
  "jobs.loading": "Cargando trabajos…",
  "jobs.empty.title": "Aún no hay trabajos",
  "jobs.empty.description": "Los cambios en el cliente y sus recursos aparecen aquí como trabajos.",
  "jobs.col.status": "Estado",
  "jobs.col.job": "Trabajo",
  "jobs.col.resource": "Recurso",
  "jobs.col.started": "Inicio",
  "jobs.col.finished": "Fin",
  "jobs.by": "Por {name}",
  "jobs.notFinished": "Sin terminar",
  "jobs.jobStatus.QUEUED": "En cola",
  "jobs.jobStatus.IN_PROGRESS": "En curso",
  "jobs.jobStatus.SUCCESSFUL": "Correcto",
  "jobs.jobStatus.FAILED": "Fallido",
  "jobs.jobStatus.CANCELLED": "Cancelado",
} satisfies Translation<typeof en>;
