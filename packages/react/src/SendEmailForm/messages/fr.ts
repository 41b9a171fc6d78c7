import type { Translation } from "../../i18n/catalog";
import type en from "./en";

export default {
  "email.title": "Envoyer un e-mail",
  "email.description":
    "Écrivez par e-mail aux utilisateurs du client : à ses administrateurs, ou aux utilisateurs de votre choix.",
  "email.subject": "Objet",
  "email.message": "Message",
  "email.recipients": "Destinataires",
  "email.recipientsDefault":
    "Aucun choisi : les utilisateurs administrateurs du client le reçoivent.",
  "email.recipientsChosen":
    "{count, plural, one {Seul # utilisateur choisi le reçoit.} other {Seuls les # utilisateurs choisis le reçoivent.}}",
  "email.admin": "Admin",
  "email.noUsers": "Le client n'a aucun utilisateur actif à choisir.",
  "email.usersError": "Les utilisateurs n'ont pas pu être chargés",
  "email.send": "Envoyer",
  "email.sending": "Envoi…",
  "email.sent": "{count, plural, one {Envoyé à # utilisateur} other {Envoyé à # utilisateurs}}",
} satisfies Translation<typeof en>;
