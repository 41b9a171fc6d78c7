import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS } from "../testing/kit";
import { FormView } from "./harness";
import { useSanitizedHtml, useValidationHtmlForm } from "./validation-html";

const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

function HtmlForm() {
  const form = useValidationHtmlForm({ customerId: NORTHWIND });
  return <FormView form={form} fields={["validationHtml"]} />;
}

describe("useSanitizedHtml", () => {
  it("strips event handlers and scripts, after loading DOMPurify", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => useSanitizedHtml("<img src=x onerror=alert(1)><script>alert(2)</script><b>ok</b>"),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.html).toBe('<img src="x"><b>ok</b>');
    expect(result.current.removed).toBe(true);
  });

  it("says removed for an event handler alone, and not for harmless HTML", async () => {
    const { result, rerender } = renderHook(({ html }) => useSanitizedHtml(html), {
      initialProps: { html: '<img src="/a.png" onerror="alert(1)">' },
    });
    await waitFor(() =>
      expect(result.current).toEqual({
        html: '<img src="/a.png">',
        isLoading: false,
        removed: true,
      }),
    );
    rerender({ html: "<p>Turn it on <b>now</b><br/>please</p>" });
    await waitFor(() =>
      expect(result.current).toEqual({
        html: "<p>Turn it on <b>now</b><br>please</p>",
        isLoading: false,
        removed: false,
      }),
    );
  });

  it("drops style attributes, which a strict CSP would refuse", async () => {
    const kit = createTestKit();
    const { result } = renderHook(
      () => useSanitizedHtml('<p style="color: red">Check <b style="x">this</b></p>'),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.html).toBe("<p>Check <b>this</b></p>");
    expect(result.current.removed).toBe(true);
  });

  it("is loading, with nothing to show, until it has sanitised what changed", async () => {
    const { result, rerender } = renderHook(({ html }) => useSanitizedHtml(html), {
      initialProps: { html: "<i>a</i>" as string | null },
    });
    await waitFor(() =>
      expect(result.current).toEqual({ html: "<i>a</i>", isLoading: false, removed: false }),
    );
    rerender({ html: "<u>b</u>" });
    expect(result.current).toEqual({ html: "", isLoading: true, removed: false });
    await waitFor(() => expect(result.current.html).toBe("<u>b</u>"));
    rerender({ html: null });
    await waitFor(() =>
      expect(result.current).toEqual({ html: "", isLoading: false, removed: false }),
    );
  });
});

describe("useValidationHtmlForm", () => {
  it("previews the seeded hostile HTML sanitised", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useValidationHtmlForm({ customerId: CONTOSO }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.values.validationHtml).toMatch(/onerror/));
    expect(result.current.values.validationHtml).toMatch(/<script/);
    await waitFor(() => expect(result.current.preview.isLoading).toBe(false));
    expect(result.current.preview.html).not.toMatch(/onerror|<script/);
  });

  it("refuses more than 10,000 characters before sending, and saves an empty one as null", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useValidationHtmlForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.values.validationHtml).not.toBe(""));
    act(() => result.current.setValue("validationHtml", "x".repeat(10_001)));
    await act(() => result.current.submit());
    expect(result.current.errors.validationHtml).toEqual({
      code: "maxLength",
      limit: 10_000,
      message: "At most 10000 characters.",
    });
    expect(kit.count("PATCH", `/customers/${NORTHWIND}`)).toBe(0);

    act(() => result.current.setValue("validationHtml", ""));
    await act(() => result.current.submit());
    const { data } = await kit.client.GET("/customers/{customerId}", {
      params: { path: { customerId: NORTHWIND } },
    });
    expect(data.validationHtml).toBeNull();
  });

  it("keeps a half-typed HTML through closing and opening again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { rerender } = render(<HtmlForm />, { wrapper: kit.wrapper });
    const input = await screen.findByDisplayValue(/Northwind/);
    await user.type(input, "<i>more</i>");
    rerender(<p>closed</p>);
    rerender(<HtmlForm />);
    expect(await screen.findByLabelText("validationHtml")).toHaveValue(
      "<p>Images signed by <b>Northwind</b>.</p><i>more</i>",
    );
  });
});
