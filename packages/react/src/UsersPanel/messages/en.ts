/** UsersPanel's strings (English, the source every locale translates). */
export default {
  "users.title": "Users",
};
