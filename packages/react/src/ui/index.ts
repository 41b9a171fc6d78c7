export * from "./Button";
export * from "./DialogFormFooter";
export * from "./Field";
export * from "./layout";
export * from "./lists";
export type { CustomerPanelProps } from "./panel";
export { isFieldHidden, isFieldReadOnly } from "./panel";
export * from "./states";
