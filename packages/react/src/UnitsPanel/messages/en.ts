/** UnitsPanel's strings (English, the source every locale translates). */
export default {
  "units.title": "Units",
};
