import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, SANDBOX_TOKENS, type TestKit } from "../testing/kit";
import { ConfigurationForm } from "./ConfigurationForm";

// The first read of a test may take seconds on a loaded machine (cold transforms, five suites).
const LOAD = { timeout: 10_000 };
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const BUSINESS = SANDBOX_IDS.productOffers.resellerABusinessPlan;

const read = async (kit: TestKit) =>
  (await kit.client.GET("/customers/{customerId}", { params: { path: { customerId: NORTHWIND } } }))
    .data!.configuration;
const patches = (kit: TestKit) => kit.count("PATCH", `/customers/${NORTHWIND}`);

async function open(kit: TestKit, props: Partial<Parameters<typeof ConfigurationForm>[0]> = {}) {
  const view = render(<ConfigurationForm customerId={NORTHWIND} {...props} />, {
    wrapper: kit.wrapper,
  });
  await screen.findByDisplayValue("GB123456789", {}, LOAD);
  return view;
}

/** The form with a button that unmounts and mounts it again, inside one provider. */
function Toggle() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown((s) => !s)}>
        toggle
      </button>
      {shown && <ConfigurationForm customerId={NORTHWIND} />}
    </>
  );
}

// Generous: user-event typing is slow on a loaded machine (the default is 5 s).
describe("ConfigurationForm", { timeout: 30_000 }, () => {
  it("shows a skeleton, then the customer's values in their sections", async () => {
    const kit = createTestKit();
    render(<ConfigurationForm customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    await screen.findByDisplayValue("GB123456789", {}, LOAD);
    for (const name of ["Billing", "Address", "Tax", "Units"])
      expect(screen.getByRole("heading", { name })).toBeInTheDocument();
    expect(screen.getByLabelText("Product offer")).toHaveValue(BUSINESS);
    expect(screen.getByRole("option", { name: /^Business/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/Street/)).toHaveValue("1 Harbour Road");
    expect(screen.getByLabelText(/Postal code/)).toHaveValue("E14 5AB");
    expect(screen.getByLabelText(/Unit warn level/)).toHaveValue("100.00");
    expect(screen.getByLabelText("Credit customer")).not.toBeChecked();
    expect(screen.getByText("United Kingdom")).toBeInTheDocument();
  });

  it("offers only the customer plans of the customer's billing entity", async () => {
    const kit = createTestKit({ token: SANDBOX_TOKENS.mbeAdmin });
    await open(kit);
    const offers = within(screen.getByLabelText("Product offer"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(offers[0]).toBe("No product offer");
    // Reseller A's plans in EUR, asked by an MBE admin: none of the MBE's, no unit bundles.
    expect(offers.slice(1)).toEqual(["Basic (€12.00)", "Business (€49.00)", "Premium (€199.00)"]);
  });

  it("saves one PATCH of the changed fields, then says Saved; Discard shows only when dirty", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    expect(screen.queryByRole("button", { name: "Discard changes" })).toBeNull();
    expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();

    await user.click(screen.getByLabelText("Credit customer"));
    const warn = screen.getByLabelText(/Unit warn level/);
    await user.clear(warn);
    await user.type(warn, "250");
    expect(screen.getByRole("button", { name: "Discard changes" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Saved", {}, LOAD)).toBeInTheDocument();
    expect(patches(kit)).toBe(1);
    expect(screen.queryByRole("button", { name: "Discard changes" })).toBeNull();
    const stored = await read(kit);
    expect(stored.paymentType).toBe("INVOICE");
    expect(stored.unitWarnLevel).toBe("250.00");
    expect(stored.vatNumber).toBe("GB123456789");
  });

  it("saves with the keyboard: Enter in a field submits the form", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByLabelText(/Town or city/));
    await user.keyboard("{Control>}a{/Control}Canary Wharf{Enter}");
    expect(await screen.findByText("Saved", {}, LOAD)).toBeInTheDocument();
    expect((await read(kit)).address.town).toBe("Canary Wharf");
  });

  it("discards the changes back to the customer's values", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const vat = screen.getByLabelText(/VAT number/);
    await user.type(vat, "0");
    await user.click(screen.getByRole("button", { name: "Discard changes" }));
    expect(vat).toHaveValue("GB123456789");
    expect(patches(kit)).toBe(0);
  });

  it("shows the contract's error next to the field and sends nothing", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const vat = screen.getByLabelText(/VAT number/);
    await user.clear(vat);
    await user.type(vat, "123");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(vat).toHaveAccessibleDescription(/Not in the expected format/);
    expect(patches(kit)).toBe(0);
  });

  it("shows the server's field error next to its field (a plan withdrawn meanwhile)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const offer = screen.getByLabelText("Product offer");
    const premium = within(offer).getByRole("option", { name: /^Premium/ }) as HTMLOptionElement;
    await user.selectOptions(offer, premium);
    kit.sandbox.store.remove("productOffers", premium.value);
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() =>
      expect(offer).toHaveAccessibleDescription(/customer plan of the customer's billing entity/),
    );
    expect(offer).toHaveAttribute("aria-invalid", "true");
    expect(offer).toHaveValue(premium.value);
    expect((await read(kit)).productOfferId).toBe(BUSINESS);
  });

  it("keeps a draft across unmount and mount", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<Toggle />, { wrapper: kit.wrapper });
    const vat = await screen.findByDisplayValue("GB123456789", {}, LOAD);
    await user.clear(vat);
    await user.type(vat, "GB999");
    await user.click(screen.getByRole("button", { name: "toggle" }));
    expect(screen.queryByLabelText(/VAT number/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "toggle" }));
    expect(await screen.findByLabelText(/VAT number/)).toHaveValue("GB999");
    expect(patches(kit)).toBe(0);
  });

  it("shows a conflict when someone else changed the field, keeps the input, and reloads", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const vat = screen.getByLabelText(/VAT number/);
    await user.clear(vat);
    await user.type(vat, "GB111111111");
    await kit.client.PATCH("/customers/{customerId}", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { configuration: { vatNumber: "GB222222222" } },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));

    const notice = await screen.findByText("Someone else changed this", {}, LOAD);
    expect(notice.closest("[role=alert]")).toHaveTextContent(
      "Changed by someone else: VAT number.",
    );
    expect(screen.getByLabelText(/VAT number/)).toHaveValue("GB111111111");
    expect((await read(kit)).vatNumber).toBe("GB222222222");

    await user.click(screen.getByRole("button", { name: "Reload current values" }));
    expect(await screen.findByDisplayValue("GB222222222")).toBeInTheDocument();
    // After the reload the next save goes onto the current version.
    const fresh = screen.getByLabelText(/VAT number/);
    await user.clear(fresh);
    await user.type(fresh, "GB333333333");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved", {}, LOAD)).toBeInTheDocument();
    expect((await read(kit)).vatNumber).toBe("GB333333333");
  });

  it("shows an error with a retry when the customer cannot be read", async () => {
    const kit = createTestKit();
    kit.sandbox.setFaults({ status: { getCustomer: 500 } });
    const user = userEvent.setup();
    render(<ConfigurationForm customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByDisplayValue("GB123456789")).toBeInTheDocument();
  });

  it("is read-only as a whole (no actions) or by field names", async () => {
    const kit = createTestKit();
    const { unmount } = await open(kit, { readOnly: true });
    expect(screen.getByLabelText(/VAT number/)).toHaveAttribute("readonly");
    expect(screen.getByLabelText("Product offer")).toBeDisabled();
    expect(screen.getByLabelText("Credit customer")).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    unmount();

    await open(kit, { readOnly: ["address", "paymentType"], hidden: ["vatExempt"] });
    expect(screen.getByLabelText(/Street/)).toHaveAttribute("readonly");
    expect(screen.getByLabelText(/Country/)).toHaveAttribute("readonly");
    expect(screen.getByLabelText("Credit customer")).toBeDisabled();
    expect(screen.getByLabelText(/VAT number/)).not.toHaveAttribute("readonly");
    expect(screen.queryByLabelText("VAT exempt")).toBeNull();
    expect(screen.getByRole("button", { name: "Save" })).toBeInTheDocument();
  });
});
