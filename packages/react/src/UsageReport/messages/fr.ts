import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "usage.title": "Consommation",
  "usage.description": "Unités consommées par jour, par type de ressource.",
  "usage.period": "Période",
  "usage.preset.last7": "7 derniers jours",
  "usage.preset.last30": "30 derniers jours",
  "usage.preset.last90": "90 derniers jours",
  "usage.preset.thisMonth": "Ce mois-ci",
  "usage.preset.lastMonth": "Le mois dernier",
  "usage.preset.custom": "Période personnalisée",
  "usage.from": "Date de début",
  "usage.to": "Date de fin",
  "usage.error.order": "La date de début doit précéder ou égaler la date de fin.",
  "usage.error.span": "La période peut couvrir au plus {limit} jours.",
  "usage.summary": "{total} unités sur {count, plural, one {# jour} other {# jours}}",
  "usage.units": "{total} unités",
  "usage.range": "{from} – {to}",
  "usage.chartHint": "Utilisez les flèches pour afficher les unités de chaque jour.",
  "usage.legend": "Unités par type de ressource",
  "usage.total": "Total général",
  "usage.showTable": "Afficher en tableau",
  "usage.hideTable": "Masquer le tableau",
  "usage.table": "Consommation par jour",
  "usage.col.date": "Date du jour",
  "usage.empty.title": "Aucune consommation sur cette période",
  "usage.empty.description":
    "Les unités apparaissent ici pour chaque jour où le client utilise des serveurs, disques, réseaux ou du stockage.",
  "usage.empty.action": "Afficher les 90 derniers jours",
} satisfies Translation<typeof en>;
