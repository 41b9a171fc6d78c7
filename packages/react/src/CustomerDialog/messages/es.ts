import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "dialog.title": "Gestionar cliente",
  "dialog.notFound.title": "Cliente no encontrado",
  "dialog.name.label": "Nombre del cliente",
  "dialog.name.edit": "Editar nombre",
  "dialog.tabs.label": "Ajustes del cliente",
  "dialog.tab.configuration": "Configuración",
  "dialog.tab.availability": "Disponibilidad",
  "dialog.tab.assetMaxima": "Límites de recursos",
  "dialog.tab.units": "Unidades",
  "dialog.tab.validation": "Validar cliente",
  "dialog.tab.email": "Enviar correo",
  "dialog.tab.users": "Usuarios",
  "dialog.tab.language": "Idioma",
  "dialog.tab.themes": "Temas",
  "dialog.tab.keys": "Claves",
  "dialog.tab.reports": "Informes",
  "dialog.tab.resources": "Recursos",
  "dialog.tab.information": "Información",
  "dialog.panel.failed": "No se pudo mostrar esta sección.",
  "dialog.menu.createSimilar": "Crear similar",
  "dialog.menu.login": "Iniciar sesión en el CP",
  "dialog.menu.delete": "Eliminar",
  "dialog.similar.title": "Crear un cliente similar",
  "dialog.similar.description":
    "El nuevo cliente recibe la oferta de producto, la configuración, las etiquetas, los límites de recursos, el idioma y el tema de {name}, pero sin usuarios, sin recursos y con saldo cero.",
  "dialog.similar.name": "Nombre del nuevo cliente",
  "dialog.similar.submit": "Crear cliente",
  "dialog.login.title": "Iniciar sesión como {name}",
  "dialog.login.description":
    "El panel de control se abre en una pestaña nueva, donde actúa como el cliente. Muestra la marca que ven los administradores del cliente.",
  "dialog.login.reason": "Motivo",
  "dialog.login.reasonHint": "Se registra en las tareas del cliente con su nombre y la hora.",
  "dialog.login.submit": "Iniciar sesión",
  "dialog.delete.title": "¿Eliminar {name}?",
  "dialog.delete.description":
    "{name} desaparece de todas las listas de clientes y ya no se puede abrir ni gestionar. No hay forma de deshacerlo.",
  "dialog.delete.confirm": "Escriba {name} para confirmar",
  "dialog.delete.mismatch": "El nombre no coincide.",
  "dialog.delete.submit": "Eliminar cliente",
} satisfies Translation<typeof en>;
