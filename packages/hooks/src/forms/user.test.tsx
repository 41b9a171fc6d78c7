import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { FormView } from "./harness";
import { type NewUserValues, useNewUserForm } from "./user";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const USERS = `/customers/${NORTHWIND}/users`;

function NewUserForm() {
  const form = useNewUserForm({ customerId: NORTHWIND });
  return <FormView form={form} fields={["name", "email", "type", "isAdmin", "language"]} />;
}

const users = async (kit: TestKit) =>
  (
    await kit.client.GET("/customers/{customerId}/users", {
      params: { path: { customerId: NORTHWIND } },
    })
  ).data.items;

function ControlledUser() {
  const [value, setValue] = useState<NewUserValues>({
    name: "",
    email: "",
    type: "NORMAL",
    isAdmin: true,
    language: "de",
  });
  const form = useNewUserForm({ customerId: NORTHWIND, value, onValueChange: setValue });
  return (
    <>
      <FormView form={form} fields={["name", "email", "isAdmin", "language"]} />
      <p>host: {value.name}</p>
    </>
  );
}

describe("useNewUserForm", () => {
  it("needs a name and an e-mail address before sending", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<NewUserForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("email"), "not-an-address");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByLabelText("name")).toHaveAccessibleDescription("required");
    expect(screen.getByLabelText("email")).toHaveAccessibleDescription("email");
    expect(screen.getByLabelText("name")).toBeRequired();
    expect(kit.count("POST", USERS)).toBe(0);
  });

  it("puts the server's 409 for an e-mail address another user has on email", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<NewUserForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("name"), "Jane Again");
    await user.type(screen.getByLabelText("email"), "JANE@northwind.example");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(screen.getByLabelText("email")).toHaveAccessibleDescription("unique"),
    );
    expect(screen.getByLabelText("name")).toHaveValue("Jane Again");
    expect(kit.count("POST", USERS)).toBe(1);
  });

  it("adds the user; an API-key user's credential is shown once, until the form changes", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useNewUserForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    act(() =>
      result.current.setValues({
        name: " Build Bot ",
        email: "bot@northwind.example",
        type: "API_KEY",
      }),
    );
    await act(() => result.current.submit());
    expect(result.current.credential).toMatch(/^ck_test_/);
    expect(result.current.isDirty).toBe(false);
    expect((await users(kit)).find((u) => u.email === "bot@northwind.example")).toMatchObject({
      name: "Build Bot",
      type: "API_KEY",
      language: null,
    });

    act(() => result.current.setValue("name", "N"));
    expect(result.current.credential).toBeUndefined();
  });

  it("keeps a half-typed user through closing and opening again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { rerender } = render(<NewUserForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("name"), "Half");
    await user.click(screen.getByLabelText("isAdmin"));
    rerender(<p>closed</p>);
    rerender(<NewUserForm />);
    await waitFor(() => expect(screen.getByLabelText("name")).toHaveValue("Half"));
    expect(screen.getByLabelText("isAdmin")).toBeChecked();
  });

  it("works controlled", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<ControlledUser />, { wrapper: kit.wrapper });
    expect(screen.getByLabelText("isAdmin")).toBeChecked();
    expect(screen.getByLabelText("language")).toHaveValue("de");
    await user.type(screen.getByLabelText("name"), "Hostile");
    expect(screen.getByText("host: Hostile")).toBeInTheDocument();
  });
});
