"use client";
import { type ButtonHTMLAttributes, forwardRef, useState } from "react";

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** @default "secondary" */
  variant?: "primary" | "secondary" | "ghost" | "danger";
  /** @default "md" */
  size?: "sm" | "md";
  /** Shows a spinner and blocks further clicks, keeping the button's size. @default false */
  busy?: boolean;
}

/**
 * The kit's button: `data-part="button"`, `data-variant`, `data-size`, `data-busy`.
 *
 * A button that becomes `disabled` while it has focus (a form's Save, once saved) stays focusable
 * as `aria-disabled="true"` until focus leaves it: a disabled element drops focus to the page, and
 * a keyboard user would start again from the top of the dialog.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = "secondary",
    size = "md",
    busy = false,
    type = "button",
    disabled = false,
    children,
    ...props
  },
  ref,
) {
  const [focused, setFocused] = useState(false);
  const soft = disabled && focused;
  return (
    <button
      ref={ref}
      type={type}
      {...props}
      disabled={disabled && !soft}
      aria-disabled={soft || undefined}
      onFocus={(event) => {
        setFocused(true);
        props.onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        props.onBlur?.(event);
      }}
      // Always "button": a caller's own part name goes on a wrapper, or the button's look is lost.
      data-part="button"
      data-variant={variant}
      data-size={size}
      data-busy={busy || undefined}
      aria-busy={busy || undefined}
      // A busy (or softly disabled) button stays focusable (focus does not jump) but ignores clicks.
      onClick={busy || soft ? (event) => event.preventDefault() : props.onClick}
    >
      {busy && <span data-part="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
});
