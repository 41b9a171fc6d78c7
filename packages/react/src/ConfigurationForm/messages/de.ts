import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "configuration.title": "Konfiguration",
  "configuration.billing.title": "Abrechnung",
  "configuration.billing.description": "Der Tarif des Kunden und wie er Einheiten bezahlt.",
  "configuration.productOffer": "Produktangebot",
  "configuration.productOffer.hint": "Ein Kundentarif der Abrechnungseinheit dieses Kunden.",
  "configuration.productOffer.none": "Kein Produktangebot",
  "configuration.productOffer.option": "{name} ({price})",
  "configuration.creditCustomer": "Kreditkunde",
  "configuration.creditCustomer.hint":
    "Darf Einheiten jetzt kaufen und später bezahlen, ohne hinterlegte Zahlungsart (Rechnung).",
  "configuration.address.title": "Adresse",
  "configuration.address.description": "Die Postanschrift auf den Rechnungen des Kunden.",
  "configuration.address.street": "Straße",
  "configuration.address.locality": "Ortsteil",
  "configuration.address.town": "Ort oder Stadt",
  "configuration.address.region": "Bundesland, Kreis oder Region",
  "configuration.address.country": "Land",
  "configuration.address.country.hint": "Zweistelliger ISO-Code, etwa GB oder DE.",
  "configuration.address.postalCode": "Postleitzahl",
  "configuration.tax.title": "Steuern",
  "configuration.tax.description": "Umsatzsteuerangaben für die Rechnungen des Kunden.",
  "configuration.vatNumber": "USt-IdNr.",
  "configuration.vatNumber.hint": "Mit Länderkennung, etwa DE123456789.",
  "configuration.vatExempt": "Von der Umsatzsteuer befreit",
  "configuration.vatExempt.hint": "Rechnungen an diesen Kunden enthalten keine Umsatzsteuer.",
  "configuration.units.title": "Einheiten",
  "configuration.units.description": "Wann der Kunde erfährt, dass sein Guthaben zur Neige geht.",
  "configuration.units.suffix": "Einheiten",
  "configuration.unitWarnLevel": "Warnschwelle",
  "configuration.unitWarnLevel.hint":
    "Fällt das Guthaben auf diesen Wert, erhält der Kunde eine E-Mail. Leer: keine Warnung.",
  "configuration.unitWarnLevel.sent": "Warnung gesendet",
  "configuration.conflict.fields": "Von jemand anderem geändert: {fields}.",
} satisfies Translation<typeof en>;
