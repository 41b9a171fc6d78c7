import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { useConfigurationForm } from "./configuration";
import { FormView } from "./harness";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const FIELDS = [
  "productOfferId",
  "address.street",
  "address.postalCode",
  "vatNumber",
  "vatExempt",
  "unitWarnLevel",
];

function ConfigurationForm() {
  const form = useConfigurationForm({ customerId: NORTHWIND });
  return <FormView form={form} fields={FIELDS} />;
}

const read = async (kit: TestKit) =>
  (await kit.client.GET("/customers/{customerId}", { params: { path: { customerId: NORTHWIND } } }))
    .data.configuration;
const patches = (kit: TestKit) => kit.count("PATCH", `/customers/${NORTHWIND}`);

async function open(kit: TestKit) {
  const view = render(<ConfigurationForm />, { wrapper: kit.wrapper });
  await screen.findByDisplayValue("GB123456789");
  return view;
}

describe("useConfigurationForm", () => {
  it("checks VAT number, postal code and warn level against the contract before sending", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const vat = screen.getByLabelText("vatNumber");
    await user.clear(vat);
    await user.type(vat, "gb12");
    await user.tab();
    expect(vat).toHaveAccessibleDescription("pattern");

    const postalCode = screen.getByLabelText("address.postalCode");
    await user.clear(postalCode);
    await user.type(postalCode, "#1");
    const warn = screen.getByLabelText("unitWarnLevel");
    await user.clear(warn);
    await user.type(warn, "12.345");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(postalCode).toHaveAccessibleDescription("pattern");
    expect(warn).toHaveAccessibleDescription("pattern");
    expect(patches(kit)).toBe(0);
  });

  it("saves only the changed fields, the address lines merged, the warn level a decimal string", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const before = await read(kit);
    await open(kit);
    expect(screen.getByLabelText("address.street")).toHaveValue("1 Harbour Road");
    const vat = screen.getByLabelText("vatNumber");
    await user.clear(vat);
    await user.type(vat, "GB999999999");
    const postalCode = screen.getByLabelText("address.postalCode");
    await user.clear(postalCode);
    await user.type(postalCode, "E1 6AN");
    await user.click(screen.getByLabelText("vatExempt"));
    const warn = screen.getByLabelText("unitWarnLevel");
    await user.clear(warn);
    await user.type(warn, "25.5");
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("dirty");

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("clean"),
    );
    const saved = await read(kit);
    expect(saved).toMatchObject({
      vatNumber: "GB999999999",
      vatExempt: !before.vatExempt,
      unitWarnLevel: "25.50",
    });
    expect(saved.address).toMatchObject({ street: "1 Harbour Road", postalCode: "E1 6AN" });
    expect(kit.requests.filter((r) => r.startsWith("PATCH"))).toHaveLength(1);
  });

  it("clears the warn level with an empty field (null: no warning)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.clear(screen.getByLabelText("unitWarnLevel"));
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(async () => expect((await read(kit)).unitWarnLevel).toBeNull());
  });

  it("puts the server's refusal of configuration.productOfferId on productOfferId", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const offer = screen.getByLabelText("productOfferId");
    await user.clear(offer);
    await user.type(offer, "00000000-0000-4000-8000-000000000000");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(offer).toBeInvalid());
    expect(offer).toHaveAccessibleDescription(/.+/);
    expect(offer).toHaveValue("00000000-0000-4000-8000-000000000000");
    expect(patches(kit)).toBe(1);
  });

  it("keeps a half-typed configuration through closing and opening again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { rerender } = await open(kit);
    await user.type(screen.getByLabelText("address.street"), ", Unit 4");
    rerender(<p>closed</p>);
    rerender(<ConfigurationForm />);
    expect(await screen.findByLabelText("address.street")).toHaveValue("1 Harbour Road, Unit 4");
    expect(screen.getByLabelText("vatNumber")).toHaveValue("GB123456789");
    expect(patches(kit)).toBe(0);
  });
});
