/** ThemePicker's strings (English, the source every locale translates). */
export default {
  "themes.title": "Themes",
  "themes.description": "The branding the customer's users see in the control panel.",
  "themes.active": "Active theme",
  "themes.none": "None: the platform's standard look",
  "themes.source.CUSTOMER": "Chosen for this customer",
  "themes.source.BILLING_ENTITY": "Inherited from the billing entity",
  "themes.source.PLATFORM": "Inherited from the platform",
  "themes.available": "Available themes",
  "themes.inherit": "Use inherited theme",
  "themes.inherit.description": "Follow the billing entity's default theme, and its changes.",
  "themes.inherit.current": "Follow the billing entity's default, now {name}.",
  "themes.inUse": "In use",
  "themes.empty.title": "No themes to choose from",
  "themes.empty.description":
    "Neither the billing entity nor the platform has a theme this customer may use. Themes are managed in the billing entity's branding settings.",
};
