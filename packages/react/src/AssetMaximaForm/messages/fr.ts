import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "assetMaxima.title": "Limites de ressources",
  "assetMaxima.description":
    "Limites de ce que le client peut créer. Une limite inférieure à l'utilisation actuelle empêche de nouvelles ressources et n'en supprime aucune.",
  "assetMaxima.group.compute": "Calcul",
  "assetMaxima.group.storage": "Stockage",
  "assetMaxima.group.network": "Réseau",
  "assetMaxima.group.users": "Utilisateurs",
  "assetMaxima.group.balance": "Solde",
  "assetMaxima.group.billing": "Crédit (clients sur facture)",
  "assetMaxima.group.billingHint": "Les montants sont en {currency}, la devise des factures.",
  "assetMaxima.hint.networkPublic":
    "Si défini, remplace la limite de VLAN pour les réseaux publics.",
  "assetMaxima.hint.networkPrivate":
    "Si défini, remplace la limite de VLAN pour les réseaux privés.",
  "assetMaxima.hint.vlans":
    "Les limites des réseaux publics et privés, si définies, remplacent celle-ci.",
  "assetMaxima.hint.cutoff":
    "À ce solde d'unités ou en dessous, le client ne peut ni créer ni démarrer de nouvelles ressources. Peut être négatif.",
  "assetMaxima.usage": "{used} sur {limit}",
  "assetMaxima.usageUnlimited": "{used} utilisés",
  "assetMaxima.usageOf": "Utilisation : {label}",
  "assetMaxima.over": "Limite dépassée",
  "assetMaxima.limitOrNone": "Saisissez une limite ou choisissez Illimité.",
  "assetMaxima.noLimitFor": "Illimité : {label}",
  "assetMaxima.unitsSuffix": "unités",
  "assetMaxima.daysSuffix": "jours",
  "assetMaxima.unitsValue": "{amount} unités",
  "assetMaxima.diff.title": "Modifications à enregistrer",
  "assetMaxima.diff.item": "{label} : {from} → {to}",
  "assetMaxima.save": "Enregistrer {count, plural, one {# modification} other {# modifications}}",
  "assetMaxima.saved": "Limites de ressources enregistrées.",
  "assetMaxima.conflictField": "{label} : valeur enregistrée {theirs}, la vôtre {yours}.",
} satisfies Translation<typeof en>;
