import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "email.title": "Enviar correo",
  "email.description":
    "Escriba por correo a los usuarios del cliente: a sus administradores o a los usuarios que elija.",
  "email.subject": "Asunto",
  "email.message": "Mensaje",
  "email.recipients": "Destinatarios",
  "email.recipientsDefault":
    "Ninguno elegido: lo reciben los usuarios administradores del cliente.",
  "email.recipientsChosen":
    "{count, plural, one {Solo lo recibe el # usuario elegido.} other {Solo lo reciben los # usuarios elegidos.}}",
  "email.admin": "Admin",
  "email.noUsers": "El cliente no tiene usuarios activos para elegir.",
  "email.usersError": "No se pudieron cargar los usuarios",
  "email.send": "Enviar",
  "email.sending": "Enviando…",
  "email.sent": "{count, plural, one {Enviado a # usuario} other {Enviado a # usuarios}}",
} satisfies Translation<typeof en>;
