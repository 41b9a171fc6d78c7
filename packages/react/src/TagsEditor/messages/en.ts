/** TagsEditor's strings (English, the source every locale translates). */
export default {
  "tags.title": "Availability",
  "tags.description":
    "Availability tags decide where this customer's resources may run: only where a tag matches.",
  "tags.list": "Tags",
  "tags.remove": "Remove tag {tag}",
  "tags.include": "Include",
  "tags.include.hint": "One tag at a time: letters, digits and _ . : -, such as eu-west.",
  "tags.add": "Add",
  "tags.suggestions": "Tags in use",
  "tags.empty.title": "No tags",
  "tags.empty.description": "This customer's resources may run anywhere.",
  "tags.empty.action": "Add a tag",
  "tags.conflict.theirs": "The tags are now: {tags}.",
};
