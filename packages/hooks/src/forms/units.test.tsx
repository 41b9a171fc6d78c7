import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { FormView } from "./harness";
import { useUnitOfferForm, useUnitTransactionForm } from "./units";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

function TransactionForm() {
  const form = useUnitTransactionForm({ customerId: NORTHWIND });
  return (
    <>
      <FormView form={form} fields={["direction", "amount", "description", "unitType"]} />
      {form.submitError !== undefined && <p>failed</p>}
    </>
  );
}

const balance = async (kit: TestKit) =>
  (
    await kit.client.GET("/customers/{customerId}/units", {
      params: { path: { customerId: NORTHWIND } },
    })
  ).data.unitBalance;
const posts = (kit: TestKit) => kit.count("POST", `/customers/${NORTHWIND}/unit-transactions`);

describe("useUnitTransactionForm", () => {
  it("refuses a zero amount, three decimals and no description before sending", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<TransactionForm />, { wrapper: kit.wrapper });
    const amount = screen.getByLabelText("amount");
    expect(screen.getByLabelText("direction")).toHaveValue("CREDIT");
    await user.type(amount, "0");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(amount).toHaveAccessibleDescription("pattern");
    expect(screen.getByLabelText("description")).toHaveAccessibleDescription("required");
    await user.clear(amount);
    await user.type(amount, "1.234");
    await user.tab();
    expect(amount).toHaveAccessibleDescription("pattern");
    await user.clear(amount);
    await user.type(amount, "1000001");
    await user.tab();
    expect(amount).toHaveAccessibleDescription("pattern");
    expect(posts(kit)).toBe(0);
  });

  it("refuses a description of more than one line", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useUnitTransactionForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    act(() => result.current.setValues({ amount: "5", description: "one\ntwo" }));
    await act(() => result.current.submit());
    expect(result.current.errors.description).toMatchObject({ code: "oneLine" });
    expect(posts(kit)).toBe(0);
  });

  it("credits the units, and is empty again after", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const before = Number(await balance(kit));
    render(<TransactionForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("amount"), "25.5");
    await user.type(screen.getByLabelText("description"), "Goodwill credit");
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("dirty");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.getByLabelText("amount")).toHaveValue(""));
    expect(Number(await balance(kit))).toBeCloseTo(before + 25.5, 2);
    expect(posts(kit)).toBe(1);
  });

  it("keeps the input through closing and opening again, and through a failed submit", async () => {
    // The client would follow the injected 503's Retry-After (1 s) twice; the form's part is the same.
    const kit = createTestKit({ client: { retry: false } });
    const user = userEvent.setup();
    const { rerender } = render(<TransactionForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("amount"), "10");
    await user.type(screen.getByLabelText("description"), "Half typed");
    rerender(<p>closed</p>);
    rerender(<TransactionForm />);
    expect(await screen.findByDisplayValue("Half typed")).toBeInTheDocument();
    expect(screen.getByLabelText("amount")).toHaveValue("10");

    kit.sandbox.setFaults({ status: { createUnitTransaction: 503 } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("failed")).toBeInTheDocument();
    expect(screen.getByLabelText("amount")).toHaveValue("10");
    expect(screen.getByLabelText("description")).toHaveValue("Half typed");
  });
});

describe("useUnitOfferForm", () => {
  it("lists the unit offers, needs one, and buys it", async () => {
    const kit = createTestKit();
    const before = Number(await balance(kit));
    const { result } = renderHook(() => useUnitOfferForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    act(() => result.current.setValue("description", "Bundle"));
    await act(() => result.current.submit());
    expect(result.current.errors.productOfferId).toMatchObject({ code: "required" });
    expect(kit.count("POST", `/customers/${NORTHWIND}/unit-offer-purchases`)).toBe(0);

    await waitFor(() => expect(result.current.offers?.length).toBeGreaterThan(0));
    const offer = result.current.offers![0]!;
    expect(offer.kind).toBe("UNIT_BUNDLE");
    act(() => result.current.setValue("productOfferId", offer.id));
    await act(() => result.current.submit());
    expect(result.current.result?.productOffer.id).toBe(offer.id);
    expect(result.current.isDirty).toBe(false);
    expect(Number(await balance(kit))).toBeCloseTo(before + Number(offer.units), 2);
  });
});
