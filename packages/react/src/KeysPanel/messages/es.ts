import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "keys.title": "Claves",
  "keys.description":
    "Pares de nombre y valor asociados a este cliente, que leen la plataforma y las integraciones.",
  "keys.loading": "Cargando claves…",
  "keys.add": "Añadir clave",
  "keys.addTitle": "Nueva clave",
  "keys.addSubmit": "Añadir clave",
  "keys.editTitle": "Editar {name}",
  "keys.added": "Se ha añadido la clave {name}.",
  "keys.saved": "Se ha guardado la clave {name}.",
  "keys.removed": "Se ha eliminado la clave {name}.",
  "keys.empty.title": "Todavía no hay claves",
  "keys.empty.description":
    "Las claves marcan al cliente para la ubicación, la facturación y las integraciones.",
  "keys.empty.action": "Añadir la primera clave",
  "keys.column.name": "Nombre",
  "keys.column.type": "Tipo",
  "keys.column.value": "Valor",
  "keys.column.weight": "Peso",
  "keys.column.actions": "Acciones",
  "keys.copy": "Copiar el valor de {name}",
  "keys.edit": "Editar {name}",
  "keys.remove": "Eliminar {name}",
  "keys.removeTitle": "¿Eliminar la clave {name}?",
  "keys.removeDescription":
    "Lo que lea esta clave ya no la encontrará. Esta acción no se puede deshacer.",
  "keys.removeConfirm": "Eliminar clave",
  "keys.changedMeanwhile":
    "Otra persona ha cambiado esta clave mientras tanto. Cierra, revisa el valor actual y vuelve a eliminarla si aún lo deseas.",
  "keys.field.name": "Nombre",
  "keys.field.nameHint": "Letras, cifras y . _ : - (por ejemplo billing.costCentre).",
  "keys.field.type": "Tipo",
  "keys.field.value": "Valor",
  "keys.field.weight": "Peso",
  "keys.field.weightHint": "De −1000 a 1000; un peso mayor prevalece sobre uno menor.",
} satisfies Translation<typeof en>;
