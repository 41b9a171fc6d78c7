/** LanguagePicker's strings (English, the source every locale translates). */
export default {
  "languagePicker.title": "Language",
};
