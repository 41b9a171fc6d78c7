/** ConfigurationForm's strings (English, the source every locale translates). */
export default {
  "configuration.title": "Configuration",
};
