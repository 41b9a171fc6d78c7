/** ValidationMessageEditor's strings (English, the source every locale translates). */
export default {
  "validation.title": "Validate customer",
  "validation.description":
    "The message the customer's users see as a tooltip on images this customer made, to vouch that they are its own.",
  "validation.source": "HTML source",
  "validation.sourceHint":
    "Basic HTML: paragraphs, bold, italics, links, line breaks. Scripts and event handlers are removed before it is shown.",
  "validation.preview": "Preview",
  "validation.previewHint": "The tooltip as the customer's users see it, after sanitising.",
  "validation.sampleImage": "ubuntu-24.04-web",
  "validation.trigger": "Validated",
  "validation.empty": "No message: images show no validation tooltip.",
  "validation.removedTitle": "Some markup was removed",
  "validation.removed":
    "Scripts, event handlers and unsafe links in the source are never shown or run. The preview shows what is left.",
};
