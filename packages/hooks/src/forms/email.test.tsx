import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { useSendEmailForm } from "./email";
import { FormView } from "./harness";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const EMAILS = `/customers/${NORTHWIND}/emails`;

function EmailForm() {
  const form = useSendEmailForm({ customerId: NORTHWIND });
  return (
    <>
      <FormView form={form} fields={["subject", "message"]} />
      {form.result && <p>queued for {form.result.recipients.map((r) => r.email).join()}</p>}
    </>
  );
}

describe("useSendEmailForm", () => {
  it("needs a subject and a message before sending", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<EmailForm />, { wrapper: kit.wrapper });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByLabelText("subject")).toHaveAccessibleDescription("required");
    expect(screen.getByLabelText("message")).toHaveAccessibleDescription("required");
    expect(kit.count("POST", EMAILS)).toBe(0);
  });

  it("refuses a subject with a CR or LF (a pasted one) before sending", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useSendEmailForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    act(() => result.current.setValues({ subject: "Hello\r\nBcc: everyone", message: "Hi" }));
    await act(() => result.current.submit());
    expect(result.current.errors.subject).toEqual({ code: "oneLine", message: "One line only." });
    expect(kit.count("POST", EMAILS)).toBe(0);
  });

  it("sends to the customer's admin users without recipients, and is empty again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<EmailForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("subject"), "Maintenance");
    await user.type(screen.getByLabelText("message"), "On Sunday.");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("queued for jane@northwind.example")).toBeInTheDocument();
    expect(screen.getByLabelText("subject")).toHaveValue("");
    expect(kit.count("POST", EMAILS)).toBe(1);
  });

  it("sends to the recipients picked", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useSendEmailForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    act(() =>
      result.current.setValues({
        subject: "To Jane",
        message: "Hi",
        recipients: [SANDBOX_IDS.users.northwindAdmin],
      }),
    );
    await act(() => result.current.submit());
    expect(result.current.result?.recipients.map((r) => r.userId)).toEqual([
      SANDBOX_IDS.users.northwindAdmin,
    ]);
  });

  it("keeps a half-typed e-mail through closing and opening again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { rerender } = render(<EmailForm />, { wrapper: kit.wrapper });
    await user.type(screen.getByLabelText("subject"), "Half");
    rerender(<p>closed</p>);
    rerender(<EmailForm />);
    await waitFor(() => expect(screen.getByLabelText("subject")).toHaveValue("Half"));
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("dirty");
  });
});
