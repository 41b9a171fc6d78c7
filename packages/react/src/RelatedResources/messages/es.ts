import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "related.title": "Recursos relacionados",
  "related.description": "Todo lo vinculado a este cliente, con los UUID que pide el soporte.",
  "related.loading": "Cargando recursos relacionados…",
  "related.empty.title": "No hay recursos relacionados",
  "related.empty.description": "Todavía no hay nada vinculado a este cliente.",
  "related.col.type": "Tipo",
  "related.col.name": "Nombre",
  "related.col.id": "UUID",
  "related.copy": "Copiar el UUID de {name}",
} satisfies Translation<typeof en>;
