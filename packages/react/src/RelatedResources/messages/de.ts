import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "related.title": "Verknüpfte Ressourcen",
  "related.description":
    "Alles, was mit diesem Kunden verknüpft ist, mit den UUIDs für den Support.",
  "related.loading": "Verknüpfte Ressourcen werden geladen…",
  "related.empty.title": "Keine verknüpften Ressourcen",
  "related.empty.description": "Mit diesem Kunden ist noch nichts verknüpft.",
  "related.col.type": "Typ",
  "related.col.name": "Name",
  "related.col.id": "UUID",
  "related.copy": "UUID von {name} kopieren",
} satisfies Translation<typeof en>;
