import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { TagsEditor } from "./TagsEditor";

// The first read of a test may take seconds on a loaded machine (cold transforms, five suites).
const LOAD = { timeout: 10_000 };
const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

const read = async (kit: TestKit) =>
  (
    await kit.client.GET("/customers/{customerId}/tags", {
      params: { path: { customerId: NORTHWIND } },
    })
  ).data!.tags;
const puts = (kit: TestKit) => kit.count("PUT", `/customers/${NORTHWIND}/tags`);
const chips = () =>
  within(screen.getByRole("list", { name: "Tags" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);
/** A tag that other customers of Reseller A carry and Northwind does not. */
function tagInUse(kit: TestKit): string {
  const mine = new Set(kit.sandbox.store.get("customers", NORTHWIND)!.tags);
  const other = kit.sandbox.store
    .scan("customers")
    .filter((c) => c.billingEntityId === SANDBOX_IDS.billingEntities.resellerA)
    .flatMap((c) => c.tags)
    .find((t) => !mine.has(t));
  if (!other) throw new Error("the seed has no other tag in use");
  return other;
}

async function open(kit: TestKit, props: Partial<Parameters<typeof TagsEditor>[0]> = {}) {
  const view = render(<TagsEditor customerId={NORTHWIND} {...props} />, { wrapper: kit.wrapper });
  await screen.findByText("gpu", {}, LOAD);
  return view;
}

function Toggle() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown((s) => !s)}>
        toggle
      </button>
      {shown && <TagsEditor customerId={NORTHWIND} />}
    </>
  );
}

// Generous: user-event typing is slow on a loaded machine (the default is 5 s).
describe("TagsEditor", { timeout: 30_000 }, () => {
  it("shows a skeleton, then the customer's tags as chips, each with its remove button", async () => {
    const kit = createTestKit();
    render(<TagsEditor customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    await screen.findByText("gpu", {}, LOAD);
    expect(chips()).toEqual(["eu-west", "gpu"]);
    expect(screen.getByRole("button", { name: "Remove tag gpu" })).toBeInTheDocument();
    const input = screen.getByRole("combobox", { name: "Include" });
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).toHaveAttribute(
      "aria-controls",
      screen.getByRole("listbox", { hidden: true }).id,
    );
  });

  it("adds a tag by typing and Enter, removes one, then saves the set with one PUT", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const input = screen.getByRole("combobox", { name: "Include" });
    await user.type(input, "zz-new{Enter}");
    expect(chips()).toEqual(["eu-west", "gpu", "zz-new"]);
    expect(input).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Remove tag eu-west" }));
    expect(chips()).toEqual(["gpu", "zz-new"]);
    expect(puts(kit)).toBe(0);

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved", {}, LOAD)).toBeInTheDocument();
    expect(puts(kit)).toBe(1);
    expect(await read(kit)).toEqual(["gpu", "zz-new"]);
  });

  it("adds with the Add button, as the seed's flow does", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.type(screen.getByRole("combobox", { name: "Include" }), "premium-eu");
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(chips()).toContain("premium-eu");
  });

  it("completes from the tags in use with the keyboard: ArrowDown, Enter; Escape closes", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const other = tagInUse(kit);
    const input = screen.getByRole("combobox", { name: "Include" });
    await user.type(input, other.slice(0, 2));
    const listbox = await screen.findByRole("listbox", { name: "Tags in use" });
    expect(input).toHaveAttribute("aria-expanded", "true");
    const options = within(listbox).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toContain(other);
    // Those already set are not offered.
    expect(options.map((o) => o.textContent)).not.toContain("gpu");

    await user.keyboard("{ArrowDown}");
    expect(input).toHaveAttribute("aria-activedescendant", options[0]!.id);
    expect(options[0]).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Escape}");
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).not.toHaveAttribute("aria-activedescendant");

    const index = options.findIndex((o) => o.textContent === other);
    await user.keyboard(`{ArrowDown>${index + 1}/}{Enter}`);
    expect(chips()).toContain(other);
    expect(input).toHaveValue("");
  });

  it("refuses a duplicate with a message next to the input", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    const input = screen.getByRole("combobox", { name: "Include" });
    await user.type(input, "gpu{Enter}");
    expect(input).toHaveAccessibleDescription(/Already there\./);
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(chips()).toEqual(["eu-west", "gpu"]);
    await user.clear(input);
    await user.type(input, "-bad{Enter}");
    expect(input).toHaveAccessibleDescription(/Not in the expected format/);
  });

  it("shows the server's field error on the tags (more than the contract allows)", async () => {
    const kit = createTestKit();
    const record = kit.sandbox.store.get("customers", NORTHWIND)!;
    kit.sandbox.store.put("customers", {
      ...record,
      tags: Array.from({ length: 100 }, (_, i) => `t${String(i).padStart(3, "0")}`),
    });
    const user = userEvent.setup();
    render(<TagsEditor customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    await screen.findByText("t000", {}, LOAD);
    await user.type(screen.getByRole("combobox", { name: "Include" }), "one-more{Enter}");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const list = screen.getByRole("list", { name: "Tags" });
    await waitFor(() => expect(list).toHaveAccessibleDescription(/.+/));
    expect(within(list).getByText("one-more")).toBeInTheDocument();
  });

  it("keeps a draft across unmount and mount", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    render(<Toggle />, { wrapper: kit.wrapper });
    await screen.findByText("gpu", {}, LOAD);
    await user.type(screen.getByRole("combobox", { name: "Include" }), "kept{Enter}");
    await user.click(screen.getByRole("button", { name: "toggle" }));
    await user.click(screen.getByRole("button", { name: "toggle" }));
    await screen.findByText("kept");
    expect(chips()).toEqual(["eu-west", "gpu", "kept"]);
    expect(puts(kit)).toBe(0);
  });

  it("shows a conflict when someone else changed the tags, keeps the input, and reloads", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.type(screen.getByRole("combobox", { name: "Include" }), "mine{Enter}");
    await kit.client.PUT("/customers/{customerId}/tags", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { tags: ["theirs"] },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    const notice = (await screen.findByText("Someone else changed this", {}, LOAD)).closest(
      "[role=alert]",
    );
    expect(notice).toHaveTextContent("The tags are now: theirs.");
    expect(chips()).toEqual(["eu-west", "gpu", "mine"]);
    expect(await read(kit)).toEqual(["theirs"]);

    await user.click(screen.getByRole("button", { name: "Reload current values" }));
    await waitFor(() => expect(chips()).toEqual(["theirs"]));
    await user.type(screen.getByRole("combobox", { name: "Include" }), "mine{Enter}");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved", {}, LOAD)).toBeInTheDocument();
    expect(await read(kit)).toEqual(["mine", "theirs"]);
  });

  it("says what no tags means, with an action that goes to the input", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    await open(kit);
    await user.click(screen.getByRole("button", { name: "Remove tag eu-west" }));
    await user.click(screen.getByRole("button", { name: "Remove tag gpu" }));
    expect(screen.getByText("No tags")).toBeInTheDocument();
    expect(screen.getByText("This customer's resources may run anywhere.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add a tag" }));
    expect(screen.getByRole("combobox", { name: "Include" })).toHaveFocus();
  });

  it("shows an error with a retry when the tags cannot be read", async () => {
    const kit = createTestKit();
    kit.sandbox.setFaults({ status: { getCustomerTags: 500 } });
    const user = userEvent.setup();
    render(<TagsEditor customerId={NORTHWIND} />, { wrapper: kit.wrapper });
    const alert = await screen.findByRole("alert");
    kit.sandbox.setFaults(undefined);
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("gpu")).toBeInTheDocument();
  });

  it("read-only shows the tags without remove buttons, input or Save", async () => {
    const kit = createTestKit();
    await open(kit, { readOnly: ["tags"] });
    expect(chips()).toEqual(["eu-west", "gpu"]);
    expect(screen.queryByRole("button", { name: /Remove tag/ })).toBeNull();
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });
});
