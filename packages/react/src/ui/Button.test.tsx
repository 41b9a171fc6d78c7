import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Button } from "./Button";

/** A Save that turns itself off once pressed, as a form's does when nothing is left to save. */
function SaveOnce({ onSave }: { onSave: () => void }) {
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Button
        disabled={saved}
        onClick={() => {
          onSave();
          setSaved(true);
        }}
      >
        Save
      </Button>
      <Button>Next</Button>
    </>
  );
}

describe("Button", () => {
  it("keeps focus when it becomes disabled while focused, ignores presses, then disables", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<SaveOnce onSave={onSave} />);
    const save = screen.getByRole("button", { name: "Save" });
    save.focus();
    await user.keyboard("{Enter}");
    expect(onSave).toHaveBeenCalledTimes(1);
    // Still focused (a keyboard user goes on from here), announced as disabled.
    expect(save).toHaveFocus();
    expect(save).toHaveAttribute("aria-disabled", "true");
    await user.keyboard("{Enter}");
    expect(onSave).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
    expect(save).toBeDisabled();
  });
});
