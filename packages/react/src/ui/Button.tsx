"use client";
import { type ButtonHTMLAttributes, forwardRef } from "react";

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** @default "secondary" */
  variant?: "primary" | "secondary" | "ghost" | "danger";
  /** @default "md" */
  size?: "sm" | "md";
  /** Shows a spinner and blocks further clicks, keeping the button's size. @default false */
  busy?: boolean;
}

/** The kit's button: `data-part="button"`, `data-variant`, `data-size`, `data-busy`. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "secondary", size = "md", busy = false, type = "button", children, ...props },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      {...props}
      // Always "button": a caller's own part name goes on a wrapper, or the button's look is lost.
      data-part="button"
      data-variant={variant}
      data-size={size}
      data-busy={busy || undefined}
      aria-busy={busy || undefined}
      // A busy button stays focusable (focus does not jump) but ignores clicks.
      onClick={busy ? (event) => event.preventDefault() : props.onClick}
    >
      {busy && <span data-part="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
});
