import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { ValidationMessageEditor } from "./ValidationMessageEditor";

// Typing through user-event against the sandbox is slow on a busy CI machine: more than 5 s.
vi.setConfig({ testTimeout: 20_000 });

const CONTOSO = SANDBOX_IDS.customers.resellerAInvoice;
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;
const pwned = () => (window as unknown as { __ckPwned?: number }).__ckPwned;

afterEach(() => {
  delete (window as unknown as { __ckPwned?: number }).__ckPwned;
});

const readHtml = async (kit: TestKit, customerId: string = NORTHWIND) =>
  (await kit.client.GET("/customers/{customerId}", { params: { path: { customerId } } })).data
    .validationHtml;

async function open(kit: TestKit, customerId: string = NORTHWIND, props = {}) {
  const view = render(<ValidationMessageEditor customerId={customerId} {...props} />, {
    wrapper: kit.wrapper,
  });
  const source = await screen.findByRole("textbox", { name: "HTML source" });
  return { ...view, source };
}

const tooltip = () => screen.getByRole("tooltip");

describe("ValidationMessageEditor", () => {
  it("shows skeletons while the customer loads", () => {
    const kit = createTestKit();
    render(<ValidationMessageEditor customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
  });

  it("previews the stored HTML sanitised, in the tooltip the customer's users see", async () => {
    const kit = createTestKit();
    const { source } = await open(kit);
    expect(source).toHaveValue("<p>Images signed by <b>Northwind</b>.</p>");
    await waitFor(() => expect(tooltip()).toHaveTextContent("Images signed by Northwind."));
    expect(within(tooltip()).getByText("Northwind").tagName).toBe("B");
    // Nothing was removed from harmless HTML: no warning.
    expect(screen.queryByText("Some markup was removed")).toBeNull();
  });

  it("never runs the seeded hostile HTML: no script, no handler, and the preview shows what is left", async () => {
    const kit = createTestKit();
    const { source, container } = await open(kit, CONTOSO);
    expect((source as HTMLTextAreaElement).value).toMatch(/onerror=.*<script>/);
    await waitFor(() => expect(tooltip()).toHaveTextContent("Images built by Contoso CI."));
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("[onerror]")).toBeNull();
    // What is left of the image: its source, no handler (and an empty alt, as it has none).
    expect(tooltip().querySelector("img")?.outerHTML).toBe('<img src="x" alt="">');
    expect(screen.getByText("Some markup was removed")).toBeInTheDocument();
  });

  it("sanitises what is typed, live: a script and an onerror handler never run", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { source, container } = await open(kit);
    await user.clear(source);
    await user.click(source);
    await user.paste(
      '<img src="x" onerror="window.__ckPwned=1"><script>window.__ckPwned=2</script><i>Kept</i>',
    );
    await waitFor(() => expect(tooltip()).toHaveTextContent("Kept"));
    expect(within(tooltip()).getByText("Kept").tagName).toBe("I");
    expect(container.querySelector("script, [onerror]")).toBeNull();
    expect(pwned()).toBeUndefined();
    expect(screen.getByText("Some markup was removed")).toBeInTheDocument();
  });

  it("the sample trigger is reached by keyboard and is described by the tooltip", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { source } = await open(kit);
    await waitFor(() => expect(tooltip()).toHaveTextContent("Northwind"));
    source.focus();
    await user.tab();
    const trigger = screen.getByRole("button", { name: "Validated" });
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAccessibleDescription("Images signed by Northwind.");
  });

  it("saves with one PATCH, and discards back to the stored HTML", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { source } = await open(kit);
    const save = screen.getByRole("button", { name: "Save" });
    expect(save).toBeDisabled();
    await user.type(source, " Verified.");
    await user.click(screen.getByRole("button", { name: "Discard changes" }));
    expect(source).toHaveValue("<p>Images signed by <b>Northwind</b>.</p>");

    await user.clear(source);
    await user.type(source, "Signed by Northwind CI");
    await user.click(save);
    expect(await screen.findByRole("status")).toHaveTextContent("Saved");
    expect(kit.count("PATCH", `/customers/${NORTHWIND}`)).toBe(1);
    expect(await readHtml(kit)).toBe("Signed by Northwind CI");
  });

  it("keeps the input through a failed save and through closing (a draft)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { source, rerender } = await open(kit);
    kit.sandbox.setFaults({ status: { updateCustomer: 500 } });
    await user.type(source, " Draft");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/could not complete the request/)).toBeInTheDocument();
    expect(source).toHaveValue("<p>Images signed by <b>Northwind</b>.</p> Draft");
    // Closed (unmounted) and opened again under the same provider.
    rerender(<p>closed</p>);
    rerender(<ValidationMessageEditor customerId={NORTHWIND} />);
    const again = await screen.findByRole("textbox", { name: "HTML source" });
    await waitFor(() =>
      expect(again).toHaveValue("<p>Images signed by <b>Northwind</b>.</p> Draft"),
    );
  });

  it("keeps the input through a conflict, and reloads the current HTML when asked", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { source } = await open(kit);
    await user.type(source, " Mine");
    await kit.client.PATCH("/customers/{customerId}", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { validationHtml: "<p>Theirs</p>" },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Someone else changed this")).toBeInTheDocument();
    expect(source).toHaveValue("<p>Images signed by <b>Northwind</b>.</p> Mine");

    await user.click(screen.getByRole("button", { name: "Reload current values" }));
    const reloaded = await screen.findByRole("textbox", { name: "HTML source" });
    await waitFor(() => expect(reloaded).toHaveValue("<p>Theirs</p>"));
    // A save after the reload is based on the current version: it goes through.
    await user.type(reloaded, " Mine");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved");
    expect(await readHtml(kit)).toBe("<p>Theirs</p> Mine");
  });

  it("read-only: the source cannot be changed and there is nothing to save", async () => {
    const kit = createTestKit();
    const { source } = await open(kit, NORTHWIND, { readOnly: ["validationHtml"] });
    expect(source).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });

  it("shows an error with retry when the customer cannot be read", async () => {
    const kit = createTestKit({ faults: { status: { getCustomer: 500 } } });
    const user = userEvent.setup();
    render(<ValidationMessageEditor customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    kit.sandbox.setFaults(undefined);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("textbox", { name: "HTML source" })).toBeInTheDocument();
  });
});
