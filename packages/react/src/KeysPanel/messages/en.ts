/** KeysPanel's strings (English, the source every locale translates). */
export default {
  "keys.title": "Keys",
};
