import type {
  AssetMaximumKey,
  Customer,
  CustomerKitError,
  Email,
  Key,
  UnitTransactionResult,
  UserCreated,
} from "@customer-kit/client";
import { describe, expectTypeOf, it } from "vitest";
import { useAssetMaximaForm } from "./asset-maxima";
import { useConfigurationForm } from "./configuration";
import { type FormError, useForm } from "./core";
import { useSendEmailForm } from "./email";
import { useNewKeyForm } from "./key";
import { useCustomerNameForm } from "./name";
import { useTagsForm } from "./tags";
import { useUnitTransactionForm } from "./units";
import { useNewUserForm } from "./user";

const customerId = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";

describe("form hooks' types", () => {
  it("name only the form's own fields", () => {
    const form = useCustomerNameForm({ customerId });
    form.getFieldProps("name");
    // @ts-expect-error not a field of the name form
    form.getFieldProps("nmae");
    // @ts-expect-error the name is a string
    form.setValue("name", 5);
    expectTypeOf(form.errors.name).toEqualTypeOf<FormError | undefined>();
    expectTypeOf(form.result).toEqualTypeOf<Customer | undefined>();
  });

  it("type each form's values and answers from the contract", () => {
    expectTypeOf(useConfigurationForm({ customerId }).values.vatExempt).toEqualTypeOf<boolean>();
    expectTypeOf(useConfigurationForm({ customerId }).values.paymentType).toEqualTypeOf<
      "PREPAY" | "INVOICE"
    >();
    expectTypeOf(useTagsForm({ customerId }).values.tags).toEqualTypeOf<string[]>();
    expectTypeOf(useAssetMaximaForm({ customerId }).values).toEqualTypeOf<
      Record<AssetMaximumKey, string>
    >();
    expectTypeOf(useUnitTransactionForm({ customerId }).result).toEqualTypeOf<
      UnitTransactionResult | undefined
    >();
    expectTypeOf(useSendEmailForm({ customerId }).result).toEqualTypeOf<Email | undefined>();
    expectTypeOf(useNewUserForm({ customerId }).result).toEqualTypeOf<UserCreated | undefined>();
    expectTypeOf(useNewUserForm({ customerId }).credential).toEqualTypeOf<string | undefined>();
    expectTypeOf(useNewKeyForm({ customerId }).result).toEqualTypeOf<Key | undefined>();
  });

  it("refuse wrong values and options", () => {
    // @ts-expect-error a direction the contract does not have
    useUnitTransactionForm({ customerId }).setValue("direction", "REFUND");
    // @ts-expect-error not a key the contract has
    useAssetMaximaForm({ customerId }).setValue("MAX_TOASTERS", "1");
    // @ts-expect-error controlled values must be whole
    useCustomerNameForm({ customerId, value: {} });
    // @ts-expect-error a customer form needs its customer
    useCustomerNameForm({});
  });

  it("types the core from its base and submit", () => {
    const form = useForm({
      base: { a: "", b: false },
      submit: async (values, changed) => {
        expectTypeOf(values).toEqualTypeOf<{ a: string; b: boolean }>();
        expectTypeOf(changed).toEqualTypeOf<Partial<{ a: string; b: boolean }>>();
        return 1;
      },
    });
    expectTypeOf(form.result).toEqualTypeOf<number | undefined>();
    expectTypeOf(form.submitError).toEqualTypeOf<unknown>();
    expectTypeOf<CustomerKitError>().toMatchTypeOf<Error>();
    // @ts-expect-error not a field
    form.getErrorProps("c");
  });
});
