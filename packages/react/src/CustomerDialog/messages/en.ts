/** CustomerDialog's strings (English, the source every locale translates). */
export default {
  "dialog.title": "Manage customer",
};
