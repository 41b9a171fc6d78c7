"use client";
import { type CustomerFormOptions, orNull, useCustomerForm } from "./customer";

/** The values of {@link useThemeForm}: `themeId` `""` inherits the billing entity's theme. */
export type ThemeValues = {
  themeId: string;
};

/**
 * The customer's theme: one of its themes, or `""` to inherit. `activeTheme` is the theme its
 * users see now (named even when inherited), `inherits` whether it has none of its own.
 */
export function useThemeForm(options: CustomerFormOptions<ThemeValues>) {
  const form = useCustomerForm<ThemeValues>(
    "theme",
    options,
    (customer) => ({ themeId: customer?.themeId ?? "" }),
    (changed) => ({ themeId: orNull(changed.themeId) as string | null }),
  );
  return {
    ...form,
    activeTheme: form.customer?.activeTheme,
    inherits: form.values.themeId === "",
  };
}
