/** Props every customer panel takes, inside `CustomerDialog` or on its own. */
export interface CustomerPanelProps {
  /** The customer the panel shows. */
  customerId: string;
  /**
   * `true`: the whole panel is read-only (values shown, nothing to save); a list of field names:
   * those fields only (each panel documents its names).
   * @default false
   */
  readOnly?: boolean | readonly string[];
  /** Field names the panel does not show. @default [] */
  hidden?: readonly string[];
}

/** Whether `name` is read-only under a panel's `readOnly` prop. */
export const isFieldReadOnly = (readOnly: CustomerPanelProps["readOnly"], name: string) =>
  readOnly === true || (Array.isArray(readOnly) && readOnly.includes(name));

/** Whether `name` is hidden under a panel's `hidden` prop. */
export const isFieldHidden = (hidden: CustomerPanelProps["hidden"], name: string) =>
  !!hidden?.includes(name);
