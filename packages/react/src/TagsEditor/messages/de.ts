import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "tags.title": "Verfügbarkeit",
  "tags.description":
    "Verfügbarkeits-Tags bestimmen, wo die Ressourcen dieses Kunden laufen dürfen: nur dort, wo ein Tag passt.",
  "tags.list": "Tags",
  "tags.remove": "Tag {tag} entfernen",
  "tags.include": "Einschließen",
  "tags.include.hint": "Ein Tag nach dem anderen: Buchstaben, Ziffern und _ . : -, etwa eu-west.",
  "tags.add": "Hinzufügen",
  "tags.suggestions": "Verwendete Tags",
  "tags.empty.title": "Keine Tags",
  "tags.empty.description": "Die Ressourcen dieses Kunden dürfen überall laufen.",
  "tags.empty.action": "Tag hinzufügen",
  "tags.conflict.theirs": "Die Tags sind jetzt: {tags}.",
} satisfies Translation<typeof en>;
