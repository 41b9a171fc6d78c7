/** TagsEditor's strings (English, the source every locale translates). */
export default {
  "tags.title": "Availability",
};
