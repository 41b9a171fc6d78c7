import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "validation.title": "Validar cliente",
  "validation.description":
    "El mensaje que los usuarios del cliente ven como información emergente en las imágenes creadas por este cliente, para garantizar que son suyas.",
  "validation.source": "Código HTML",
  "validation.sourceHint":
    "HTML básico: párrafos, negrita, cursiva, enlaces, saltos de línea. Los scripts y controladores de eventos se eliminan antes de mostrarlo.",
  "validation.preview": "Vista previa",
  "validation.previewHint":
    "La información emergente tal como la ven los usuarios del cliente, tras depurarla.",
  "validation.sampleImage": "ubuntu-24.04-web",
  "validation.trigger": "Validada",
  "validation.empty": "Sin mensaje: las imágenes no muestran información de validación.",
  "validation.removedTitle": "Se ha eliminado parte del marcado",
  "validation.removed":
    "Los scripts, controladores de eventos y enlaces inseguros del código nunca se muestran ni se ejecutan. La vista previa muestra lo que queda.",
} satisfies Translation<typeof en>;
