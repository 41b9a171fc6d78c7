/** LanguagePicker's strings (English, the source every locale translates). */
export default {
  "languagePicker.title": "Language",
  "languagePicker.description": "The language the customer's users see the control panel in.",
  "languagePicker.default": "Default language",
  "languagePicker.inherit": "Billing entity's default",
  "languagePicker.inherit.current": "{language}, as {billingEntity}",
  "languagePicker.hint":
    "Users who set a language of their own keep it: this changes only the users who have not.",
  "languagePicker.hint.count":
    "{count, plural, one {# user of this customer has} other {# users of this customer have}} a language of their own.",
};
