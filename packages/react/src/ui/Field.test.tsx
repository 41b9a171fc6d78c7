import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createTestKit } from "../testing/kit";
import { TextField } from "./Field";

const field = (id: string) => ({
  id,
  name: id,
  value: "2026-03-01",
  onChange: () => {},
  onBlur: () => {},
});

describe("TextField", () => {
  it("is a native date input with type date, labelled as usual", () => {
    const kit = createTestKit();
    render(<TextField type="date" label="From" field={field("from")} />, { wrapper: kit.wrapper });
    const input = screen.getByLabelText("From");
    expect(input).toHaveAttribute("type", "date");
    expect(input).toHaveValue("2026-03-01");
    expect(screen.getByText("From")).toHaveAttribute("data-part", "field-label");
  });

  it("keeps its name for screen readers but shows no label with hideLabel", () => {
    const kit = createTestKit();
    render(
      <TextField hideLabel label="Customer name" field={{ ...field("name"), value: "Acme" }} />,
      {
        wrapper: kit.wrapper,
      },
    );
    expect(screen.getByRole("textbox", { name: "Customer name" })).toHaveValue("Acme");
    expect(screen.getByText("Customer name")).toHaveAttribute("data-part", "visually-hidden");
  });
});
