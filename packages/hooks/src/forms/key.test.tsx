import type { Key } from "@customer-kit/client";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { FormView } from "./harness";
import { useNewKeyForm } from "./key";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const KEYS = `/customers/${NORTHWIND}/keys`;

const keys = async (kit: TestKit) =>
  (
    await kit.client.GET("/customers/{customerId}/keys", {
      params: { path: { customerId: NORTHWIND } },
    })
  ).data.items;

function KeyForm({ editing }: { editing?: Key }) {
  const form = useNewKeyForm({ customerId: NORTHWIND, key: editing });
  return (
    <>
      <FormView form={form} fields={["name", "value", "type", "weight"]} />
      {form.conflict && <p>conflict</p>}
    </>
  );
}

describe("useNewKeyForm", () => {
  it("checks name and weight against the contract before sending", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<KeyForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("name"), "bad name");
    const weight = screen.getByLabelText("weight");
    await user.clear(weight);
    await user.type(weight, "2000");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByLabelText("name")).toHaveAccessibleDescription("pattern");
    expect(weight).toHaveAccessibleDescription("maximum");
    await user.clear(weight);
    await user.type(weight, "1.5");
    await user.tab();
    expect(weight).toHaveAccessibleDescription("integer");
    expect(kit.count("POST", KEYS)).toBe(0);
  });

  it("adds a key, the weight a number", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useNewKeyForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    expect(result.current.values).toEqual({ name: "", value: "", type: "USER_KEY", weight: "0" });
    act(() => result.current.setValues({ name: "region", value: "eu", weight: "-5" }));
    await act(() => result.current.submit());
    expect(result.current.result).toMatchObject({ name: "region", value: "eu", weight: -5 });
    expect((await keys(kit)).find((k) => k.name === "region")).toMatchObject({ weight: -5 });
  });

  it("edits a key: the changed fields only, on the key's version", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const [first] = await keys(kit);
    if (!first) throw new Error("Northwind has a key in the seed");
    render(<KeyForm editing={first} />, { wrapper: kit.wrapper });
    const weight = screen.getByLabelText("weight");
    expect(weight).toHaveValue(String(first.weight));
    await user.clear(weight);
    await user.type(weight, "7");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(async () =>
      expect((await keys(kit)).find((k) => k.id === first.id)?.weight).toBe(7),
    );
    expect((await keys(kit)).find((k) => k.id === first.id)?.name).toBe(first.name);
  });

  it("keeps the edit through a conflict with someone else's change of the same field", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const [first] = await keys(kit);
    if (!first) throw new Error("Northwind has a key in the seed");
    await kit.client.PATCH("/customers/{customerId}/keys/{keyId}", {
      params: {
        path: { customerId: NORTHWIND, keyId: first.id },
        header: { "If-Match": first.etag },
      },
      body: { value: "theirs" },
    });
    render(<KeyForm editing={first} />, { wrapper: kit.wrapper });
    const value = screen.getByLabelText("value");
    await user.clear(value);
    await user.type(value, "mine");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("conflict")).toBeInTheDocument();
    expect(value).toHaveValue("mine");
  });

  it("keeps a half-typed key through closing and opening again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { rerender } = render(<KeyForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("name"), "half");
    rerender(<p>closed</p>);
    rerender(<KeyForm />);
    await waitFor(() => expect(screen.getByLabelText("name")).toHaveValue("half"));
  });
});
