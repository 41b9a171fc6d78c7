import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "themes.title": "Designs",
  "themes.description": "Das Branding, das die Benutzer des Kunden im Control Panel sehen.",
  "themes.active": "Aktives Design",
  "themes.none": "Keins: das Standard-Erscheinungsbild der Plattform",
  "themes.source.CUSTOMER": "Für diesen Kunden gewählt",
  "themes.source.BILLING_ENTITY": "Von der Abrechnungseinheit geerbt",
  "themes.source.PLATFORM": "Von der Plattform geerbt",
  "themes.available": "Verfügbare Designs",
  "themes.inherit": "Geerbtes Design verwenden",
  "themes.inherit.description":
    "Dem Standarddesign der Abrechnungseinheit folgen, auch wenn es sich ändert.",
  "themes.inherit.current": "Dem Standard der Abrechnungseinheit folgen, derzeit {name}.",
  "themes.inUse": "Aktiv",
  "themes.empty.title": "Keine Designs zur Auswahl",
  "themes.empty.description":
    "Weder die Abrechnungseinheit noch die Plattform hat ein Design, das dieser Kunde verwenden darf. Designs werden in den Branding-Einstellungen der Abrechnungseinheit verwaltet.",
} satisfies Translation<typeof en>;
