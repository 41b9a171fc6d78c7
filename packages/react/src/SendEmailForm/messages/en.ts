/** SendEmailForm's strings (English, the source every locale translates). */
export default {
  "email.title": "Send e-mail",
};
