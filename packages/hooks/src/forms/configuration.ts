"use client";
import type { CustomerConfigurationInput, PaymentType } from "@customer-kit/client";
import { type CustomerFormOptions, orNull, useCustomerForm } from "./customer";

const ADDRESS = ["street", "locality", "town", "region", "country", "postalCode"] as const;

/**
 * The values of {@link useConfigurationForm}, flat, one per input, `""` for none: the address
 * lines are `address.street` … `address.postalCode`; the warn level is a decimal string.
 */
export type ConfigurationValues = {
  productOfferId: string;
  "address.street": string;
  "address.locality": string;
  "address.town": string;
  "address.region": string;
  "address.country": string;
  "address.postalCode": string;
  vatNumber: string;
  vatExempt: boolean;
  paymentType: PaymentType;
  unitWarnLevel: string;
};

/**
 * The customer's configuration: customer plan (product offer), address, VAT number, VAT
 * exemption, payment type and unit warn level (a decimal string; `""` sends no warning). Saves
 * the changed fields only; errors of `configuration.address.postalCode` land on `address.postalCode`.
 */
export function useConfigurationForm(options: CustomerFormOptions<ConfigurationValues>) {
  return useCustomerForm<ConfigurationValues>(
    "configuration",
    options,
    (customer) => {
      const c = customer?.configuration;
      const values: Record<string, unknown> = {
        productOfferId: c?.productOfferId ?? "",
        vatNumber: c?.vatNumber ?? "",
        vatExempt: c?.vatExempt ?? false,
        paymentType: c?.paymentType ?? "PREPAY",
        unitWarnLevel: c?.unitWarnLevel ?? "",
      };
      for (const line of ADDRESS) values[`address.${line}`] = c?.address[line] ?? "";
      return values as ConfigurationValues;
    },
    (changed) => {
      const configuration: Record<string, unknown> = {};
      const address: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(changed)) {
        if (key.startsWith("address.")) address[key.slice(8)] = orNull(value);
        else configuration[key] = orNull(value);
      }
      if (Object.keys(address).length) configuration.address = address;
      return { configuration: configuration as CustomerConfigurationInput };
    },
    { path: "configuration." },
  );
}
