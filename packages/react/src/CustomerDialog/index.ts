export {
  CustomerDialog,
  type CustomerDialogProps,
  type CustomerDialogRootProps,
} from "./CustomerDialog";
export {
  type DialogAction,
  type ImpersonationContext,
  type ImpersonationTab,
  type OpenCustomerEvent,
  useCustomerDialog,
} from "./context";
export { isTabId, TAB_IDS, type TabId } from "./tabs";
