export { KeysPanel, type KeysPanelProps } from "./KeysPanel";
