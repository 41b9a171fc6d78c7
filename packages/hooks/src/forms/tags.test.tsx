import { render, renderHook, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestKit, SANDBOX_IDS, type TestKit } from "../testing/kit";
import { useTagsForm } from "./tags";

const NORTHWIND = SANDBOX_IDS.customers.resellerAPrepay;

function TagsForm() {
  const form = useTagsForm({ customerId: NORTHWIND });
  return (
    <form {...form.getFormProps()}>
      <ul aria-label="tags">
        {form.values.tags.map((tag) => (
          <li key={tag}>
            {tag}
            <button type="button" onClick={() => form.removeTag(tag)}>
              remove {tag}
            </button>
          </li>
        ))}
      </ul>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: getLabelProps gives htmlFor */}
      <label {...form.getLabelProps("tag")}>new tag</label>
      <input {...form.inputProps} />
      {form.errors.tag && <span {...form.getErrorProps("tag")}>{form.errors.tag.code}</span>}
      <ul aria-label="suggestions">
        {form.suggestions.map((tag) => (
          <li key={tag}>{tag}</li>
        ))}
      </ul>
      {form.conflict && <p>conflict</p>}
      <output aria-label="state">{form.isDirty ? "dirty" : "clean"}</output>
      <button type="submit">Save</button>
    </form>
  );
}

const read = async (kit: TestKit) =>
  (
    await kit.client.GET("/customers/{customerId}/tags", {
      params: { path: { customerId: NORTHWIND } },
    })
  ).data.tags;
const puts = (kit: TestKit) => kit.count("PUT", `/customers/${NORTHWIND}/tags`);
const tags = () =>
  within(screen.getByRole("list", { name: "tags" }))
    .queryAllByRole("listitem")
    .map((li) => li.firstChild?.textContent);

async function open(kit: TestKit) {
  const view = render(<TagsForm />, { wrapper: kit.wrapper });
  await screen.findByText("gpu");
  return { ...view, input: screen.getByLabelText("new tag") };
}

describe("useTagsForm", () => {
  it("refuses a duplicate and a tag the contract refuses, on the input, and sends nothing", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input } = await open(kit);
    await user.type(input, "gpu{Enter}");
    expect(input).toHaveAccessibleDescription("duplicate");
    await user.clear(input);
    await user.type(input, "-bad{Enter}");
    expect(input).toHaveAccessibleDescription("pattern");
    expect(tags()).toEqual(["eu-west", "gpu"]);
    expect(puts(kit)).toBe(0);
  });

  it("adds one at a time, removes, then saves the set once", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input } = await open(kit);
    await user.type(input, "ssd{Enter}");
    await user.type(input, "eu-central{Enter}");
    await user.click(screen.getByRole("button", { name: "remove gpu" }));
    expect(tags()).toEqual(["eu-west", "ssd", "eu-central"]);
    expect(input).toHaveValue("");
    expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("dirty");
    expect(puts(kit)).toBe(0);

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(screen.getByRole("status", { name: "state" })).toHaveTextContent("clean"),
    );
    expect([...(await read(kit))].sort()).toEqual(["eu-central", "eu-west", "ssd"]);
    expect(puts(kit)).toBe(1);
  });

  it("suggests tags in use that start with what is typed, less those already set", async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useTagsForm({ customerId: NORTHWIND }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.values.tags).toEqual(["eu-west", "gpu"]));
    const { data } = await kit.client.GET("/tags", { params: { query: { q: "e" } } });
    const expected = data.items.map((u) => u.tag).filter((t) => t !== "eu-west");

    result.current.setValue("tag", "e");
    await waitFor(() => expect(result.current.suggestions).toEqual(expected));
    expect(result.current.suggestions).not.toContain("eu-west");
    expect(kit.requests).toContain("GET /tags?q=e");
  });

  it("keeps added tags through closing and opening again", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input, rerender } = await open(kit);
    await user.type(input, "draft-tag{Enter}");
    rerender(<p>closed</p>);
    rerender(<TagsForm />);
    await waitFor(() => expect(tags()).toEqual(["eu-west", "gpu", "draft-tag"]));
  });

  it("keeps the input through a conflict (someone else changed the tags meanwhile)", async () => {
    const kit = createTestKit();
    const user = userEvent.setup();
    const { input } = await open(kit);
    await user.type(input, "mine{Enter}");
    await kit.client.PUT("/customers/{customerId}/tags", {
      params: { path: { customerId: NORTHWIND }, header: { "If-Match": "*" } },
      body: { tags: ["theirs"] },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("conflict")).toBeInTheDocument();
    expect(tags()).toEqual(["eu-west", "gpu", "mine"]);
    expect(await read(kit)).toEqual(["theirs"]);
  });
});
