import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "users.title": "Utilisateurs",
  "users.description":
    "Les personnes et les intégrations qui peuvent se connecter au compte de ce client.",
  "users.loading": "Chargement des utilisateurs…",
  "users.add": "Ajouter un utilisateur",
  "users.addTitle": "Nouvel utilisateur",
  "users.addSubmit": "Ajouter l’utilisateur",
  "users.added": "{name} a été ajouté.",
  "users.removed": "{name} a été supprimé.",
  "users.empty.title": "Aucun utilisateur",
  "users.empty.description":
    "Ajoutez le premier utilisateur pour que quelqu’un puisse se connecter à ce compte.",
  "users.empty.action": "Ajouter le premier utilisateur",
  "users.column.name": "Nom",
  "users.column.type": "Type",
  "users.column.admin": "Administrateur",
  "users.column.status": "Statut",
  "users.admin": "Administrateur",
  "users.field.name": "Nom",
  "users.field.email": "Adresse e-mail",
  "users.field.type": "Type d’utilisateur",
  "users.field.isAdmin": "Administrateur",
  "users.field.isAdminHint": "Administre le compte du client et reçoit ses e-mails.",
  "users.field.language": "Langue",
  "users.field.languageDefault": "Langue par défaut du client",
  "users.typeHint.NORMAL":
    "Une personne qui se connecte avec une adresse e-mail et un mot de passe.",
  "users.typeHint.API_KEY":
    "Une intégration (script, CI, supervision) qui s’authentifie avec une clé secrète au lieu d’un mot de passe.",
  "users.lastActiveAdmin":
    "{name} est le dernier administrateur actif du client. Faites d’abord d’un autre utilisateur un administrateur.",
  "users.changedMeanwhile":
    "Quelqu’un d’autre a modifié cet utilisateur entre-temps. Rechargez et réessayez.",
  "users.refused": "Non effectué",
  "users.credential.title": "La clé secrète de {name}",
  "users.credential.warning":
    "Copiez-la maintenant et conservez-la en lieu sûr : vous ne la reverrez plus. Seuls ses quatre derniers caractères sont conservés.",
  "users.credential.copy": "Copier la clé secrète",
  "users.credential.dismiss": "Je l’ai copiée",
  "users.credential.hint": "Clé se terminant par {hint}",
  "users.back": "← Tous les utilisateurs",
  "users.editTitle": "Coordonnées",
  "users.accessTitle": "Accès",
  "users.disable.title": "Désactiver cet utilisateur",
  "users.disable.description":
    "Un utilisateur désactivé ne peut plus se connecter tant qu’il n’est pas réactivé.",
  "users.disable.action": "Désactiver",
  "users.enable.title": "Activer cet utilisateur",
  "users.enable.description": "L’utilisateur est désactivé et ne peut pas se connecter.",
  "users.enable.action": "Activer",
  "users.remove.action": "Supprimer l’utilisateur",
  "users.remove.hint":
    "Supprime l’utilisateur définitivement. Ce qu’il a fait et ce qui lui a été envoyé reste enregistré.",
  "users.remove.title": "Supprimer {name} ?",
  "users.remove.description":
    "{name} ne pourra plus se connecter, et l’utilisateur ne pourra pas être restauré. Cette action est irréversible.",
  "users.remove.confirm": "Supprimer l’utilisateur",
} satisfies Translation<typeof en>;
