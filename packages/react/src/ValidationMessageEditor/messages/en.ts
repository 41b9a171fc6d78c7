/** ValidationMessageEditor's strings (English, the source every locale translates). */
export default {
  "validation.title": "Validate customer",
};
