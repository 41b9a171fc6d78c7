import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "dialog.title": "Gérer le client",
  "dialog.notFound.title": "Client introuvable",
  "dialog.name.label": "Nom du client",
  "dialog.name.edit": "Modifier le nom",
  "dialog.tabs.label": "Paramètres du client",
  "dialog.tab.configuration": "Configuration",
  "dialog.tab.availability": "Disponibilité",
  "dialog.tab.assetMaxima": "Quotas de ressources",
  "dialog.tab.units": "Unités",
  "dialog.tab.validation": "Valider le client",
  "dialog.tab.email": "Envoyer un e-mail",
  "dialog.tab.users": "Utilisateurs",
  "dialog.tab.language": "Langue",
  "dialog.tab.themes": "Thèmes",
  "dialog.tab.keys": "Clés",
  "dialog.tab.reports": "Rapports",
  "dialog.tab.resources": "Ressources",
  "dialog.tab.information": "Informations",
  "dialog.panel.failed": "Cette section n’a pas pu être affichée.",
  "dialog.menu.createSimilar": "Créer un client similaire",
  "dialog.menu.login": "Se connecter au CP",
  "dialog.menu.delete": "Supprimer",
  "dialog.similar.title": "Créer un client similaire",
  "dialog.similar.description":
    "Le nouveau client reprend l’offre de produit, la configuration, les tags, les quotas, la langue et le thème de {name}, mais sans utilisateurs, sans ressources et avec un solde nul.",
  "dialog.similar.name": "Nom du nouveau client",
  "dialog.similar.submit": "Créer le client",
  "dialog.login.title": "Se connecter en tant que {name}",
  "dialog.login.description":
    "Le panneau de contrôle s’ouvre dans un nouvel onglet, où vous agissez en tant que client. L’habillage est celui que voient les administrateurs du client.",
  "dialog.login.reason": "Motif",
  "dialog.login.reasonHint": "Consigné dans les tâches du client avec votre nom et l’heure.",
  "dialog.login.submit": "Se connecter",
  "dialog.delete.title": "Supprimer {name} ?",
  "dialog.delete.description":
    "{name} disparaît de toutes les listes de clients et ne peut plus être ouvert ni géré. Cette action est irréversible.",
  "dialog.delete.confirm": "Saisissez {name} pour confirmer",
  "dialog.delete.mismatch": "Le nom ne correspond pas.",
  "dialog.delete.submit": "Supprimer le client",
} satisfies Translation<typeof en>;
