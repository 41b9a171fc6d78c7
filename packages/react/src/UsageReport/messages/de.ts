import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "usage.title": "Verbrauch",
  "usage.description": "Verbrauchte Einheiten pro Tag, nach Ressourcentyp.",
  "usage.period": "Zeitraum",
  "usage.preset.last7": "Letzte 7 Tage",
  "usage.preset.last30": "Letzte 30 Tage",
  "usage.preset.last90": "Letzte 90 Tage",
  "usage.preset.thisMonth": "Dieser Monat",
  "usage.preset.lastMonth": "Letzter Monat",
  "usage.preset.custom": "Eigener Zeitraum",
  "usage.from": "Startdatum",
  "usage.to": "Enddatum",
  "usage.error.order": "Das Startdatum muss vor oder auf dem Enddatum liegen.",
  "usage.error.span": "Der Zeitraum darf höchstens {limit} Tage umfassen.",
  "usage.summary": "{total} Einheiten in {count, plural, one {# Tag} other {# Tagen}}",
  "usage.units": "{total} Einheiten",
  "usage.range": "{from} – {to}",
  "usage.chartHint": "Mit den Pfeiltasten zeigen Sie die Einheiten jedes Tages.",
  "usage.legend": "Einheiten nach Ressourcentyp",
  "usage.total": "Gesamt",
  "usage.showTable": "Als Tabelle zeigen",
  "usage.hideTable": "Tabelle ausblenden",
  "usage.table": "Verbrauch pro Tag",
  "usage.col.date": "Datum",
  "usage.empty.title": "Kein Verbrauch in diesem Zeitraum",
  "usage.empty.description":
    "Hier erscheinen Einheiten für jeden Tag, an dem der Kunde Server, Festplatten, Netzwerke oder Speicher nutzt.",
  "usage.empty.action": "Letzte 90 Tage zeigen",
} satisfies Translation<typeof en>;
