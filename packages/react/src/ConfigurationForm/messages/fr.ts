import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "configuration.title": "Configuration",
  "configuration.billing.title": "Facturation",
  "configuration.billing.description": "L'offre du client et la façon dont il paie ses unités.",
  "configuration.productOffer": "Offre produit",
  "configuration.productOffer.hint": "Une offre client de l'entité de facturation de ce client.",
  "configuration.productOffer.none": "Aucune offre produit",
  "configuration.productOffer.option": "{name} ({price})",
  "configuration.creditCustomer": "Client à crédit",
  "configuration.creditCustomer.hint":
    "Peut acheter des unités maintenant et payer plus tard, sans moyen de paiement enregistré (facture).",
  "configuration.address.title": "Adresse",
  "configuration.address.description": "L'adresse postale figurant sur les factures du client.",
  "configuration.address.street": "Rue",
  "configuration.address.locality": "Lieu-dit",
  "configuration.address.town": "Ville",
  "configuration.address.region": "Département, État ou région",
  "configuration.address.country": "Pays",
  "configuration.address.country.hint": "Code ISO à deux lettres, par exemple FR ou DE.",
  "configuration.address.postalCode": "Code postal",
  "configuration.tax.title": "Taxes",
  "configuration.tax.description": "Les informations de TVA pour les factures du client.",
  "configuration.vatNumber": "Numéro de TVA",
  "configuration.vatNumber.hint": "Avec le préfixe du pays, par exemple FR12345678901.",
  "configuration.vatExempt": "Exonéré de TVA",
  "configuration.vatExempt.hint": "Les factures de ce client ne comportent pas de TVA.",
  "configuration.units.title": "Unités",
  "configuration.units.description": "Quand le client est prévenu que son solde d'unités baisse.",
  "configuration.units.suffix": "unités",
  "configuration.unitWarnLevel": "Seuil d'alerte",
  "configuration.unitWarnLevel.hint":
    "Un e-mail est envoyé au client quand son solde tombe à ce niveau. Vide : aucun envoi.",
  "configuration.unitWarnLevel.sent": "Alerte envoyée",
  "configuration.conflict.fields": "Modifié par quelqu'un d'autre : {fields}.",
} satisfies Translation<typeof en>;
