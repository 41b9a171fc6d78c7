import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { CustomerKitProvider } from "../provider";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { FormView } from "./harness";
import { type CustomerNameValues, useCustomerNameForm } from "./name";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

function NameForm() {
  const form = useCustomerNameForm({ customerId: NORTHWIND });
  return (
    <>
      <FormView form={form} fields={["name"]} />
      {form.conflict && (
        <p role="status">conflict: {form.conflict.fields.map((f) => f.field).join()}</p>
      )}
      {form.submitError !== undefined && <p role="status">failed</p>}
    </>
  );
}

const readName = async (kit: TestKit) =>
  (await kit.client.GET("/customers/{customerId}", { params: { path: { customerId: NORTHWIND } } }))
    .data.name;
const patches = (kit: TestKit) => kit.count("PATCH", `/customers/${NORTHWIND}`);

async function open(kit: TestKit) {
  const view = render(<NameForm />, { wrapper: kit.wrapper });
  const input = await screen.findByDisplayValue("Northwind Traders");
  return { ...view, input };
}

afterEach(() => sessionStorage.clear());

function ControlledName() {
  const [value, setValue] = useState<CustomerNameValues>({ name: "Host name" });
  const form = useCustomerNameForm({ customerId: NORTHWIND, value, onValueChange: setValue });
  return (
    <>
      <FormView form={form} fields={["name"]} />
      <p>host: {value.name}</p>
      <button type="button" onClick={() => setValue({ name: "Set by host" })}>
        host sets
      </button>
    </>
  );
}

describe("useCustomerNameForm", () => {
  it("shows the contract's error on the field, on blur and on submit, and sends nothing", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input } = await open(kit);

    await user.clear(input);
    await user.tab();
    expect(input).toHaveAccessibleDescription("required");
    expect(input).toBeInvalid();

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(input).toHaveAccessibleDescription("required");
    expect(patches(kit)).toBe(0);

    // Mending the field clears its error as the user types.
    await user.type(input, "N");
    expect(input).not.toHaveAccessibleDescription();
    expect(input).toBeValid();
  });

  it("trims the name, saves it, and is clean again with the saved name", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input } = await open(kit);
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("clean");

    await user.clear(input);
    await user.type(input, "  Northwind Trading  ");
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("dirty");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(input).toHaveValue("Northwind Trading"));
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("clean");
    expect(await readName(kit)).toBe("Northwind Trading");
    expect(patches(kit)).toBe(1);
  });

  it("keeps a half-typed name through closing and opening again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input, rerender } = await open(kit);
    await user.type(input, " (draft)");

    rerender(<p>closed</p>);
    expect(screen.queryByRole("textbox")).toBeNull();
    rerender(<NameForm />);

    expect(await screen.findByRole("textbox")).toHaveValue("Northwind Traders (draft)");
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("dirty");
    expect(patches(kit)).toBe(0);
  });

  it("with persistDrafts, keeps the draft for a new provider (a reload of the tab)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const withPersist = (
      <CustomerKitProvider client={kit.client} queryClient={kit.queryClient} persistDrafts>
        <NameForm />
      </CustomerKitProvider>
    );
    const first = render(withPersist);
    await user.type(await screen.findByDisplayValue("Northwind Traders"), "!");
    first.unmount();

    render(withPersist);
    expect(await screen.findByRole("textbox")).toHaveValue("Northwind Traders!");
  });

  it("drops the draft on a successful save, so opening again shows the saved name", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input, rerender } = await open(kit);
    await user.type(input, " Ltd");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("clean"),
    );

    rerender(<p>closed</p>);
    rerender(<NameForm />);
    expect(await screen.findByRole("textbox")).toHaveValue("Northwind Traders Ltd");
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("clean");
  });

  it("keeps the input through a failed save (503) and saves it on the next try", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input } = await open(kit);
    await user.type(input, " GmbH");

    kit.sandbox.setFaults({ status: { updateCustomer: 503 } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("failed")).toBeInTheDocument();
    expect(input).toHaveValue("Northwind Traders GmbH");
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("dirty");

    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByText("failed")).toBeNull());
    expect(await readName(kit)).toBe("Northwind Traders GmbH");
  });

  it("keeps the input through a conflict (someone else renamed it meanwhile)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input } = await open(kit);
    await user.type(input, " Mine");
    await kit.client.PATCH("/customers/{customerId}", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { name: "Theirs" },
    });

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("conflict: name")).toBeInTheDocument();
    expect(input).toHaveValue("Northwind Traders Mine");
    expect(await readName(kit)).toBe("Theirs");
  });

  it("keeps a server error that names no field as the submit error, the input as typed", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input } = await open(kit);
    kit.sandbox.setFaults({ status: { updateCustomer: 400 } });
    await user.type(input, "!");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("failed")).toBeInTheDocument();
    expect(input).toHaveValue("Northwind Traders!");
  });

  it("works controlled: the host holds the values", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<ControlledName />, { wrapper: kit.wrapper });
    const input = screen.getByRole("textbox");
    expect(input).toHaveValue("Host name");
    await user.type(input, "!");
    expect(screen.getByText("host: Host name!")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "host sets" }));
    expect(input).toHaveValue("Set by host");
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("dirty"),
    );
    await act(async () => {});
  });
});
