import { act, render, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { useLanguageForm } from "./language";
import { useThemeForm } from "./theme";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const read = async (kit: TestKit) =>
  (await kit.client.GET("/customers/{customerId}", { params: { path: { customerId: NORTHWIND } } }))
    .data;

let form: ReturnType<typeof useThemeForm> | undefined;
function ThemeProbe() {
  form = useThemeForm({ customerId: NORTHWIND });
  return null;
}

describe("useLanguageForm", () => {
  it('sets the default language; "" follows the billing entity\'s; says how many users keep their own', async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useLanguageForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.values.defaultLanguage).toBe("en"));
    await waitFor(() => expect(result.current.usersWithOwnLanguage).toBeTypeOf("number"));
    const listed = (
      await kit.client.GET("/customers/{customerId}/users", {
        params: { path: { customerId: NORTHWIND } },
      })
    ).data.items;
    expect(result.current.usersWithOwnLanguage).toBe(
      listed.filter((u) => u.language !== null).length,
    );

    act(() => result.current.setValue("defaultLanguage", "fr"));
    expect(result.current.dirty).toEqual({ defaultLanguage: true });
    await act(() => result.current.submit());
    expect(await read(kit)).toMatchObject({ defaultLanguage: "fr", effectiveLanguage: "fr" });

    act(() => result.current.setValue("defaultLanguage", ""));
    await act(() => result.current.submit());
    // Reseller A's language is German.
    expect(await read(kit)).toMatchObject({ defaultLanguage: null, effectiveLanguage: "de" });
  });

  it("refuses a language the contract does not know, before sending", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useLanguageForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    act(() => result.current.setValue("defaultLanguage", "xx" as "en"));
    await act(() => result.current.submit());
    expect(result.current.errors.defaultLanguage).toMatchObject({ code: "enum" });
    expect(kit.count("PATCH", `/customers/${NORTHWIND}`)).toBe(0);
  });
});

describe("useThemeForm", () => {
  it('names the active theme, and inherits with ""', async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useThemeForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.activeTheme?.name).toBe("Ocean"));
    expect(result.current.values.themeId).toBe(SANDBOX_IDS.themes.resellerADefault);
    expect(result.current.inherits).toBe(false);

    act(() => result.current.setValue("themeId", ""));
    expect(result.current.inherits).toBe(true);
    await act(() => result.current.submit());
    const saved = await read(kit);
    expect(saved.themeId).toBeNull();
    // Inherited from Reseller A, whose default theme it is.
    expect(saved.activeTheme?.name).toBe("Ocean");
  });

  it("puts the server's refusal of a theme on themeId, and keeps the choice", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useThemeForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.customer).toBeDefined());
    const other = "00000000-0000-4000-8000-000000000001";
    act(() => result.current.setValue("themeId", other));
    await act(() => result.current.submit());
    expect(result.current.errors.themeId?.message).toMatch(/theme/);
    expect(result.current.values.themeId).toBe(other);
    expect(result.current.formErrors).toEqual([]);
  });

  it("keeps the choice through closing and opening again (the provider stays)", async () => {
    const kit = createTestKit();
    const { rerender } = render(<ThemeProbe />, { wrapper: kit.wrapper });
    await waitFor(() => expect(form?.customer).toBeDefined());
    act(() => form?.setValue("themeId", ""));
    rerender(<p>closed</p>);
    rerender(<ThemeProbe />);
    expect(form?.values.themeId).toBe("");
    expect(form?.isDirty).toBe(true);
  });
});
