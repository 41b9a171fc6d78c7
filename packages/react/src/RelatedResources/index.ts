export { InformationPanel, type InformationPanelProps } from "./InformationPanel";
export { RelatedResources, type RelatedResourcesProps } from "./RelatedResources";
