import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { useAssetMaximaForm } from "./asset-maxima";
import { FormView } from "./harness";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

function MaximaForm() {
  const form = useAssetMaximaForm({ customerId: NORTHWIND });
  return (
    <>
      <FormView
        form={form}
        fields={["MAX_SERVERS", "MAX_STORAGEGB", "CUTOFF_BALANCE", "CREDIT_LIMIT"]}
      />
      {form.conflict && <p>conflict</p>}
      <button type="button" onClick={form.reset}>
        Reload
      </button>
    </>
  );
}

const read = async (kit: TestKit) =>
  (
    await kit.client.GET("/customers/{customerId}/asset-maxima", {
      params: { path: { customerId: NORTHWIND } },
    })
  ).data;
const puts = (kit: TestKit) => kit.count("PUT", `/customers/${NORTHWIND}/asset-maxima`);

async function open(kit: TestKit) {
  const view = render(<MaximaForm />, { wrapper: kit.wrapper });
  await screen.findByDisplayValue("20");
  return view;
}

describe("useAssetMaximaForm", () => {
  it("refuses what the contract refuses, on the right field, and sends nothing", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const servers = screen.getByLabelText("MAX_SERVERS");
    await user.clear(servers);
    await user.type(servers, "2.5");
    const cutoff = screen.getByLabelText("CUTOFF_BALANCE");
    await user.clear(cutoff);
    await user.type(cutoff, "-50.001");
    const credit = screen.getByLabelText("CREDIT_LIMIT");
    await user.type(credit, "-1");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(servers).toHaveAccessibleDescription("integer");
    expect(cutoff).toHaveAccessibleDescription("pattern");
    expect(credit).toHaveAccessibleDescription("pattern");
    expect(puts(kit)).toBe(0);

    await user.clear(servers);
    await user.type(servers, "-1");
    await user.tab();
    expect(servers).toHaveAccessibleDescription("minimum");
  });

  it("shows usage against each limit as typed and the diff of what the save changes", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useAssetMaximaForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.values.MAX_SERVERS).toBe("20"));
    const usage = (key: string) => result.current.usage.find((u) => u.key === key);
    const used = usage("MAX_SERVERS")?.used ?? 0;
    expect(used).toBeGreaterThan(0);
    expect(usage("MAX_SERVERS")).toEqual({
      key: "MAX_SERVERS",
      used,
      limit: 20,
      ratio: used / 20,
      state: "ok",
    });
    expect(usage("MAX_STORAGEGB")).toMatchObject({ limit: null, ratio: null, state: "unlimited" });
    expect(result.current.diff).toEqual([]);

    act(() => result.current.setValue("MAX_SERVERS", String(used)));
    expect(usage("MAX_SERVERS")?.state).toBe("near");
    act(() => result.current.setValue("MAX_SERVERS", String(used - 1)));
    expect(usage("MAX_SERVERS")?.state).toBe("over");
    act(() => result.current.setValue("MAX_SERVERS", ""));
    expect(usage("MAX_SERVERS")?.state).toBe("unlimited");
    act(() => result.current.setValue("MAX_STORAGEGB", "500"));
    expect(result.current.diff).toEqual([
      { key: "MAX_SERVERS", from: 20, to: null },
      { key: "MAX_STORAGEGB", from: null, to: 500 },
    ]);
    expect(puts(kit)).toBe(0);
  });

  it("saves every limit in one PUT: an empty field is no limit", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.clear(screen.getByLabelText("MAX_SERVERS"));
    await user.type(screen.getByLabelText("CREDIT_LIMIT"), "1500.5");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() =>
      expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("clean"),
    );
    const { limits } = await read(kit);
    expect(limits).toMatchObject({
      MAX_SERVERS: null,
      MAX_CPUS: 64,
      CREDIT_LIMIT: "1500.50",
      CUTOFF_BALANCE: "-50.00",
    });
    expect(puts(kit)).toBe(1);
  });

  it("keeps half-typed limits through closing and opening again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { rerender } = await open(kit);
    await user.type(screen.getByLabelText("MAX_SERVERS"), "0");
    rerender(<p>closed</p>);
    rerender(<MaximaForm />);
    expect(await screen.findByLabelText("MAX_SERVERS")).toHaveValue("200");
  });

  it("keeps the input through a failed save (503) and a conflict", async () => {
    // The client would follow the injected 503's Retry-After (1 s) twice; the form's part is the same.
    const kit = createTestKit({ client: { retry: false } });
    const user = userEvent.setup();
    await open(kit);
    const servers = screen.getByLabelText("MAX_SERVERS");
    await user.clear(servers);
    await user.type(servers, "30");
    kit.sandbox.setFaults({ status: { replaceAssetMaxima: 503 } });
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(puts(kit)).toBe(1));
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "state" })).toHaveTextContent(/^dirty$/),
    );
    expect(servers).toHaveValue("30");

    kit.sandbox.setFaults(undefined);
    await kit.client.PUT("/customers/{customerId}/asset-maxima", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { limits: { MAX_SERVERS: 5 } },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("conflict")).toBeInTheDocument();
    expect(servers).toHaveValue("30");
    expect((await read(kit)).limits.MAX_SERVERS).toBe(5);
  });

  it("saves against the current version after a conflict and a reset (no second conflict)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const servers = screen.getByLabelText("MAX_SERVERS");
    await user.clear(servers);
    await user.type(servers, "30");
    await kit.client.PUT("/customers/{customerId}/asset-maxima", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { limits: { MAX_SERVERS: 5 } },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("conflict")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(await screen.findByLabelText("MAX_SERVERS")).toHaveValue("5");
    await user.clear(servers);
    await user.type(servers, "40");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(async () => expect((await read(kit)).limits.MAX_SERVERS).toBe(40));
    expect(screen.queryByText("conflict")).toBeNull();
  });
});
