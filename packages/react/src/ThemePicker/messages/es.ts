import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "themes.title": "Temas",
  "themes.description":
    "La imagen de marca que los usuarios del cliente ven en el panel de control.",
  "themes.active": "Tema activo",
  "themes.none": "Ninguno: el aspecto estándar de la plataforma",
  "themes.source.CUSTOMER": "Elegido para este cliente",
  "themes.source.BILLING_ENTITY": "Heredado de la entidad de facturación",
  "themes.source.PLATFORM": "Heredado de la plataforma",
  "themes.available": "Temas disponibles",
  "themes.inherit": "Usar el tema heredado",
  "themes.inherit.description":
    "Seguir el tema predeterminado de la entidad de facturación y sus cambios.",
  "themes.inherit.current": "Seguir el predeterminado de la entidad de facturación, ahora {name}.",
  "themes.inUse": "En uso",
  "themes.empty.title": "No hay temas para elegir",
  "themes.empty.description":
    "Ni la entidad de facturación ni la plataforma tienen un tema que este cliente pueda usar. Los temas se gestionan en la configuración de marca de la entidad de facturación.",
} satisfies Translation<typeof en>;
