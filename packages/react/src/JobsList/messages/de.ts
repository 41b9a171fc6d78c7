import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "jobs.title": "Aufträge",
  "jobs.description": "Vorgänge an diesem Kunden und seinen Ressourcen, die neuesten zuerst.",
  "jobs.loading": "Aufträge werden geladen…",
  "jobs.empty.title": "Noch keine Aufträge",
  "jobs.empty.description":
    "Änderungen am Kunden und an seinen Ressourcen werden hier als Aufträge aufgeführt.",
  "jobs.col.status": "Status",
  "jobs.col.job": "Auftrag",
  "jobs.col.resource": "Ressource",
  "jobs.col.started": "Gestartet",
  "jobs.col.finished": "Beendet",
  "jobs.by": "Von {name}",
  "jobs.notFinished": "Nicht beendet",
  "jobs.jobStatus.QUEUED": "Wartend",
  "jobs.jobStatus.IN_PROGRESS": "Läuft",
  "jobs.jobStatus.SUCCESSFUL": "Erfolgreich",
  "jobs.jobStatus.FAILED": "Fehlgeschlagen",
  "jobs.jobStatus.CANCELLED": "Abgebrochen",
} satisfies Translation<typeof en>;
