import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "users.title": "Usuarios",
  "users.description":
    "Las personas y las integraciones que pueden iniciar sesión en la cuenta de este cliente.",
  "users.loading": "Cargando usuarios…",
  "users.add": "Añadir usuario",
  "users.addTitle": "Nuevo usuario",
  "users.addSubmit": "Añadir usuario",
  "users.added": "Se ha añadido a {name}.",
  "users.removed": "Se ha eliminado a {name}.",
  "users.empty.title": "Todavía no hay usuarios",
  "users.empty.description":
    "Añade el primer usuario para que alguien pueda iniciar sesión en esta cuenta.",
  "users.empty.action": "Añadir el primer usuario",
  "users.column.name": "Nombre",
  "users.column.type": "Tipo",
  "users.column.admin": "Administrador",
  "users.column.status": "Estado",
  "users.admin": "Administrador",
  "users.field.name": "Nombre",
  "users.field.email": "Correo electrónico",
  "users.field.type": "Tipo de usuario",
  "users.field.isAdmin": "Administrador",
  "users.field.isAdminHint": "Administra la cuenta del cliente y recibe sus correos.",
  "users.field.language": "Idioma",
  "users.field.languageDefault": "El predeterminado del cliente",
  "users.typeHint.NORMAL":
    "Una persona que inicia sesión con una dirección de correo y una contraseña.",
  "users.typeHint.API_KEY":
    "Una integración (un script, CI, monitorización) que se autentica con una clave secreta en lugar de una contraseña.",
  "users.lastActiveAdmin":
    "{name} es el último administrador activo del cliente. Primero haz administrador a otro usuario.",
  "users.changedMeanwhile":
    "Otra persona ha cambiado este usuario mientras tanto. Vuelve a cargar e inténtalo de nuevo.",
  "users.refused": "No realizado",
  "users.credential.title": "La clave secreta de {name}",
  "users.credential.warning":
    "Cópiala ahora y guárdala en un lugar seguro: no volverás a verla. Solo se conservan sus cuatro últimos caracteres.",
  "users.credential.copy": "Copiar la clave secreta",
  "users.credential.dismiss": "Ya la he copiado",
  "users.credential.hint": "Clave que termina en {hint}",
  "users.back": "← Todos los usuarios",
  "users.editTitle": "Datos",
  "users.accessTitle": "Acceso",
  "users.disable.title": "Desactivar este usuario",
  "users.disable.description":
    "Un usuario desactivado no puede iniciar sesión hasta que se vuelva a activar.",
  "users.disable.action": "Desactivar",
  "users.enable.title": "Activar este usuario",
  "users.enable.description": "El usuario está desactivado y no puede iniciar sesión.",
  "users.enable.action": "Activar",
  "users.remove.action": "Eliminar usuario",
  "users.remove.hint":
    "Elimina el usuario definitivamente. Lo que hizo y lo que se le envió queda registrado.",
  "users.remove.title": "¿Eliminar a {name}?",
  "users.remove.description":
    "{name} ya no podrá iniciar sesión y el usuario no se podrá restaurar. Esta acción no se puede deshacer.",
  "users.remove.confirm": "Eliminar usuario",
} satisfies Translation<typeof en>;
