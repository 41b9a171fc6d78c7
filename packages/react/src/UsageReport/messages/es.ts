import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "usage.title": "Consumo",
  "usage.description": "Unidades consumidas por día, por tipo de recurso.",
  "usage.period": "Periodo",
  "usage.preset.last7": "Últimos 7 días",
  "usage.preset.last30": "Últimos 30 días",
  "usage.preset.last90": "Últimos 90 días",
  "usage.preset.thisMonth": "Este mes",
  "usage.preset.lastMonth": "El mes pasado",
  "usage.preset.custom": "Periodo personalizado",
  "usage.from": "Fecha de inicio",
  "usage.to": "Fecha de fin",
  "usage.error.order": "La fecha de inicio debe ser anterior o igual a la de fin.",
  "usage.error.span": "El periodo puede abarcar como máximo {limit} días.",
  "usage.summary": "{total} unidades en {count, plural, one {# día} other {# días}}",
  "usage.units": "{total} unidades",
  "usage.range": "{from} – {to}",
  "usage.chartHint": "Use las flechas para ver las unidades de cada día.",
  "usage.legend": "Unidades por tipo de recurso",
  "usage.total": "Total general",
  "usage.showTable": "Ver como tabla",
  "usage.hideTable": "Ocultar tabla",
  "usage.table": "Consumo por día",
  "usage.col.date": "Fecha",
  "usage.empty.title": "Sin consumo en este periodo",
  "usage.empty.description":
    "Aquí aparecen las unidades de cada día en que el cliente usa servidores, discos, redes o almacenamiento.",
  "usage.empty.action": "Ver los últimos 90 días",
} satisfies Translation<typeof en>;
