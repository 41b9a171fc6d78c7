/** ThemePicker's strings (English, the source every locale translates). */
export default {
  "themes.title": "Themes",
};
