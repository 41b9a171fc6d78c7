import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "tags.title": "Disponibilidad",
  "tags.description":
    "Las etiquetas de disponibilidad deciden dónde pueden ejecutarse los recursos de este cliente: solo donde coincide una etiqueta.",
  "tags.list": "Etiquetas",
  "tags.remove": "Quitar la etiqueta {tag}",
  "tags.include": "Incluir",
  "tags.include.hint": "Una etiqueta cada vez: letras, dígitos y _ . : -, como eu-west.",
  "tags.add": "Añadir",
  "tags.suggestions": "Etiquetas en uso",
  "tags.empty.title": "Sin etiquetas",
  "tags.empty.description": "Los recursos de este cliente pueden ejecutarse en cualquier lugar.",
  "tags.empty.action": "Añadir una etiqueta",
  "tags.conflict.theirs": "Las etiquetas son ahora: {tags}.",
} satisfies Translation<typeof en>;
