/** SendEmailForm's strings (English, the source every locale translates). */
export default {
  "email.title": "Send e-mail",
  "email.description":
    "Write to the customer's users by e-mail: to its admin users, or to the users you choose.",
  "email.subject": "Subject",
  "email.message": "Message",
  "email.recipients": "Recipients",
  "email.recipientsDefault": "None chosen: the customer's admin users get it.",
  "email.recipientsChosen":
    "{count, plural, one {Only the # chosen user gets it.} other {Only the # chosen users get it.}}",
  "email.admin": "Admin",
  "email.noUsers": "The customer has no active users to choose from.",
  "email.usersError": "The users could not be loaded",
  "email.send": "Send",
  "email.sending": "Sending…",
  "email.sent": "{count, plural, one {Sent to # user} other {Sent to # users}}",
};
