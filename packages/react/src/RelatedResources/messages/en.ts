/** RelatedResources' strings (English, the source every locale translates). */
export default {
  "related.title": "Related resources",
  "related.description": "Everything linked to this customer, with the UUIDs support asks for.",
  "related.loading": "Loading related resources…",
  "related.empty.title": "No related resources",
  "related.empty.description": "Nothing is linked to this customer yet.",
  "related.col.type": "Type",
  "related.col.name": "Name",
  "related.col.id": "UUID",
  "related.copy": "Copy the UUID of {name}",
};
